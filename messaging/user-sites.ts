// The sites the user switched PortLens on for ("Always on this site"), shared by the popup (which
// adds them, inside the click that grants the permission) and the options page (which lists and
// removes them). Each site is three things that must stay together: an entry in storage.local, a
// registered content script, and the browser's host permission for the site.
import { CONTENT_SCRIPT_FILE } from './extension-paths';

export const ALWAYS_ON_SITES_KEY = 'portlens.alwaysOnSites';

export type AlwaysOnSites = Record<string, { id: string; since: number }>;

export interface UserSite {
  origin: string;
  since: number;
  /** The browser still grants the host permission (the user can withdraw it in the browser). */
  granted: boolean;
}

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The parts of the browser the registry uses, so tests can pass a fake. */
export interface UserSitesApi {
  storage: { local: Area };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** 32-bit FNV-1a of the origin, as 8 hex digits: a stable, short script id per site. */
export function originHash(origin: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < origin.length; i++) {
    h ^= origin.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const siteScriptId = (origin: string) => `portlens-site-${originHash(origin)}`;
export const sitePattern = (origin: string) => `${origin}/*`;

/** An http(s) origin such as "https://router.example:8443", or null. */
export function cleanOrigin(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 300) return null;
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === text ? u.origin : null;
  } catch {
    return null;
  }
}

/** The stored sites; entries that are not http(s) origins with a number date are dropped. */
export async function readAlwaysOnSites(api: Pick<UserSitesApi, 'storage'>): Promise<AlwaysOnSites> {
  const raw = (await api.storage.local.get(ALWAYS_ON_SITES_KEY))[ALWAYS_ON_SITES_KEY];
  const sites: AlwaysOnSites = {};
  if (typeof raw !== 'object' || raw === null) return sites;
  for (const [origin, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as { since?: unknown } | null;
    if (cleanOrigin(origin) && typeof e?.since === 'number') sites[origin] = { id: siteScriptId(origin), since: e.since };
  }
  return sites;
}

const writeSites = (api: Pick<UserSitesApi, 'storage'>, sites: AlwaysOnSites) => api.storage.local.set({ [ALWAYS_ON_SITES_KEY]: sites });

/**
 * Registers the annotator for a site whose permission was just granted. When registering fails the
 * permission is given back, so no site keeps a permission PortLens does not use.
 */
export async function addUserSite(api: UserSitesApi, origin: string, now = Date.now()): Promise<void> {
  const id = siteScriptId(origin);
  try {
    await api.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    await api.scripting.registerContentScripts([{ id, matches: [sitePattern(origin)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
  } catch (e) {
    await api.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
    throw e;
  }
  await writeSites(api, { ...(await readAlwaysOnSites(api)), [origin]: { id, since: now } });
}

/** Stops the annotator on a site, forgets it and gives its host permission back. */
export async function removeUserSite(api: UserSitesApi, origin: string): Promise<void> {
  await api.scripting.unregisterContentScripts({ ids: [siteScriptId(origin)] }).catch(() => undefined);
  const { [origin]: _dropped, ...rest } = await readAlwaysOnSites(api);
  await writeSites(api, rest);
  await api.permissions.remove({ origins: [sitePattern(origin)] }).catch(() => false);
}

/** The user's sites, oldest first, each with whether the browser still grants it. */
export async function listUserSites(api: Pick<UserSitesApi, 'storage' | 'permissions'>): Promise<UserSite[]> {
  const sites = await readAlwaysOnSites(api);
  const list = await Promise.all(
    Object.entries(sites).map(async ([origin, { since }]) => ({ origin, since, granted: await api.permissions.contains({ origins: [sitePattern(origin)] }).catch(() => false) })),
  );
  return list.sort((a, b) => a.since - b.since);
}
