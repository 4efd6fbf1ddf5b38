// "Analyse selection in PortLens": hands the selected log text to the side panel and opens it.
import { translatorFor, type MessageKey, type MessageSource } from '../../components/i18n/messages';
import { MAX_PENDING_LOG, PENDING_LOG_KEY, type PendingLog } from '../../messaging/protocol';
import { handOverArea } from '../../messaging/hand-over-area';
import { pageOrigin } from './page-origin';

export const ANALYSE_MENU_ID = 'portlens-analyse-selection';
export const ANALYSE_MENU_TITLE: MessageKey = 'menu_analyse';

export interface AnalyseClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
}

export interface AnalyseClickTab {
  id?: number;
  windowId?: number;
  url?: string;
}

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/** The parts of the browser the menu uses, so tests can pass a fake. */
export interface AnalyseMenuApi {
  i18n: MessageSource;
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    remove(id: string): Promise<void>;
    onClicked: { addListener(listener: (info: AnalyseClickInfo, tab?: AnalyseClickTab) => void): void };
  };
  runtime: {
    onInstalled: { addListener(listener: () => void): void };
    onStartup?: { addListener(listener: () => void): void };
    getURL(path: string): string;
  };
  storage: { session?: StorageArea; local: StorageArea };
  /** Chrome. */
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
  /** Reads the selection with its line breaks (Chrome's selectionText has none). */
  scripting?: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; func: () => string }): Promise<{ result?: unknown }[]>;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/** Runs inside the page: the selection, including text selected inside a textarea or input. */
function readPageSelection(): string {
  const el = document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
  if (el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && typeof el.selectionStart === 'number') {
    const picked = el.value.slice(el.selectionStart, el.selectionEnd ?? el.selectionStart);
    if (picked) return picked;
  }
  return globalThis.getSelection?.()?.toString() ?? '';
}

/** Creates the entry, replacing one left from an earlier run (without touching other menus). */
export async function createAnalyseMenu(api: AnalyseMenuApi): Promise<void> {
  await api.contextMenus.remove(ANALYSE_MENU_ID).catch(() => undefined);
  api.contextMenus.create({ id: ANALYSE_MENU_ID, title: translatorFor(api.i18n)(ANALYSE_MENU_TITLE), contexts: ['selection'] });
}

/**
 * Opens the side panel before anything is awaited (the click's user gesture is needed), then
 * stores the selection under PENDING_LOG_KEY; the open panel picks it up through storage.onChanged.
 * Where no side panel can open, sidepanel.html opens in a tab and reads the same key.
 */
export function handleAnalyseClick(api: AnalyseMenuApi, info: AnalyseClickInfo, tab?: AnalyseClickTab): Promise<'panel' | 'tab' | 'ignored'> {
  if (info.menuItemId !== ANALYSE_MENU_ID || !(info.selectionText ?? '').trim()) return Promise.resolve('ignored');
  let opened: Promise<boolean>;
  try {
    if (api.sidePanel && (tab?.id !== undefined || tab?.windowId !== undefined)) {
      opened = api.sidePanel.open(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId }).then(() => true, () => false);
    } else if (api.sidebarAction) {
      opened = api.sidebarAction.open().then(() => true, () => false);
    } else {
      opened = Promise.resolve(false);
    }
  } catch {
    opened = Promise.resolve(false);
  }
  return (async () => {
    const text = (await fullSelection(api, info, tab)).slice(0, MAX_PENDING_LOG);
    const pending: PendingLog = { text, createdAt: Date.now() };
    const origin = pageOrigin(info.pageUrl ?? tab?.url);
    if (origin) pending.origin = origin;
    await handOverArea(api.storage).set({ [PENDING_LOG_KEY]: pending });
    if (await opened) return 'panel' as const;
    await api.tabs.create({ url: api.runtime.getURL('/sidepanel.html') });
    return 'tab' as const;
  })();
}

/** The selection with line breaks where the page allows it, else the menu's selectionText. */
async function fullSelection(api: AnalyseMenuApi, info: AnalyseClickInfo, tab?: AnalyseClickTab): Promise<string> {
  const fallback = info.selectionText ?? '';
  if (!api.scripting || tab?.id === undefined) return fallback;
  try {
    const frameIds = info.frameId ? [info.frameId] : undefined;
    const [first] = await api.scripting.executeScript({ target: { tabId: tab.id, ...(frameIds && { frameIds }) }, func: readPageSelection });
    const text = typeof first?.result === 'string' ? first.result : '';
    return text.trim() ? text : fallback;
  } catch {
    return fallback; // a page the extension may not script (browser pages, add-on stores)
  }
}

/** Wires the entry: created on install, update and browser start; clicks handled for the background's life. */
export function registerAnalyseMenu(api: AnalyseMenuApi): void {
  const create = () => void createAnalyseMenu(api).catch((e) => console.error('PortLens: creating the "Analyse selection" menu failed', e));
  api.runtime.onInstalled.addListener(create);
  api.runtime.onStartup?.addListener(create);
  api.contextMenus.onClicked.addListener((info, tab) => {
    handleAnalyseClick(api, info, tab).catch((e) => console.error('PortLens: "Analyse selection in PortLens" failed', e));
  });
}
