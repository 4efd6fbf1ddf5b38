// The background's connection keeper on a real (fake-indexeddb) database: failed opens and seeds
// are retried, a blocked open answers with a message instead of hanging, a connection someone else
// needs is given up and reopened, and "Rebuild the knowledge base" reports progress.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { IanaPortAsset } from '../../../knowledge';
import { openPortLensDb, type DbEvents } from '../../../entrypoints/background/database';
import { createKnowledgeStore, isConnectionLost, KNOWLEDGE_MESSAGES } from '../../../entrypoints/background/knowledge-store';
import { routeMessage } from '../../../entrypoints/background/message-router';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';

const full = JSON.parse(readFileSync('assets/generated/iana-ports.json', 'utf8')) as IanaPortAsset;
/** The first 1,500 rows: enough for several seed batches, quick to write. */
const asset: IanaPortAsset = { ...full, hash: 'small-test-asset', rows: full.rows.slice(0, 1500) };

let n = 0;
function setup(overrides: { open?: (events: DbEvents) => Promise<Awaited<ReturnType<typeof openPortLensDb>>>; loadAsset?: () => Promise<IanaPortAsset> } = {}) {
  const name = `knowledge-store-test-${++n}`;
  const events: DbEvents[] = [];
  const open = vi.fn(overrides.open ?? ((e: DbEvents) => {
    events.push(e);
    return openPortLensDb(name, e);
  }));
  const loadAsset = vi.fn(overrides.loadAsset ?? (async () => asset));
  const store = createKnowledgeStore({ open, loadAsset, log: () => undefined });
  return { name, store, open, loadAsset, events };
}

const lookupSsh = async (store: ReturnType<typeof setup>['store']) => (await (await store.connection()).ports.lookup(22)).map((r) => r.names[0]);

describe('knowledge store', () => {
  it('opens once, seeds, and reports ready', async () => {
    const { store, open } = setup();
    expect(await lookupSsh(store)).toContain('ssh');
    await store.connection();
    expect(open).toHaveBeenCalledTimes(1);
    expect(store.health()).toEqual({ state: 'ready' });
  });

  it('retries a failed open on the next request, with a clear message meanwhile', async () => {
    const name = `knowledge-store-test-${++n}`;
    let calls = 0;
    const { store } = setup({ open: (e) => (++calls === 1 ? Promise.reject(new Error('UnknownError: disk I/O')) : openPortLensDb(name, e)) });
    await expect(store.connection()).rejects.toThrow(KNOWLEDGE_MESSAGES.openFailed('UnknownError: disk I/O'));
    expect(store.health()).toMatchObject({ state: 'failed', error: expect.stringMatching(/could not open its knowledge base/) });
    expect(await lookupSsh(store)).toContain('ssh');
    expect(calls).toBe(2);
  });

  it('retries a failed seed on the next lookup', async () => {
    let loads = 0;
    const { store } = setup({ loadAsset: async () => (++loads === 1 ? Promise.reject(new Error('HTTP 404')) : asset) });
    await expect(lookupSsh(store)).rejects.toThrow(/could not be loaded into the knowledge base \(HTTP 404\)/);
    await vi.waitFor(() => expect(store.health().state).toBe('failed'));
    expect(await lookupSsh(store)).toContain('ssh');
    expect(loads).toBe(2);
    expect(store.health()).toEqual({ state: 'ready' });
  });

  it('gives up its connection when another context deletes the database, then reopens and reseeds', async () => {
    const { name, store, open } = setup();
    expect(await lookupSsh(store)).toContain('ssh');
    // Without the blocking handler closing our connection, this delete would wait forever.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(store.health().state).toBe('closed');
    expect(await lookupSsh(store)).toContain('ssh');
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('answers with a message while an older connection blocks the upgrade, then opens', async () => {
    const name = `knowledge-store-test-${++n}`;
    // Version 1 of the schema, opened by "an older PortLens" that ignores versionchange events.
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const [store, keyPath] of [['meta', 'key'], ['ports', 'port'], ['ranges', 'id'], ['notes', 'key']]) db.createObjectStore(store, { keyPath });
      },
    });
    const { store } = setup({ open: (e) => openPortLensDb(name, e) });
    await expect(store.connection()).rejects.toThrow(KNOWLEDGE_MESSAGES.blocked);
    expect(store.health()).toMatchObject({ state: 'blocked', error: KNOWLEDGE_MESSAGES.blocked });
    await expect(store.connection()).rejects.toThrow(KNOWLEDGE_MESSAGES.blocked); // no hang, no second open
    old.close();
    await vi.waitFor(() => expect(store.health().state).not.toBe('blocked'));
    expect(await lookupSsh(store)).toContain('ssh');
  });

  it('opens a new connection after the browser terminated the old one', async () => {
    const { store, open, events } = setup();
    const first = await store.connection();
    events[0].terminated?.();
    const second = await store.connection();
    expect(second).not.toBe(first);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('rebuilds every row with progress, and keeps answering', async () => {
    const { store, loadAsset } = setup();
    const { db } = await store.connection();
    await lookupSsh(store);
    await db.clear('ports'); // a damaged table
    const seen: number[] = [];
    const watch = setInterval(() => {
      const p = store.health().progress;
      if (p) seen.push(p.done);
    }, 1);
    const rebuilt = store.rebuild();
    const answer = lookupSsh(store); // asked during the rebuild: waits for it
    const state = await rebuilt;
    clearInterval(watch);
    expect(state).toMatchObject({ done: true, assetHash: asset.hash, seededAt: expect.any(Number) });
    expect(await answer).toContain('ssh');
    expect(await db.count('ports')).toBe(new Set(asset.rows.map((r) => r[0])).size);
    expect(loadAsset).toHaveBeenCalledTimes(2);
    expect(seen.length).toBeGreaterThan(0);
    expect(store.health()).toEqual({ state: 'ready' });
  });
});

describe('requests on a connection closed under them', () => {
  it('are answered once more on a fresh connection', async () => {
    const closed = await openPortLensDb(`knowledge-store-test-${++n}`);
    closed.close();
    const fresh = await openPortLensDb(`knowledge-store-test-${++n}`);
    const deps = vi.fn<() => Promise<HandlerDeps>>()
      .mockResolvedValueOnce({ db: closed } as HandlerDeps)
      .mockResolvedValueOnce({ db: fresh } as HandlerDeps);
    expect(await routeMessage({ type: 'notes-list' }, 'extension-page', deps)).toEqual({ ok: true, value: [] });
    expect(deps).toHaveBeenCalledTimes(2);
  });

  it('are not retried for other errors', async () => {
    expect(isConnectionLost(new DOMException('x', 'InvalidStateError'))).toBe(true);
    expect(isConnectionLost(new Error('QuotaExceededError'))).toBe(false);
    const deps = vi.fn(async () => Promise.reject(new Error('PortLens could not open its knowledge base (disk full).')));
    expect(await routeMessage({ type: 'notes-list' }, 'extension-page', deps)).toEqual({ ok: false, error: 'PortLens could not open its knowledge base (disk full).' });
    expect(deps).toHaveBeenCalledTimes(1);
  });
});
