// Filter controls for the event table: source, its owner and country, port, action and finding.
import type { Finding } from '../../knowledge';
import { formatCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import { hasFilters, NO_FILTERS, portFilterValue, type EventFilters as Filters } from './event-filter';

export interface EventFiltersProps {
  filters: Filters;
  findings: readonly Finding[];
  shown: number;
  total: number;
  onChange(filters: Filters): void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function EventFilters({ filters, findings, shown, total, onChange }: EventFiltersProps) {
  const t = useTranslate();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const badPort = Number.isNaN(portFilterValue(filters.port));
  return (
    <form class="pl-filters" aria-label={t('sidepanel_filterLabel')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('sidepanel_columnSource')}
        <input id="pl-filter-source" type="search" placeholder="203.0.113." value={filters.source} onInput={(e) => set({ source: value(e) })} />
      </label>
      <label>
        {t('sidepanel_columnOwner')}
        <input id="pl-filter-owner" type="search" placeholder="AS64500, hosting" value={filters.owner} onInput={(e) => set({ owner: value(e) })} />
      </label>
      <label>
        {t('sidepanel_columnCountry')}
        <input id="pl-filter-country" type="search" placeholder="NL" size={6} value={filters.country} onInput={(e) => set({ country: value(e) })} />
      </label>
      <label>
        {t('sidepanel_filterPort')}
        <input
          id="pl-filter-port"
          type="search"
          inputMode="numeric"
          placeholder="22"
          aria-invalid={badPort}
          value={filters.port}
          onInput={(e) => set({ port: value(e) })}
        />
      </label>
      <label>
        {t('sidepanel_columnAction')}
        <select id="pl-filter-action" value={filters.action} onChange={(e) => set({ action: value(e) as Filters['action'] })}>
          <option value="any">{t('sidepanel_filterAny')}</option>
          <option value="deny">{t('sidepanel_actionDeny')}</option>
          <option value="allow">{t('sidepanel_actionAllow')}</option>
          <option value="unknown">{t('sidepanel_actionUnknown')}</option>
        </select>
      </label>
      <label>
        {t('sidepanel_filterFinding')}
        <select id="pl-filter-finding" value={String(filters.finding)} onChange={(e) => set({ finding: Number(value(e)) })}>
          <option value="-1">{t('sidepanel_filterAny')}</option>
          {findings.map((f, i) => <option key={`${f.id}#${i}`} value={String(i)}>{f.title}</option>)}
        </select>
      </label>
      <p class="pl-filter-count" role="status">
        {badPort ? t('sidepanel_badPort') : t('sidepanel_filterCount', formatCount(t, shown), formatCount(t, total))}
        {hasFilters(filters) && (
          <button type="button" class="pl-link" onClick={() => onChange(NO_FILTERS)}>{t('sidepanel_clearFilters')}</button>
        )}
      </p>
    </form>
  );
}
