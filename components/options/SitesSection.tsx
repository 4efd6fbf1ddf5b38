// Sites: where PortLens runs by itself (read from the content script's match patterns), and the
// sites the user switched on, each with its permission; removing one also gives the permission back.
// Each default host has its own switch: switched off, PortLens does not annotate it by itself.
import { useEffect, useState } from 'preact/hooks';
import type { DefaultSites } from '../onboarding/default-sites';
import { withHost } from './page-settings';
import type { PageSettingsState } from './use-page-settings';
import type { UserSite } from '../../messaging/user-sites';
import type { SitesApi } from './options-deps';
import { useTranslate } from '../i18n/translate-context';

export interface SitesSectionProps {
  sites: SitesApi;
  defaults: DefaultSites;
  /** The default hosts' switches live in the page settings. */
  settings: PageSettingsState;
  formatDate(ms: number): string;
}

/** A group's shown name back to its match-pattern host (".lan" → "*.lan"). */
const hostOf = (item: string) => (item.startsWith('.') ? `*${item}` : item);

export function SitesSection({ sites, defaults, settings: state, formatDate }: SitesSectionProps) {
  const t = useTranslate();
  const [list, setList] = useState<UserSite[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const reload = () => sites.list().then(setList, (e) => (setList([]), setError(message(e))));
  useEffect(() => void reload(), []);

  const remove = async (origin: string) => {
    setError('');
    setStatus('');
    try {
      await sites.remove(origin);
      setStatus(t('options_sitesRemoved', origin));
    } catch (e) {
      setError(message(e));
    }
    await reload();
  };

  const groups: [string, string[]][] = [
    [t('options_sitesLoopback'), defaults.loopback],
    [t('options_sitesAddresses'), defaults.addresses],
    [t('options_sitesLocalSuffixes'), defaults.localSuffixes],
    [t('options_sitesNames'), defaults.names],
  ];
  return (
    <section id="sites" class="pl-opt-section" aria-labelledby="pl-sites-title">
      <h2 id="pl-sites-title" tabIndex={-1}>{t('options_sitesTitle')}</h2>
      <h3>{t('options_sitesAddedTitle')}</h3>
      {list === null ? (
        <p>{t('options_sitesLoading')}</p>
      ) : list.length === 0 ? (
        <p>{t('options_sitesNone')}</p>
      ) : (
        <ul class="pl-opt-notes">
          {list.map((site) => (
            <li key={site.origin} class="pl-opt-note pl-opt-site">
              <div class="pl-opt-note-head">
                <strong>{site.origin}</strong>
                <span class="pl-opt-muted">{t('options_sitesSince', formatDate(site.since))}</span>
              </div>
              <p class={site.granted ? 'pl-opt-muted' : 'pl-opt-error'}>{site.granted ? t('options_sitesGranted') : t('options_sitesWithdrawn')}</p>
              <button type="button" class="pl-opt-button" aria-label={t('options_sitesRemoveAria', site.origin)} onClick={() => void remove(site.origin)}>{t('options_sitesRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="pl-opt-status">{status}</p>
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      <h3>{t('options_sitesDefaultsTitle')}</h3>
      <p>{t('options_sitesDefaultsIntro')}</p>
      {groups.filter(([, items]) => items.length).map(([label, items]) => (
        <fieldset key={label} class="pl-opt-fieldset">
          <legend>{label}</legend>
          <ul class="pl-opt-hosts">
            {items.map((item) => {
              const host = hostOf(item);
              const on = !state.settings?.hostsOff.includes(host);
              return (
                <li key={host}>
                  <label class="pl-opt-check">
                    <input
                      type="checkbox"
                      role="switch"
                      name={`host-${host}`}
                      aria-label={t('options_sitesHostAria', host)}
                      checked={on}
                      disabled={!state.settings}
                      onChange={(e) => state.settings && void state.save(withHost(state.settings, host, (e.currentTarget as HTMLInputElement).checked))}
                    />
                    <code>{item}</code>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {state.error && <p role="alert" class="pl-opt-error">{state.error}</p>}
    </section>
  );
}
