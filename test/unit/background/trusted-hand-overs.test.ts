// Hand-overs travel only through storage.session, with the origin the browser reports for the
// sender; the background restricts storage.session where it can, and opens the welcome page on install.
import { describe, expect, it, vi } from 'vitest';
import { registerFirstRun } from '../../../entrypoints/background/first-run';
import { requestOrigin, routeMessage } from '../../../entrypoints/background/message-router';
import { createPageHandoff, type PageHandoffApi } from '../../../entrypoints/background/page-handoff';
import { restrictSessionStorage } from '../../../entrypoints/background/storage-access';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { ONBOARDING_PAGE } from '../../../messaging/extension-paths';
import { PENDING_LOG_KEY, readPendingLog } from '../../../messaging/protocol';

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (key: string) => void delete data[key],
  };
}

function browserFake() {
  const session = memoryArea();
  const local = memoryArea();
  const api = {
    storage: { session, local },
    sidePanel: { open: vi.fn(async () => undefined) },
    tabs: { create: vi.fn(async () => ({})) },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
  } satisfies PageHandoffApi;
  return { api, session, local };
}

describe('log hand-over from the hover card', () => {
  it('takes no hand-over from a content script: the page could send any text under any label', async () => {
    const { api, session, local } = browserFake();
    const pages = createPageHandoff(api);
    const from = requestOrigin({ tab: { id: 4, windowId: 1 }, url: 'http://192.168.1.1/cgi-bin/syslog' });
    const reply = await routeMessage({ type: 'analyse-text', text: 'DPT=23', origin: 'https://bank.example' }, 'content-script', vi.fn<() => Promise<HandlerDeps>>(), from, pages);
    expect(reply).toMatchObject({ ok: false });
    expect(session.data).toEqual({});
    expect(local.data).toEqual({});
  });

  it('labels the log with the origin the browser gives, or the one it recorded when the card opened', async () => {
    const { api, session } = browserFake();
    const pages = createPageHandoff(api);
    await pages.analyseText('DPT=23', { tabId: 4, url: 'http://192.168.1.1/cgi-bin/syslog' }, 'https://bank.example');
    expect(readPendingLog(session.data[PENDING_LOG_KEY])).toMatchObject({ text: 'DPT=23', origin: 'http://192.168.1.1' });
    await pages.analyseText('DPT=24', { tabId: 5 }, 'http://192.168.1.1');
    expect(readPendingLog(session.data[PENDING_LOG_KEY])).toMatchObject({ text: 'DPT=24', origin: 'http://192.168.1.1' });
  });

  it('stores no origin when the browser gives no page URL', async () => {
    const { api, session } = browserFake();
    await createPageHandoff(api).analyseText('DPT=23', { tabId: 4 });
    expect(readPendingLog(session.data[PENDING_LOG_KEY])).toEqual({ text: 'DPT=23', createdAt: expect.any(Number) });
  });

  it('refuses to fall back to storage.local when storage.session is missing', async () => {
    const { api, local } = browserFake();
    const noSession = { ...api, storage: { local } };
    await expect(createPageHandoff(noSession).analyseText('DPT=23', { tabId: 4 })).rejects.toThrow(/no storage.session/);
    expect(local.data).toEqual({});
  });
});

describe('storage.session access level', () => {
  it('is set to trusted contexts where the browser has setAccessLevel (Chrome)', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictSessionStorage({ storage: { session: { setAccessLevel } } })).toBe('set');
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('is left to the browser where there is no setAccessLevel (Firefox: trusted contexts only)', async () => {
    expect(await restrictSessionStorage({ storage: { session: {} } })).toBe('browser-default');
  });
});

describe('first run', () => {
  function firstRunFake() {
    let listener: ((details: { reason: string }) => void) | undefined;
    const api = {
      runtime: { onInstalled: { addListener: (l: typeof listener) => (listener = l) }, getURL: (p: string) => `moz-extension://uuid${p}` },
      tabs: { create: vi.fn(async () => ({})) },
    };
    registerFirstRun(api);
    return { api, fire: (reason: string) => listener!({ reason }) };
  }

  it('opens the welcome page on install', () => {
    const { api, fire } = firstRunFake();
    fire('install');
    expect(api.tabs.create).toHaveBeenCalledWith({ url: `moz-extension://uuid${ONBOARDING_PAGE}` });
  });

  it.each(['update', 'browser_update', 'shared_module_update'])('opens nothing on %s', (reason) => {
    const { api, fire } = firstRunFake();
    fire(reason);
    expect(api.tabs.create).not.toHaveBeenCalled();
  });
});
