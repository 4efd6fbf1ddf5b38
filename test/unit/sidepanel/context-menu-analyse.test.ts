// "Analyse selection in PortLens": opens the side panel inside the click, then hands the text over.
import { describe, expect, it, vi } from 'vitest';
import { ANALYSE_MENU_ID, handleAnalyseClick, registerAnalyseMenu, type AnalyseMenuApi } from '../../../entrypoints/background/context-menu-analyse';
import { PENDING_LOG_KEY, readPendingLog } from '../../../messaging/protocol';
import { englishMessageSource } from '../i18n/locale-messages';

function fakeBrowser(options: { kind?: 'chrome' | 'firefox' | 'none'; session?: boolean; selection?: string | Error; openFails?: boolean } = {}) {
  const calls: string[] = [];
  const stored: Record<string, unknown> = {};
  const area = { set: vi.fn(async (items: Record<string, unknown>) => void (calls.push('store'), Object.assign(stored, items))) };
  const listeners: { installed?: () => void; startup?: () => void; clicked?: Parameters<AnalyseMenuApi['contextMenus']['onClicked']['addListener']>[0] } = {};
  const open = vi.fn(async () => {
    calls.push('open');
    if (options.openFails) throw new Error('no user gesture');
  });
  const api: AnalyseMenuApi = {
    i18n: englishMessageSource,
    contextMenus: {
      create: vi.fn(() => calls.push('create')),
      remove: vi.fn(async () => void calls.push('remove')),
      onClicked: { addListener: (l) => (listeners.clicked = l) },
    },
    runtime: {
      onInstalled: { addListener: (l) => (listeners.installed = l) },
      onStartup: { addListener: (l) => (listeners.startup = l) },
      getURL: (path) => `chrome-extension://abc${path}`,
    },
    storage: options.session === false ? { local: area } : { session: area, local: { set: vi.fn() } },
    sidePanel: options.kind === 'chrome' || options.kind === undefined ? { open } : undefined,
    sidebarAction: options.kind === 'firefox' ? { open } : undefined,
    scripting: options.selection === undefined ? undefined : {
      executeScript: vi.fn(async () => {
        if (options.selection instanceof Error) throw options.selection;
        return [{ result: options.selection }];
      }),
    },
    tabs: { create: vi.fn(async () => ({})) },
  };
  return { api, calls, stored, open, listeners };
}

const click = { menuItemId: ANALYSE_MENU_ID, selectionText: 'SRC=203.0.113.7 DST=192.0.2.1 (one line, Chrome drops the breaks)', pageUrl: 'https://router.example/log' };
const tab = { id: 7, windowId: 3 };

describe('handleAnalyseClick', () => {
  it('Chrome: opens the side panel for the tab before anything is awaited, then stores the full selection', async () => {
    const b = fakeBrowser({ selection: 'line one\nline two' });
    const done = handleAnalyseClick(b.api, click, tab);
    expect(b.calls).toEqual(['open']);
    expect(b.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await done).toBe('panel');
    const pending = readPendingLog(b.stored[PENDING_LOG_KEY]);
    expect(pending).toMatchObject({ text: 'line one\nline two', origin: 'https://router.example' });
    expect(b.api.scripting!.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 } }));
  });

  it('Firefox: opens the sidebar; falls back to selectionText where the page cannot be scripted', async () => {
    const b = fakeBrowser({ kind: 'firefox', selection: new Error('Missing host permission') });
    expect(await handleAnalyseClick(b.api, { ...click, frameId: 2 }, tab)).toBe('panel');
    expect(b.open).toHaveBeenCalledWith();
    expect((b.stored[PENDING_LOG_KEY] as { text: string }).text).toBe(click.selectionText);
  });

  it('opens sidepanel.html in a tab where no panel opens', async () => {
    for (const b of [fakeBrowser({ kind: 'none' }), fakeBrowser({ openFails: true })]) {
      expect(await handleAnalyseClick(b.api, click, tab)).toBe('tab');
      expect(b.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/sidepanel.html' });
      expect(b.stored[PENDING_LOG_KEY]).toBeDefined();
    }
  });

  it('ignores other menus and empty selections', async () => {
    const b = fakeBrowser();
    expect(await handleAnalyseClick(b.api, { ...click, menuItemId: 'portlens-explain-selection' }, tab)).toBe('ignored');
    expect(await handleAnalyseClick(b.api, { ...click, selectionText: '  ' }, tab)).toBe('ignored');
    expect(b.calls).toEqual([]);
  });
});

describe('registerAnalyseMenu', () => {
  it('creates the entry on install and on start, replacing an old one, and handles clicks', async () => {
    const b = fakeBrowser();
    registerAnalyseMenu(b.api);
    b.listeners.installed!();
    await vi.waitFor(() => expect(b.api.contextMenus.create).toHaveBeenCalledWith({ id: ANALYSE_MENU_ID, title: 'Analyse selection in PortLens', contexts: ['selection'] }));
    expect(b.calls.slice(0, 2)).toEqual(['remove', 'create']);
    b.listeners.startup!();
    await vi.waitFor(() => expect(b.api.contextMenus.create).toHaveBeenCalledTimes(2));
    b.listeners.clicked!(click, tab);
    await vi.waitFor(() => expect(b.stored[PENDING_LOG_KEY]).toBeDefined());
  });
});
