// Renders the real options page over the real background: every deps call goes through
// routeMessage (validation, handlers, notes store, knowledge keeper) on fake-indexeddb.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import type { IanaPortAsset } from '../../../knowledge';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { readDataCatalogue } from '../../../components/options/data-catalogue';
import type { OptionsDeps } from '../../../components/options/options-deps';
import { openPortLensDb } from '../../../entrypoints/background/database';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { createKnowledgeStore } from '../../../entrypoints/background/knowledge-store';
import { createPackagedOwnerSource } from '../../../entrypoints/background/packaged-owner-source';
import { routeMessage } from '../../../entrypoints/background/message-router';
import type { Payload, RequestType, ResponseOf } from '../../../messaging/protocol';
import { listUserSites, removeUserSite, type UserSitesApi } from '../../../messaging/user-sites';
import { describeDefaultSites } from '../../../components/onboarding/default-sites';
import { pageSettingsStore } from '../../../components/options/page-settings';
import { ROUTER_MATCHES } from '../../../entrypoints/content/activation-matches';

export { cleanup, fireEvent, waitFor };

const full = JSON.parse(readFileSync('assets/generated/iana-ports.json', 'utf8')) as IanaPortAsset;
/** Enough rows for a few seed batches; quick to write. */
export const SMALL_ASSET: IanaPortAsset = { ...full, hash: 'options-test-asset', rows: full.rows.slice(0, 1200) };

let n = 0;

export function backgroundFor(asset: IanaPortAsset = SMALL_ASSET) {
  const name = `options-test-${++n}`;
  const knowledge = createKnowledgeStore({ open: (events) => openPortLensDb(name, events), loadAsset: async () => asset, log: () => undefined });
  // The options page never asks who owns an address: an owner table that is not there is enough.
  const owners = createPackagedOwnerSource({ url: 'absent', hash: 'absent', fetchFile: async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }) });
  const getDeps = async (): Promise<HandlerDeps> => {
    const { db, ports } = await knowledge.connection();
    return { db, ports, knowledge, owners };
  };
  async function send<T extends RequestType>(type: T, payload: Payload<T>): Promise<ResponseOf<T>> {
    const reply = await routeMessage({ type, ...payload }, 'extension-page', getDeps);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as ResponseOf<T>;
  }
  return { send, knowledge };
}

/** storage.local, permissions and registered scripts, as the browser keeps them. */
export function fakeSitesBrowser() {
  const local: Record<string, unknown> = {};
  const granted = new Set<string>();
  const scripts = new Map<string, string[]>();
  const api: UserSitesApi = {
    storage: { local: { get: async (key) => (key in local ? { [key]: local[key] } : {}), set: async (items) => void Object.assign(local, items) } },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      request: async ({ origins }) => (origins.forEach((o) => granted.add(o)), true),
      remove: async ({ origins }) => (origins.forEach((o) => granted.delete(o)), true),
    },
    scripting: {
      registerContentScripts: async (list) => void list.forEach((x) => scripts.set(x.id, x.matches)),
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
    },
  };
  return { api, local, granted, scripts };
}

export function optionsDeps(send: ReturnType<typeof backgroundFor>['send'], overrides: Partial<OptionsDeps> = {}, sitesBrowser = fakeSitesBrowser()) {
  const saved: { fileName: string; text: string }[] = [];
  const deps: OptionsDeps = {
    notes: {
      list: () => send('notes-list', {}),
      save: (key, text) => send('note-set', { key, text }),
      exportAll: () => send('notes-export', {}),
      previewImport: (json) => send('notes-import-preview', { json }),
      importAll: (json) => send('notes-import', { json }),
    },
    settings: pageSettingsStore(sitesBrowser.api.storage.local),
    sites: { list: () => listUserSites(sitesBrowser.api), remove: (origin) => removeUserSite(sitesBrowser.api, origin) },
    defaultSites: describeDefaultSites(ROUTER_MATCHES),
    knowledge: { status: () => send('knowledge-status', {}), rebuild: () => send('knowledge-rebuild', {}) },
    loadCatalogue: async () => readDataCatalogue(JSON.parse(readFileSync('assets/generated/data-catalogue.json', 'utf8'))),
    saveFile: vi.fn((fileName: string, text: string) => void saved.push({ fileName, text })),
    extensionVersion: '9.8.7',
    loadShortcuts: async () => [{ description: 'Annotate this page with PortLens', shortcut: 'Alt+Shift+P' }],
    urls: { icon: 'icon.png', welcome: 'welcome.html', demo: 'demo.html' },
    ...overrides,
  };
  return { deps, saved };
}

export function renderOptions(deps: OptionsDeps) {
  return render(<OptionsApp deps={deps} formatDate={(ms) => new Date(ms).toISOString().slice(0, 10)} />);
}

/** A file as the file picker gives it. */
export function pickFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

export const bodyText = () => document.body.textContent ?? '';
export const button = (name: string | RegExp) =>
  [...document.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name || b.getAttribute('aria-label') === name : name.test(b.textContent ?? '') || name.test(b.getAttribute('aria-label') ?? '')))!;
