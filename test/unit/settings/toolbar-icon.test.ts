// The toolbar icon's per-tab state: active while any frame of the tab has tokens, idle when none
// has, forgotten when the tab loads another page or closes; only content scripts may report, and
// only for the tab the browser says they are in.
import { describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../../entrypoints/background/message-router';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { TOOLBAR_TITLES, createToolbarIcon, type ToolbarIconApi } from '../../../entrypoints/background/toolbar-icon';

function fakeBrowser() {
  const listeners: { removed?: (tabId: number) => void; updated?: (tabId: number, c: { status?: string }) => void } = {};
  const action = { setIcon: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
  const api: ToolbarIconApi = {
    action,
    tabs: {
      onRemoved: { addListener: (fn) => void (listeners.removed = fn) },
      onUpdated: { addListener: (fn) => void (listeners.updated = fn) },
    },
  };
  return { api, action, listeners };
}

const noDatabase = async (): Promise<HandlerDeps> => {
  throw new Error('page-annotated must not open the database');
};

describe('toolbar icon', () => {
  it('turns active for the sender tab and idle once no frame has tokens', async () => {
    const { api, action } = fakeBrowser();
    const icon = createToolbarIcon(api);
    expect(await icon.pageAnnotated({ tabId: 4, frameId: 0 }, true)).toEqual({ icon: 'active' });
    expect(action.setIcon).toHaveBeenLastCalledWith({ tabId: 4, path: { 16: 'icons/portlens-active-16.png', 32: 'icons/portlens-active-32.png' } });
    expect(action.setTitle).toHaveBeenLastCalledWith({ tabId: 4, title: TOOLBAR_TITLES.active });
    await icon.pageAnnotated({ tabId: 4, frameId: 3 }, true);
    expect(await icon.pageAnnotated({ tabId: 4, frameId: 0 }, false)).toEqual({ icon: 'active' });
    expect(await icon.pageAnnotated({ tabId: 4, frameId: 3 }, false)).toEqual({ icon: 'idle' });
    expect(action.setTitle).toHaveBeenLastCalledWith({ tabId: 4, title: TOOLBAR_TITLES.idle });
    expect(icon.stateOf(5)).toBe('idle');
  });

  it('forgets a tab that loads another page or closes', async () => {
    const { api, listeners } = fakeBrowser();
    const icon = createToolbarIcon(api);
    await icon.pageAnnotated({ tabId: 1 }, true);
    await icon.pageAnnotated({ tabId: 2 }, true);
    listeners.updated!(1, { status: 'loading' });
    listeners.removed!(2);
    expect(icon.stateOf(1)).toBe('idle');
    expect(icon.stateOf(2)).toBe('idle');
  });

  it('is refused from extension pages, checked, and needs a tab', async () => {
    const { api, action } = fakeBrowser();
    const toolbar = createToolbarIcon(api);
    const send = (raw: unknown, sender: 'content-script' | 'extension-page', from = {}) => routeMessage(raw, sender, noDatabase, from, undefined, undefined, toolbar);
    expect(await send({ type: 'page-annotated', active: true }, 'extension-page', { tabId: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/content scripts only/) });
    expect(await send({ type: 'page-annotated', active: 'yes' }, 'content-script', { tabId: 3 })).toMatchObject({ ok: false, error: expect.stringMatching(/active must be true or false/) });
    expect(await send({ type: 'page-annotated', active: true }, 'content-script', {})).toMatchObject({ ok: false, error: expect.stringMatching(/sender in a tab/) });
    expect(await send({ type: 'page-annotated', active: true, tabId: 99 }, 'content-script', { tabId: 3 })).toEqual({ ok: true, value: { icon: 'active' } });
    expect(action.setIcon).toHaveBeenCalledTimes(1);
    expect(toolbar.stateOf(3)).toBe('active');
    expect(toolbar.stateOf(99)).toBe('idle');
  });
});
