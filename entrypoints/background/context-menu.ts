// "Explain in PortLens" on selected text: hands the selection to the popup and opens it.
import { translatorFor, type MessageKey, type MessageSource } from '../../components/i18n/messages';
import { MAX_QUERY_LENGTH, PENDING_QUERY_KEY, pendingQueryArea, type StorageAreaLike } from '../../messaging/pending-query';

export const EXPLAIN_MENU_ID = 'portlens-explain-selection';
export const EXPLAIN_MENU_TITLE: MessageKey = 'menu_explain';

export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
}

/** The parts of the browser the menu uses, so tests can pass a fake. */
export interface ContextMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    remove(id: string): Promise<void>;
    onClicked: { addListener(listener: (info: MenuClickInfo) => void): void };
  };
  runtime: {
    onInstalled: { addListener(listener: () => void): void };
    onStartup?: { addListener(listener: () => void): void };
    getURL(path: string): string;
  };
  storage: { session?: StorageAreaLike; local: StorageAreaLike };
  /** Chrome (MV3) and Firefox MV3. */
  action?: { openPopup(): Promise<void> };
  /** Firefox MV2. */
  browserAction?: { openPopup(): Promise<void> };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  i18n: MessageSource;
}

/**
 * Turns selected text into a query: "DPT=27374" → "27374", "TYPE=3 CODE=4" → "icmp 3/4";
 * anything else is trimmed and kept as typed.
 */
export function selectionToQuery(selection: string | undefined): string | null {
  const text = (selection ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  if (!text) return null;
  const icmp = /\bTYPE=(\d{1,3})\s+CODE=(\d{1,3})\b/i.exec(text);
  if (icmp) return `${/ICMPv6/i.test(text) ? 'icmpv6' : 'icmp'} ${icmp[1]}/${icmp[2]}`;
  const pair = /^[A-Za-z_-]{2,12}[=:]\s*(\S+)$/.exec(text);
  return pair ? pair[1] : text;
}

/** Creates the entry, replacing one left from an earlier run (other menus are left alone). */
export async function createExplainMenu(api: ContextMenuApi): Promise<void> {
  await api.contextMenus.remove(EXPLAIN_MENU_ID).catch(() => undefined);
  api.contextMenus.create({ id: EXPLAIN_MENU_ID, title: translatorFor(api.i18n)(EXPLAIN_MENU_TITLE), contexts: ['selection'] });
}

/**
 * Stores the selection for the popup and opens it. openPopup is called before any await, while
 * the click still counts as a user action; where it fails, popup.html?q= opens in a new tab.
 */
export function handleExplainClick(api: ContextMenuApi, info: MenuClickInfo): Promise<'popup' | 'tab' | 'ignored'> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return Promise.resolve('ignored');
  const query = selectionToQuery(info.selectionText);
  if (!query) return Promise.resolve('ignored');
  let stored: Promise<unknown>;
  try {
    stored = pendingQueryArea(api.storage).set({ [PENDING_QUERY_KEY]: { query, at: Date.now() } }).catch(() => undefined);
  } catch {
    stored = Promise.resolve(); // no storage.session: the popup gets nothing rather than a readable copy
  }
  let opened: Promise<boolean>;
  try {
    const opener = api.action ?? api.browserAction;
    opened = opener ? opener.openPopup().then(() => true, () => false) : Promise.resolve(false);
  } catch {
    opened = Promise.resolve(false);
  }
  return (async () => {
    await stored;
    if (await opened) return 'popup' as const;
    await api.tabs.create({ url: `${api.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}` });
    return 'tab' as const;
  })();
}

/** Wires the menu: created on install/update and at browser start (Firefox forgets menus), clicks handled for the life of the background. */
export function registerContextMenu(api: ContextMenuApi): void {
  api.runtime.onInstalled.addListener(() => void createExplainMenu(api));
  api.runtime.onStartup?.addListener(() => void createExplainMenu(api));
  api.contextMenus.onClicked.addListener((info) => {
    handleExplainClick(api, info).catch((e) => console.error('PortLens: "Explain in PortLens" failed', e));
  });
}
