// "Explain in PortLens": the menu is created on install, and a click hands the selection to the popup.
import { describe, expect, it, vi } from 'vitest';
import { EXPLAIN_MENU_ID, handleExplainClick, registerContextMenu, selectionToQuery, type ContextMenuApi } from '../../../entrypoints/background/context-menu';
import { PENDING_QUERY_KEY, takePendingQuery, type StorageAreaLike } from '../../../messaging/pending-query';
import { englishMessageSource } from '../i18n/locale-messages';

function memoryArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

function fakeBrowser(options: { session?: boolean; openPopup?: 'ok' | 'throws' | 'rejects' | 'missing'; mv2?: boolean } = {}) {
  const listeners: { installed?: () => void; clicked?: (info: { menuItemId: string | number; selectionText?: string }) => void } = {};
  const session = options.session === false ? undefined : memoryArea();
  const local = memoryArea();
  const calls: string[] = [];
  const openPopup = vi.fn(async () => {
    calls.push('openPopup');
    if (options.openPopup === 'rejects') throw new Error('Could not find an active browser window.');
  });
  const popupApi = options.openPopup === 'missing' ? undefined
    : { openPopup: options.openPopup === 'throws' ? vi.fn(() => { throw new Error('not allowed'); }) : openPopup };
  const api = {
    i18n: englishMessageSource,
    contextMenus: {
      create: vi.fn(),
      remove: vi.fn(async () => undefined),
      onClicked: { addListener: (l: typeof listeners.clicked) => (listeners.clicked = l) },
    },
    runtime: {
      onInstalled: { addListener: (l: () => void) => (listeners.installed = l) },
      getURL: (path: string) => `chrome-extension://abc${path}`,
    },
    storage: { session, local },
    ...(options.mv2 ? { browserAction: popupApi } : { action: popupApi }),
    tabs: { create: vi.fn(async () => ({})) },
  } satisfies ContextMenuApi;
  // Records the order: the popup must be asked to open before anything is awaited.
  const set = (session ?? local).set;
  (session ?? local).set = async (items) => {
    calls.push('store');
    await Promise.resolve();
    return set(items);
  };
  return { api, listeners, session, local, calls, openPopup };
}

describe('context menu', () => {
  it('creates "Explain in PortLens" for selected text when installed', async () => {
    const { api, listeners } = fakeBrowser();
    registerContextMenu(api);
    listeners.installed!();
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalled());
    expect(api.contextMenus.remove).toHaveBeenCalledWith(EXPLAIN_MENU_ID);
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: EXPLAIN_MENU_ID, title: 'Explain in PortLens', contexts: ['selection'] });
  });

  it('stores the selection in session storage and opens the popup, which reads it once', async () => {
    const { api, session, calls, openPopup } = fakeBrowser();
    const click = handleExplainClick(api, { menuItemId: EXPLAIN_MENU_ID, selectionText: '  31337 ' });
    expect(calls).toEqual(['store', 'openPopup']); // both started synchronously, inside the user action
    expect(await click).toBe('popup');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(session!.data[PENDING_QUERY_KEY]).toMatchObject({ query: '31337' });
    expect(api.tabs.create).not.toHaveBeenCalled();
    expect(await takePendingQuery(session!)).toBe('31337');
    expect(await takePendingQuery(session!)).toBeNull();
  });

  it('works through the registered click listener, with browserAction (Firefox MV2)', async () => {
    const { api, listeners, session, local, openPopup } = fakeBrowser({ mv2: true });
    registerContextMenu(api);
    listeners.clicked!({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'netbus' });
    await vi.waitFor(() => expect(openPopup).toHaveBeenCalled());
    await vi.waitFor(() => expect(session!.data[PENDING_QUERY_KEY]).toMatchObject({ query: 'netbus' }));
    expect(local.data[PENDING_QUERY_KEY]).toBeUndefined(); // content scripts can read storage.local
  });

  it('never hands over through storage.local, which content scripts can read', async () => {
    const { api, local } = fakeBrowser({ session: false });
    expect(await handleExplainClick(api, { menuItemId: EXPLAIN_MENU_ID, selectionText: '31337' })).toBe('popup');
    expect(local.data).toEqual({});
  });

  it.each(['rejects', 'throws', 'missing'] as const)('opens popup.html?q= in a tab when openPopup %s', async (openPopup) => {
    const { api } = fakeBrowser({ openPopup });
    const where = await handleExplainClick(api, { menuItemId: EXPLAIN_MENU_ID, selectionText: 'back orifice' });
    expect(where).toBe('tab');
    expect(api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/popup.html?q=back%20orifice' });
  });

  it('ignores other menus and empty selections', async () => {
    const { api, openPopup } = fakeBrowser();
    expect(await handleExplainClick(api, { menuItemId: 'other', selectionText: '22' })).toBe('ignored');
    expect(await handleExplainClick(api, { menuItemId: EXPLAIN_MENU_ID, selectionText: '   ' })).toBe('ignored');
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('turns log fields into queries', () => {
    expect(selectionToQuery('DPT=27374')).toBe('27374');
    expect(selectionToQuery('SRC=203.0.113.9')).toBe('203.0.113.9');
    expect(selectionToQuery('PROTO=ICMP TYPE=3 CODE=13')).toBe('icmp 3/13');
    expect(selectionToQuery('PROTO=ICMPv6 TYPE=135 CODE=0')).toBe('icmpv6 135/0');
    expect(selectionToQuery('  back\n orifice ')).toBe('back orifice');
    expect(selectionToQuery('x'.repeat(500))).toHaveLength(200);
  });
});
