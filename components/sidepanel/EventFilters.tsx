// Filter controls for the event table: source, its owner and country, port, action and finding.
import type { Finding } from '../../knowledge';
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
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const badPort = Number.isNaN(portFilterValue(filters.port));
  return (
    <form class="pl-filters" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
      <label>
        Source
        <input id="pl-filter-source" type="search" placeholder="203.0.113." value={filters.source} onInput={(e) => set({ source: value(e) })} />
      </label>
      <label>
        Owner
        <input id="pl-filter-owner" type="search" placeholder="AS64500, hosting" value={filters.owner} onInput={(e) => set({ owner: value(e) })} />
      </label>
      <label>
        Country
        <input id="pl-filter-country" type="search" placeholder="NL" size={6} value={filters.country} onInput={(e) => set({ country: value(e) })} />
      </label>
      <label>
        Port
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
        Action
        <select id="pl-filter-action" value={filters.action} onChange={(e) => set({ action: value(e) as Filters['action'] })}>
          <option value="any">any</option>
          <option value="deny">deny</option>
          <option value="allow">allow</option>
          <option value="unknown">not stated</option>
        </select>
      </label>
      <label>
        Finding
        <select id="pl-filter-finding" value={String(filters.finding)} onChange={(e) => set({ finding: Number(value(e)) })}>
          <option value="-1">any</option>
          {findings.map((f, i) => <option key={`${f.id}#${i}`} value={String(i)}>{f.title}</option>)}
        </select>
      </label>
      <p class="pl-filter-count" role="status">
        {badPort ? 'A port is a number from 0 to 65535.' : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events`}
        {hasFilters(filters) && (
          <button type="button" class="pl-link" onClick={() => onChange(NO_FILTERS)}>Clear filters</button>
        )}
      </p>
    </form>
  );
}
