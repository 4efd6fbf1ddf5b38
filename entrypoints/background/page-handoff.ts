// The page card's hand-overs: a query to the popup ("Look up") and the log around a token to the
// side panel ("Analyse"). Each opens its view before anything is awaited, while the click that
// sent the message may still count as a user action; where a view cannot open, the same page
// opens in a tab and reads the same storage key. Requests from inside a tab pass the hand-over
// gate first (one view per gesture, bursts refused).
import { MAX_PENDING_LOG, PENDING_LOG_KEY, type PendingLog } from '../../messaging/protocol';
import { PENDING_QUERY_KEY, pendingQueryArea, type StorageAreaLike } from '../../messaging/pending-query';
import { createHandoffGate, refusal, type HandoffGate } from './handoff-gate';
import { handOverArea } from '../../messaging/hand-over-area';
import { pageOrigin } from './page-origin';

/** Where a content script's message came from, read from the message sender by the router. */
export interface RequestOrigin {
  tabId?: number;
  windowId?: number;
  /** The frame inside the tab (0 = top); set for content scripts and framed extension pages. */
  frameId?: number;
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

/** Log text now, or read once the side panel is already opening (the page card pulls it from its tab). */
export type LogText = string | (() => Promise<string | null>);

export interface PageHandoff {
  openInPopup(query: string, from?: RequestOrigin): Promise<{ opened: 'popup' | 'tab' }>;
  /** `recordedOrigin`: the page's origin as the browser recorded it earlier (a card session), when `from` has no URL. */
  analyseText(text: LogText, from: RequestOrigin, recordedOrigin?: string): Promise<{ opened: 'panel' | 'tab' }>;
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

export function createPageHandoff(api: PageHandoffApi, gate: HandoffGate = createHandoffGate()): PageHandoff {
  /** Hand-overs asked from inside a tab are rate-limited per tab; the extension's own pages are not. */
  const admit = (from: RequestOrigin | undefined) => {
    if (from?.tabId === undefined) return;
    const verdict = gate.check(from.tabId);
    if (verdict !== 'pass') throw refusal(verdict);
  };
  return {
    async openInPopup(query, from) {
      admit(from);
      const popup = api.action ?? api.browserAction;
      const opened = tryOpen(popup && (() => popup.openPopup()));
      await pendingQueryArea(api.storage).set({ [PENDING_QUERY_KEY]: { query, at: Date.now() } });
      if (await opened) return { opened: 'popup' };
      await api.tabs.create({ url: `${api.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}` });
      return { opened: 'tab' };
    },

    async analyseText(text, from, recordedOrigin) {
      admit(from);
      const panel = api.sidePanel;
      let open: (() => Promise<void>) | undefined;
      if (panel && from.tabId !== undefined) open = () => panel.open({ tabId: from.tabId });
      else if (panel && from.windowId !== undefined) open = () => panel.open({ windowId: from.windowId });
      else if (api.sidebarAction) open = () => api.sidebarAction!.open();
      const opened = tryOpen(open);
      const body = typeof text === 'string' ? text : await text().catch(() => null);
      if (!body?.trim()) throw new Error('The log around this token is gone from the page.');
      const pending: PendingLog = { text: body.slice(0, MAX_PENDING_LOG), createdAt: Date.now() };
      // The origin comes from the browser's record of the sender; a label the page sent is ignored.
      const source = pageOrigin(from.url) ?? recordedOrigin;
      if (source) pending.origin = source.slice(0, 200);
      await handOverArea(api.storage).set({ [PENDING_LOG_KEY]: pending });
      if (await opened) return { opened: 'panel' };
      await api.tabs.create({ url: api.runtime.getURL('/sidepanel.html') });
      return { opened: 'tab' };
    },
  };
}
