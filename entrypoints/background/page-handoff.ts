// The hover card's hand-overs from a web page: a query to the popup ("Look up") and the log
// around a token to the side panel ("Analyse"). Each opens its view before anything is awaited,
// while the click that sent the message may still count as a user action; where a view cannot
// open, the same page opens in a tab and reads the same storage key.
import { MAX_PENDING_LOG, PENDING_LOG_KEY, type PendingLog } from '../../messaging/protocol';
import { PENDING_QUERY_KEY, pendingQueryArea, type StorageAreaLike } from '../../messaging/pending-query';
import { handOverArea } from '../../messaging/hand-over-area';
import { pageOrigin } from './page-origin';

/** Where a content script's message came from, read from the message sender by the router. */
export interface RequestOrigin {
  tabId?: number;
  windowId?: number;
  url?: string;
}

/** The parts of the browser the hand-overs use, so tests can pass a fake. */
export interface PageHandoffApi {
  storage: { session?: StorageAreaLike; local: StorageAreaLike };
  /** Chrome (MV3). */
  action?: { openPopup(): Promise<void> };
  /** Firefox (MV2). */
  browserAction?: { openPopup(): Promise<void> };
  /** Chrome. */
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

export interface PageHandoff {
  openInPopup(query: string): Promise<{ opened: 'popup' | 'tab' }>;
  analyseText(text: string, from: RequestOrigin): Promise<{ opened: 'panel' | 'tab' }>;
}

/** Calls `open` now and turns any failure (thrown or rejected) into `false`. */
function tryOpen(open: (() => Promise<void>) | undefined): Promise<boolean> {
  if (!open) return Promise.resolve(false);
  try {
    return open().then(() => true, () => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function createPageHandoff(api: PageHandoffApi): PageHandoff {
  return {
    async openInPopup(query) {
      const popup = api.action ?? api.browserAction;
      const opened = tryOpen(popup && (() => popup.openPopup()));
      await pendingQueryArea(api.storage).set({ [PENDING_QUERY_KEY]: { query, at: Date.now() } });
      if (await opened) return { opened: 'popup' };
      await api.tabs.create({ url: `${api.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}` });
      return { opened: 'tab' };
    },

    async analyseText(text, from) {
      const panel = api.sidePanel;
      let open: (() => Promise<void>) | undefined;
      if (panel && from.tabId !== undefined) open = () => panel.open({ tabId: from.tabId });
      else if (panel && from.windowId !== undefined) open = () => panel.open({ windowId: from.windowId });
      else if (api.sidebarAction) open = () => api.sidebarAction!.open();
      const opened = tryOpen(open);
      const pending: PendingLog = { text: text.slice(0, MAX_PENDING_LOG), createdAt: Date.now() };
      // The origin comes from the browser's record of the sender; a label the page sent is ignored.
      const source = pageOrigin(from.url);
      if (source) pending.origin = source.slice(0, 200);
      await handOverArea(api.storage).set({ [PENDING_LOG_KEY]: pending });
      if (await opened) return { opened: 'panel' };
      await api.tabs.create({ url: api.runtime.getURL('/sidepanel.html') });
      return { opened: 'tab' };
    },
  };
}
