// The background keeps the decoded owner tables in IndexedDB: the first start reads the shipped
// file and stores them; later starts read them back, and answer exactly the same. A stale, damaged
// or failing cache falls back to the file.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createOwnerKnowledge } from '../../../knowledge';
import { createIdbOwnerTableCache } from '../../../entrypoints/background/owner-table-cache';
import { createPackagedOwnerSource } from '../../../entrypoints/background/packaged-owner-source';

const gz = readFileSync('assets/generated/ip-owners.bin.gz');
const { hash } = JSON.parse(readFileSync('assets/generated/ip-owners.meta.json', 'utf8')) as { hash: string };
const ADDRESSES = ['8.8.8.8', '162.142.125.10', '2a01:4f8::1', '62.34.17.168', '::ffff:1.1.1.1', '10.0.0.1', '2001:4860:4860::8888'];
let counter = 0;

function source(cacheName: string, fileHash = hash, onCacheError?: (e: unknown) => void) {
  let fetches = 0;
  const s = createPackagedOwnerSource({
    url: 'chrome-extension://test/data/ip-owners.bin.gz',
    hash: fileHash,
    cache: createIdbOwnerTableCache(cacheName),
    fetchFile: async () => {
      fetches++;
      return { ok: true, status: 200, arrayBuffer: async () => gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.length) };
    },
    onCacheError,
  });
  return { s, fetches: () => fetches };
}

async function stored(cacheName: string) {
  const cache = createIdbOwnerTableCache(cacheName);
  for (let i = 0; i < 100; i++) {
    if (await cache.read(hash)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const answers = (s: ReturnType<typeof source>['s']) => Promise.all(ADDRESSES.map((a) => createOwnerKnowledge(s).ipOwner(a)));

describe('owner tables kept in IndexedDB', () => {
  it('reads the file once, then serves later starts from IndexedDB with identical answers', async () => {
    const name = `owner-cache-${++counter}`;
    const first = source(name);
    const fromFile = await answers(first.s);
    expect(first.s.lastLoad()?.from).toBe('file');
    expect(await stored(name)).toBe(true);
    const restarted = source(name);
    expect(await answers(restarted.s)).toEqual(fromFile);
    expect(restarted.s.lastLoad()?.from).toBe('indexeddb');
    expect(restarted.fetches()).toBe(0);
  });

  it('ignores a copy from another build, and a damaged copy', async () => {
    const name = `owner-cache-${++counter}`;
    await answers(source(name).s);
    expect(await stored(name)).toBe(true);
    const newBuild = source(name, 'another-hash');
    await answers(newBuild.s);
    expect(newBuild.s.lastLoad()?.from).toBe('file');

    const db = await openDB(name, 1);
    await db.put('tables', { hash, asset: { header: { format: 1, hash, dataDate: '2026-06-17' }, asn4: 'garbage' } }, 'owners');
    db.close();
    const damaged = source(name);
    expect((await answers(damaged.s))[0]).toMatchObject({ available: true, owner: { asn: 15169 } });
    expect(damaged.s.lastLoad()?.from).toBe('file');
  });

  it('still answers from the file when IndexedDB itself fails', async () => {
    const errors: unknown[] = [];
    const broken = createPackagedOwnerSource({
      url: 'x',
      hash,
      cache: { read: async () => Promise.reject(new Error('quota')), write: async () => Promise.reject(new Error('quota')) },
      fetchFile: async () => ({ ok: true, status: 200, arrayBuffer: async () => gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.length) }),
      onCacheError: (e) => errors.push(e),
    });
    expect(await createOwnerKnowledge(broken).ipOwner('8.8.8.8')).toMatchObject({ available: true, owner: { asn: 15169 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.length).toBe(2);
  });
});
