// The popup's buttons: annotate the active tab, run on this site always, open the side panel.
import type { Browser } from 'webextension-polyfill';
import type { Translate } from '../../components/i18n/messages';
import type { ActionOutcome, PopupActions, SiteAccessState } from '../../components/popup/popup-deps';

import { CONTENT_SCRIPT_FILE } from '../../messaging/extension-paths';
import { addUserSite, readAlwaysOnSites, removeUserSite, sitePattern, type UserSitesApi } from '../../messaging/user-sites';

/** The page annotator built from the content script entrypoint, and the site registry's names (re-exported for the tests). */
export { CONTENT_SCRIPT_FILE };
export { ALWAYS_ON_SITES_KEY, originHash, siteScriptId } from '../../messaging/user-sites';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/** What the actions use of the browser; `sidePanel` is Chrome's, `sidebarAction` Firefox's. */
export type PageActionsApi = Pick<Browser, 'tabs' | 'scripting' | 'permissions' | 'storage' | 'windows'> & {
  sidebarAction?: Pick<Browser['sidebarAction'], 'open'>;
  sidePanel?: ChromeSidePanel;
};

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
export function explainScriptingError(e: unknown, t: Translate): string {
  const text = message(e);
  if (/could not load|no such file|unable to load|failed to load|not found|error loading/i.test(text)) {
    return t('popup_annotatorMissing');
  }
  if (/cannot access|cannot be scripted|missing host permission|permission|restricted|gallery|chrome:|about:|moz-extension|chrome-extension/i.test(text)) {
    return t('popup_protectedPage', text);
  }
  return text;
}

export function createPageActions(api: PageActionsApi, t: Translate): PopupActions {
  // Known before any click, so the side panel can open inside the click's user gesture.
  let windowId: number | undefined;
  api.windows.getCurrent().then((w) => (windowId = w.id), () => undefined);

  const activeTab = async () => (await api.tabs.query({ active: true, currentWindow: true }))[0];
  const sitesApi = api as unknown as UserSitesApi;

  async function annotatePage(): Promise<ActionOutcome> {
    const tab = await activeTab();
    if (tab?.id === undefined) return { ok: false, message: t('popup_annotateNoTab') };
    try {
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
      return { ok: true, message: t('popup_annotating') };
    } catch (e) {
      return { ok: false, message: t('popup_annotateFailed', explainScriptingError(e, t)) };
    }
  }

  async function siteAccess(): Promise<SiteAccessState> {
    const tab = await activeTab();
    const origin = webOrigin(tab?.url);
    if (!origin) {
      return { origin: null, enabled: false, reason: t(tab?.url ? 'popup_siteHttpOnly' : 'popup_siteOpenWebPage') };
    }
    const [sites, granted] = await Promise.all([readAlwaysOnSites(sitesApi), api.permissions.contains({ origins: [sitePattern(origin)] })]);
    return { origin, enabled: Boolean(sites[origin]) && granted };
  }

  async function enableSite(origin: string): Promise<SiteAccessState & { ok: boolean; message?: string }> {
    // First call, still inside the click: Firefox refuses permission requests outside a user gesture.
    const granted = await api.permissions.request({ origins: [sitePattern(origin)] });
    if (!granted) return { origin, enabled: false, ok: false, message: t('popup_siteNotGranted', origin) };
    try {
      await addUserSite(sitesApi, origin);
    } catch (e) {
      return { origin, enabled: false, ok: false, message: t('popup_siteEnableFailed', origin, explainScriptingError(e, t)) };
    }
    return { origin, enabled: true, ok: true, message: t('popup_siteEnabled', origin) };
  }

  async function disableSite(origin: string): Promise<SiteAccessState & { ok: boolean; message?: string }> {
    await removeUserSite(sitesApi, origin);
    return { origin, enabled: false, ok: true, message: t('popup_siteNowOff', origin) };
  }

  function openSidePanel(): Promise<ActionOutcome> {
    const done: ActionOutcome = { ok: true, message: t('popup_sidePanelOpened') };
    const failed = (e: unknown): ActionOutcome => ({
      ok: false,
      message: /no active side ?panel|sidebar/i.test(message(e)) ? t('popup_sidePanelMissing') : t('popup_sidePanelFailed', message(e)),
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
    return Promise.resolve({ ok: false, message: t('popup_sidePanelUnsupported') });
  }

  return {
    annotatePage,
    siteAccess,
    setSiteAccess: (origin, enabled) => (enabled ? enableSite(origin) : disableSite(origin)),
    openSidePanel,
  };
}
