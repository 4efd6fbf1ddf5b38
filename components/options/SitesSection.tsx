// Sites: where PortLens runs by itself (read from the content script's match patterns), and the
// sites the user switched on, each with its permission; removing one also gives the permission back.
// Each default host has its own switch: switched off, PortLens does not annotate it by itself.
import { useEffect, useState } from 'preact/hooks';
import type { DefaultSites } from '../onboarding/default-sites';
import { withHost } from './page-settings';
import type { PageSettingsState } from './use-page-settings';
import type { UserSite } from '../../messaging/user-sites';
import type { SitesApi } from './options-deps';

const TEXT = {
  title: 'Sites',
  addedTitle: 'Sites you switched on',
  none: 'None yet. To add one, open the site, click the PortLens button and choose “Always on this site”.',
  since: (when: string) => `since ${when}`,
  granted: 'permission granted',
  withdrawn: 'permission withdrawn in the browser: PortLens does not run here until you switch it on again',
  remove: 'Remove',
  removeAria: (origin: string) => `Remove ${origin} and its permission`,
  removed: (origin: string) => `${origin} removed; PortLens no longer has access to it.`,
  loading: 'Reading your sites…',
  defaultsTitle: 'Where PortLens runs by itself',
  defaultsIntro: 'Router admin pages live on your own network, so PortLens runs on these, on any port, without asking. Switch off any you do not want marked; the PortLens button still annotates such a page when you ask.',
  hostAria: (host: string) => `PortLens runs on ${host}`,
  hostsSaved: 'Saved. Open pages follow at once.',
  loopback: 'This computer',
  addresses: 'Common router addresses',
  localSuffixes: 'Local network names ending in',
  names: 'Router names',
};

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
      setStatus(TEXT.removed(origin));
    } catch (e) {
      setError(message(e));
    }
    await reload();
  };

  const groups: [string, string[]][] = [
    [TEXT.loopback, defaults.loopback],
    [TEXT.addresses, defaults.addresses],
    [TEXT.localSuffixes, defaults.localSuffixes],
    [TEXT.names, defaults.names],
  ];
  return (
    <section id="sites" class="pl-opt-section" aria-labelledby="pl-sites-title">
      <h2 id="pl-sites-title" tabIndex={-1}>{TEXT.title}</h2>
      <h3>{TEXT.addedTitle}</h3>
      {list === null ? (
        <p>{TEXT.loading}</p>
      ) : list.length === 0 ? (
        <p>{TEXT.none}</p>
      ) : (
        <ul class="pl-opt-notes">
          {list.map((site) => (
            <li key={site.origin} class="pl-opt-note pl-opt-site">
              <div class="pl-opt-note-head">
                <strong>{site.origin}</strong>
                <span class="pl-opt-muted">{TEXT.since(formatDate(site.since))}</span>
              </div>
              <p class={site.granted ? 'pl-opt-muted' : 'pl-opt-error'}>{site.granted ? TEXT.granted : TEXT.withdrawn}</p>
              <button type="button" class="pl-opt-button" aria-label={TEXT.removeAria(site.origin)} onClick={() => void remove(site.origin)}>{TEXT.remove}</button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="pl-opt-status">{status}</p>
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      <h3>{TEXT.defaultsTitle}</h3>
      <p>{TEXT.defaultsIntro}</p>
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
                      aria-label={TEXT.hostAria(host)}
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
