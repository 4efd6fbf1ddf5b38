import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IanaPortAsset } from '../../../knowledge';
import { openPortLensDb } from '../../../entrypoints/background/database';
import { createIdbIanaSource } from '../../../entrypoints/background/idb-iana-source';
import { readSeedState, seedKnowledge, SEED_BATCH_SIZE } from '../../../entrypoints/background/seed-knowledge';

const asset = JSON.parse(readFileSync('assets/generated/iana-ports.json', 'utf8')) as IanaPortAsset;
let dbCounter = 0;
const freshDb = () => openPortLensDb(`seed-test-${++dbCounter}`);
const distinctPorts = new Set(asset.rows.map((r) => r[0])).size;

describe('seeding the IANA table into IndexedDB', () => {
  it('loads every port group and marks the asset hash as done', async () => {
    const db = await freshDb();
    const state = await seedKnowledge(db, asset);
    expect(state).toMatchObject({ assetHash: asset.hash, done: true, nextIndex: distinctPorts, total: distinctPorts });
    expect(await db.count('ports')).toBe(distinctPorts);
    expect(await db.count('ranges')).toBe(asset.ranges.length);
  });

  it('is idempotent: a second run writes nothing and keeps the same content', async () => {
    const db = await freshDb();
    await seedKnowledge(db, asset);
    const before = await db.get('ports', 80);
    let progress = 0;
    await seedKnowledge(db, asset, { onProgress: () => progress++ });
    expect(progress).toBe(0);
    expect(await db.count('ports')).toBe(distinctPorts);
    expect(await db.get('ports', 80)).toEqual(before);
  });

  it('resumes after the worker was killed half-way, without losing or duplicating rows', async () => {
    const db = await freshDb();
    const partial = await seedKnowledge(db, asset, { maxBatches: 3 });
    expect(partial.done).toBe(false);
    expect(partial.nextIndex).toBe(3 * SEED_BATCH_SIZE);
    expect(await db.count('ports')).toBe(3 * SEED_BATCH_SIZE);
    // A new worker opens the same database and calls seed again.
    const reopened = await openPortLensDb(`seed-test-${dbCounter}`);
    const writes: number[] = [];
    const done = await seedKnowledge(reopened, asset, { onProgress: (n) => writes.push(n) });
    expect(done.done).toBe(true);
    expect(writes[0]).toBe(4 * SEED_BATCH_SIZE); // continued from batch 4, not from zero
    expect(await reopened.count('ports')).toBe(distinctPorts);
  });

  it('reseeds from scratch when the asset changes', async () => {
    const db = await freshDb();
    await seedKnowledge(db, asset);
    const changed: IanaPortAsset = { ...asset, hash: 'different', rows: asset.rows.filter((r) => r[0] !== 31337) };
    await seedKnowledge(db, changed);
    expect((await readSeedState(db))?.assetHash).toBe('different');
    expect(await db.get('ports', 31337)).toBeUndefined();
  });

  it('serves lookups and name searches from IndexedDB, with named ranges', async () => {
    const db = await freshDb();
    const seeded = seedKnowledge(db, asset);
    const source = createIdbIanaSource(db, () => seeded);
    const http = await source.lookup(80);
    expect(http.find((r) => r.protocol === 'tcp')?.names).toEqual(['http', 'www', 'www-http']);
    const x11 = await source.lookup(6010);
    expect(x11.some((r) => r.names.includes('x11') && r.range?.[1] === 6063)).toBe(true);
    expect((await source.findByName('ms-wbt-server', 5))[0]).toMatchObject({ port: 3389 });
    // cached: a second lookup returns the same array without a database read
    expect(await source.lookup(80)).toBe(http);
  });
});
