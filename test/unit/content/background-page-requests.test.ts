// The background side of the content script: the new messages' validation, the port-risks
// handler, the hand-overs to the popup and side panel, and "Annotate this page".
import { describe, expect, it, vi } from 'vitest';
import { ANNOTATE_MENU_ID, annotateTab, registerAnnotatePage, type AnnotatePageApi } from '../../../entrypoints/background/annotate-page';
import { HANDLERS, type HandlerDeps } from '../../../entrypoints/background/handlers';
import { requestOrigin, routeMessage } from '../../../entrypoints/background/message-router';
import { createPageHandoff, type PageHandoffApi } from '../../../entrypoints/background/page-handoff';
import { PENDING_QUERY_KEY, type StorageAreaLike } from '../../../messaging/pending-query';
import { PENDING_LOG_KEY, validateRequest } from '../../../messaging/protocol';
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

function handoffApi(options: { popup?: 'ok' | 'fails'; panel?: 'ok' | 'fails' } = {}) {
  const session = memoryArea();
  const api = {
    storage: { session, local: memoryArea() },
    action: { openPopup: vi.fn(async () => { if (options.popup === 'fails') throw new Error('no window'); }) },
    sidePanel: { open: vi.fn(async () => { if (options.panel === 'fails') throw new Error('No active side panel'); }) },
    tabs: { create: vi.fn(async () => ({})) },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
  } satisfies PageHandoffApi;
  return { api, session };
}

describe('new messages', () => {
  it('validates port-risks, open-in-popup and analyse-text; only extension pages may hand over', () => {
    expect(validateRequest({ type: 'port-risks', ports: [{ port: 22, role: 'destination' }, { port: 80, x: 1 }] }, 'content-script')).toEqual({ type: 'port-risks', ports: [{ port: 22, role: 'destination' }, { port: 80 }] });
    expect(validateRequest({ type: 'port-risks', ports: Array.from({ length: 501 }, () => ({ port: 1 })) }, 'content-script')).toMatch(/at most 500/);
    expect(validateRequest({ type: 'port-risks', ports: [{ port: 70000 }] }, 'content-script')).toMatch(/0-65535/);
    expect(validateRequest({ type: 'open-in-popup', query: ' 3389 ' }, 'extension-page')).toEqual({ type: 'open-in-popup', query: '3389' });
    expect(validateRequest({ type: 'open-in-popup', query: 'x'.repeat(201) }, 'extension-page')).toMatch(/1 to 200/);
    expect(validateRequest({ type: 'analyse-text', text: 'a\nb', origin: 'http://192.168.1.1' }, 'extension-page')).toMatchObject({ type: 'analyse-text', text: 'a\nb' });
    expect(validateRequest({ type: 'analyse-text', text: 'x'.repeat(2_000_001) }, 'extension-page')).toMatch(/at most 2000000/);
    expect(validateRequest({ type: 'analyse-text', text: '  ' }, 'extension-page')).toMatch(/non-empty/);
    // A content script runs inside the page: it can open a card, never a popup, panel or tab.
    expect(validateRequest({ type: 'open-in-popup', query: '3389' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'analyse-text', text: 'a' }, 'content-script')).toMatch(/not allowed from a web page/);
  });

  it('answers port-risks from the curated facts, role-aware', async () => {
    const risks = await HANDLERS['port-risks']({ type: 'port-risks', ports: [{ port: 445 }, { port: 3389, role: 'destination' }, { port: 49152 }] }, {} as HandlerDeps, {});
    expect(risks[0]).toBe('critical');
    expect(['high', 'critical']).toContain(risks[1]);
    expect(risks[2]).toBe('info');
  });

  it('passes the sender tab to the hand-over handlers', async () => {
    const analyseText = vi.fn(async () => ({ opened: 'panel' as const }));
    const deps = vi.fn(async () => ({}) as HandlerDeps);
    const from = requestOrigin({ tab: { id: 7, windowId: 3 }, url: 'http://192.168.1.1/log' });
    const reply = routeMessage({ type: 'analyse-text', text: 'SRC=1.2.3.4' }, 'extension-page', deps, from, { analyseText, openInPopup: vi.fn() });
    // Called before anything is awaited: the click's user gesture is still valid.
    expect(analyseText).toHaveBeenCalledWith('SRC=1.2.3.4', { tabId: 7, windowId: 3, url: 'http://192.168.1.1/log' });
    expect(await reply).toEqual({ ok: true, value: { opened: 'panel' } });
    expect(deps).not.toHaveBeenCalled();
  });
});

