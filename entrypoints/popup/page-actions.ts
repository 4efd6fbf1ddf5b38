// The popup's buttons: annotate the active tab, run on this site always, open the side panel.
import type { Browser } from 'webextension-polyfill';
import type { ActionOutcome, PopupActions, SiteAccessState } from '../../components/popup/popup-deps';

import { CONTENT_SCRIPT_FILE } from '../../messaging/extension-paths';

/** The page annotator built from the content script entrypoint (re-exported for the tests). */
export { CONTENT_SCRIPT_FILE };
export const ALWAYS_ON_SITES_KEY = 'portlens.alwaysOnSites';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/** What the actions use of the browser; `sidePanel` is Chrome's, `sidebarAction` Firefox's. */
export type PageActionsApi = Pick<Browser, 'tabs' | 'scripting' | 'permissions' | 'storage' | 'windows'> & {
  sidebarAction?: Pick<Browser['sidebarAction'], 'open'>;
  sidePanel?: ChromeSidePanel;
};

type AlwaysOnSites = Record<string, { id: string; since: number }>;

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

/** "https://example.com" for http(s) pages, null for browser pages, files and extension pages. */
export function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Turns a browser's scripting error into words a person can act on. */
export function explainScriptingError(e: unknown): string {
  const text = message(e);
  if (/could not load|no such file|unable to load|failed to load|not found|error loading/i.test(text)) {
    return 'The page annotator is not in this build yet (content-scripts/content.js is missing).';
  }
  if (/cannot access|cannot be scripted|missing host permission|permission|restricted|gallery|chrome:|about:|moz-extension|chrome-extension/i.test(text)) {
    return `PortLens cannot run on this page: browsers protect their own pages, add-on stores and extension pages. (${text})`;
  }
  return text;
}

export function createPageActions(api: PageActionsApi): PopupActions {
  // Known before any click, so the side panel can open inside the click's user gesture.
  let windowId: number | undefined;
  api.windows.getCurrent().then((w) => (windowId = w.id), () => undefined);

  const activeTab = async () => (await api.tabs.query({ active: true, currentWindow: true }))[0];
  const readSites = async (): Promise<AlwaysOnSites> => {
    const raw = (await api.storage.local.get(ALWAYS_ON_SITES_KEY))[ALWAYS_ON_SITES_KEY];
    return typeof raw === 'object' && raw !== null ? (raw as AlwaysOnSites) : {};
  };
  const writeSites = (sites: AlwaysOnSites) => api.storage.local.set({ [ALWAYS_ON_SITES_KEY]: sites });

  async function annotatePage(): Promise<ActionOutcome> {
    const tab = await activeTab();
    if (tab?.id === undefined) return { ok: false, message: 'There is no active tab to annotate.' };
    try {
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
      return { ok: true, message: 'Annotating this page: ports, addresses and ICMP codes are marked. Hover one to see what it is.' };
    } catch (e) {
      return { ok: false, message: `Could not annotate this page. ${explainScriptingError(e)}` };
    }
  }

  async function siteAccess(): Promise<SiteAccessState> {
    const tab = await activeTab();
    const origin = webOrigin(tab?.url);
    if (!origin) {
      return { origin: null, enabled: false, reason: tab?.url ? '"Always on this site" works on http and https pages only.' : 'Open a web page to switch PortLens on for its site.' };
    }
    const [sites, granted] = await Promise.all([readSites(), api.permissions.contains({ origins: [`${origin}/*`] })]);
    return { origin, enabled: Boolean(sites[origin]) && granted };
  }

  async function enableSite(origin: string): Promise<SiteAccessState & { ok: boolean; message?: string }> {
    const pattern = `${origin}/*`;
    // First call, still inside the click: Firefox refuses permission requests outside a user gesture.
    const granted = await api.permissions.request({ origins: [pattern] });
    if (!granted) return { origin, enabled: false, ok: false, message: `No permission for ${origin} was given, so nothing changed.` };
    const id = siteScriptId(origin);
    try {
      await api.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
      await api.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
    } catch (e) {
      await api.permissions.remove({ origins: [pattern] }).catch(() => false);
      return { origin, enabled: false, ok: false, message: `Could not switch PortLens on for ${origin}. ${explainScriptingError(e)}` };
    }
    await writeSites({ ...(await readSites()), [origin]: { id, since: Date.now() } });
    return { origin, enabled: true, ok: true, message: `PortLens will annotate pages on ${origin} from now on. Reload the page to see it.` };
  }

  async function disableSite(origin: string): Promise<SiteAccessState & { ok: boolean; message?: string }> {
    await api.scripting.unregisterContentScripts({ ids: [siteScriptId(origin)] }).catch(() => undefined);
    const { [origin]: _dropped, ...rest } = await readSites();
    await writeSites(rest);
    await api.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    return { origin, enabled: false, ok: true, message: `PortLens no longer runs on ${origin} by itself.` };
  }

  function openSidePanel(): Promise<ActionOutcome> {
    const done: ActionOutcome = { ok: true, message: 'Side panel opened.' };
    const failed = (e: unknown): ActionOutcome => ({
      ok: false,
      message: /no active side ?panel|sidebar/i.test(message(e)) ? 'The side panel is not in this build yet.' : `Could not open the side panel: ${message(e)}`,
    });
    try {
      if (api.sidePanel) {
        if (windowId !== undefined) return api.sidePanel.open({ windowId }).then(() => done, failed);
        return api.windows.getCurrent().then((w) => api.sidePanel!.open({ windowId: w.id! })).then(() => done, failed);
      }
      if (api.sidebarAction) return api.sidebarAction.open().then(() => done, failed);
    } catch (e) {
      return Promise.resolve(failed(e));
    }
    return Promise.resolve({ ok: false, message: 'This browser has no side panel for extensions.' });
  }

  return {
    annotatePage,
    siteAccess,
    setSiteAccess: (origin, enabled) => (enabled ? enableSite(origin) : disableSite(origin)),
    openSidePanel,
  };
}
