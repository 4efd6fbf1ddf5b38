// The popup's buttons against a fake browser: annotate, always on this site, side panel.
import { describe, expect, it, vi } from 'vitest';
import { ALWAYS_ON_SITES_KEY, CONTENT_SCRIPT_FILE, createPageActions, explainScriptingError, originHash, siteScriptId, webOrigin, type PageActionsApi } from '../../../entrypoints/popup/page-actions';
import { englishTranslator } from '../../../components/i18n/translate-context';

function fakeBrowser(opts: { url?: string; execute?: Error; grant?: boolean; register?: Error; sidePanel?: 'chrome' | 'firefox' | 'none' } = {}) {
  const local: Record<string, unknown> = {};
  const granted = new Set<string>();
  const calls: string[] = [];
  const api = {
    tabs: { query: vi.fn(async () => [{ id: 7, url: opts.url ?? 'https://router.example/status?x=1', index: 0, highlighted: true, active: true, pinned: false, incognito: false }]) },
    windows: { getCurrent: vi.fn(async () => ({ id: 3 })) },
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in local ? { [key]: local[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(local, items)),
      },
    },
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        calls.push('request');
        if (opts.grant === false) return false;
        origins.forEach((o) => granted.add(o));
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.delete(o)), true)),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (opts.execute) throw opts.execute;
        return [];
      }),
      registerContentScripts: vi.fn(async () => {
        if (opts.register) throw opts.register;
      }),
      unregisterContentScripts: vi.fn(async () => undefined),
    },
    sidePanel: opts.sidePanel === 'chrome' ? { open: vi.fn(async () => undefined) } : undefined,
    sidebarAction: opts.sidePanel === 'firefox' ? { open: vi.fn(async () => undefined) } : undefined,
  };
  return { api, fake: api as unknown as PageActionsApi, local, granted, calls };
}

describe('annotate this page', () => {
  it('injects the content script into the active tab', async () => {
    const { api, fake } = fakeBrowser();
    const outcome = await createPageActions(fake, englishTranslator).annotatePage();
    expect(outcome.ok).toBe(true);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('explains a missing annotator and a protected page', async () => {
    const missing = await createPageActions(fakeBrowser({ execute: new Error("Could not load file: 'content-scripts/content.js'.") }).fake, englishTranslator).annotatePage();
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/not in this build yet/) });
    const restricted = await createPageActions(fakeBrowser({ execute: new Error('Cannot access a chrome:// URL') }).fake, englishTranslator).annotatePage();
    expect(restricted.message).toMatch(/cannot run on this page/);
  });
});

describe('always on this site', () => {
  it('is unavailable on non-web pages', async () => {
    const state = await createPageActions(fakeBrowser({ url: 'chrome://extensions/' }).fake, englishTranslator).siteAccess();
    expect(state).toMatchObject({ origin: null, enabled: false, reason: expect.stringMatching(/http and https/) });
  });

  it('asks for this origin only, registers the script and remembers the choice', async () => {
    const { api, fake, local, calls } = fakeBrowser();
    const actions = createPageActions(fake, englishTranslator);
    expect(await actions.siteAccess()).toEqual({ origin: 'https://router.example', enabled: false });
    const pending = actions.setSiteAccess('https://router.example', true);
    expect(calls).toEqual(['request']); // asked synchronously, inside the click
    expect(await pending).toMatchObject({ ok: true, enabled: true });
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://router.example/*'] });
    const id = siteScriptId('https://router.example');
    expect(id).toMatch(/^portlens-site-[0-9a-f]{8}$/);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledWith([
      { id, matches: ['https://router.example/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(local[ALWAYS_ON_SITES_KEY]).toMatchObject({ 'https://router.example': { id } });
    expect(await actions.siteAccess()).toEqual({ origin: 'https://router.example', enabled: true });

    expect(await actions.setSiteAccess('https://router.example', false)).toMatchObject({ ok: true, enabled: false });
    expect(api.scripting.unregisterContentScripts).toHaveBeenLastCalledWith({ ids: [id] });
    expect(local[ALWAYS_ON_SITES_KEY]).toEqual({});
    expect(await actions.siteAccess()).toEqual({ origin: 'https://router.example', enabled: false });
  });

  it('changes nothing when permission is refused, and undoes the grant when registering fails', async () => {
    const refused = fakeBrowser({ grant: false });
    expect(await createPageActions(refused.fake, englishTranslator).setSiteAccess('https://a.example', true)).toMatchObject({ ok: false, enabled: false });
    expect(refused.api.scripting.registerContentScripts).not.toHaveBeenCalled();
    const broken = fakeBrowser({ register: new Error("Could not load javascript 'content-scripts/content.js' for script.") });
    const result = await createPageActions(broken.fake, englishTranslator).setSiteAccess('https://a.example', true);
    expect(result).toMatchObject({ ok: false, enabled: false, message: expect.stringMatching(/not in this build yet/) });
    expect(broken.granted.size).toBe(0);
  });
});

describe('open side panel', () => {
  it('uses chrome.sidePanel with the current window, or Firefox sidebarAction, or says neither exists', async () => {
    const chrome = fakeBrowser({ sidePanel: 'chrome' });
    const actions = createPageActions(chrome.fake, englishTranslator);
    await vi.waitFor(() => expect(chrome.api.windows.getCurrent).toHaveBeenCalled());
    await Promise.resolve();
    expect(await actions.openSidePanel()).toMatchObject({ ok: true });
    expect(chrome.api.sidePanel!.open).toHaveBeenCalledWith({ windowId: 3 });
    const firefox = fakeBrowser({ sidePanel: 'firefox' });
    expect(await createPageActions(firefox.fake, englishTranslator).openSidePanel()).toMatchObject({ ok: true });
    expect(firefox.api.sidebarAction!.open).toHaveBeenCalled();
    expect(await createPageActions(fakeBrowser().fake, englishTranslator).openSidePanel()).toEqual({ ok: false, message: 'This browser has no side panel for extensions.' });
  });
});

describe('helpers', () => {
  it('finds web origins and hashes them stably', () => {
    expect(webOrigin('http://192.168.1.1:8080/a?b')).toBe('http://192.168.1.1:8080');
    expect(webOrigin('about:blank')).toBeNull();
    expect(webOrigin(undefined)).toBeNull();
    expect(originHash('https://router.example')).toBe(originHash('https://router.example'));
    expect(originHash('https://a.example')).not.toBe(originHash('https://b.example'));
    expect(explainScriptingError(new Error('boom'), englishTranslator)).toBe('boom');
  });
});