describe('page hand-overs', () => {
  it('stores the query for the popup (the popup format) and opens it, or popup.html?q= in a tab', async () => {
    const ok = handoffApi();
    expect(await createPageHandoff(ok.api).openInPopup('3389/tcp')).toEqual({ opened: 'popup' });
    expect(ok.session.data[PENDING_QUERY_KEY]).toMatchObject({ query: '3389/tcp', at: expect.any(Number) });
    const failing = handoffApi({ popup: 'fails' });
    expect(await createPageHandoff(failing.api).openInPopup('10.0.0.1')).toEqual({ opened: 'tab' });
    expect(failing.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/popup.html?q=10.0.0.1' });
  });

  it('stores the log under portlens:pending-log and opens the side panel of the sender tab', async () => {
    const { api, session } = handoffApi();
    expect(await createPageHandoff(api).analyseText('DPT=22\nDPT=23', { tabId: 5, url: 'http://192.168.1.1/syslog.cgi' })).toEqual({ opened: 'panel' });
    expect(api.sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
    expect(session.data[PENDING_LOG_KEY]).toMatchObject({ text: 'DPT=22\nDPT=23', origin: 'http://192.168.1.1', createdAt: expect.any(Number) });
    const failing = handoffApi({ panel: 'fails' });
    expect(await createPageHandoff(failing.api).analyseText('x', {})).toEqual({ opened: 'tab' });
    expect(failing.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/sidepanel.html' });
  });
});

describe('annotate this page', () => {
  function annotateApi(frames: 'ok' | 'refused' = 'ok') {
    const listeners: { menu?: (info: { menuItemId: string | number }, tab?: { id?: number }) => void; command?: (c: string, tab?: { id?: number }) => void; installed?: () => void } = {};
    const api = {
      i18n: englishMessageSource,
      contextMenus: {
        create: vi.fn(),
        remove: vi.fn(async () => undefined),
        onClicked: { addListener: (l: typeof listeners.menu) => (listeners.menu = l) },
      },
      commands: { onCommand: { addListener: (l: typeof listeners.command) => (listeners.command = l) } },
      runtime: { onInstalled: { addListener: (l: () => void) => (listeners.installed = l) } },
      scripting: {
        executeScript: vi.fn(async (injection: { target: { allFrames?: boolean } }) => {
          if (frames === 'refused' && injection.target.allFrames) throw new Error('Cannot access contents of url');
          return [];
        }),
      },
      tabs: { query: vi.fn(async () => [{ id: 42 }]) },
    } satisfies AnnotatePageApi;
    return { api, listeners };
  }

  it('injects the content script into every frame, or the top frame when others refuse', async () => {
    expect(await annotateTab(annotateApi().api, 3)).toBe('all-frames');
    const refused = annotateApi('refused');
    expect(await annotateTab(refused.api, 3)).toBe('top-frame');
    expect(refused.api.scripting.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/content.js'] });
  });

  it('creates the page menu entry on install and answers the menu and the Alt+Shift+P command', async () => {
    const { api, listeners } = annotateApi();
    registerAnnotatePage(api);
    listeners.installed!();
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledWith({ id: ANNOTATE_MENU_ID, title: 'Annotate this page with PortLens', contexts: ['page', 'frame'] }));
    listeners.menu!({ menuItemId: ANNOTATE_MENU_ID }, { id: 9 });
    listeners.menu!({ menuItemId: 'other' }, { id: 9 });
    listeners.command!('annotate-page');
    await vi.waitFor(() => expect(api.scripting.executeScript).toHaveBeenCalledTimes(2));
    expect(api.scripting.executeScript.mock.calls.map((c) => (c[0] as { target: { tabId: number } }).target.tabId)).toEqual([9, 42]);
  });
});
