// Loads the compiled IANA asset into IndexedDB. Idempotent (keyed by the asset's hash) and
// resumable: each batch and the progress marker commit in one transaction, so a service worker
// killed half-way continues from the last committed batch on its next start.
import { decodeIanaAsset, type IanaPortAsset } from '../../knowledge';
import type { PortLensDatabase, SeedState } from './database';

/** Port groups written per transaction: small enough to commit often, big enough to be quick. */
export const SEED_BATCH_SIZE = 500;

export interface SeedOptions {
  /** Stop after this many batches (used by tests to simulate a worker killed mid-seed). */
  maxBatches?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function readSeedState(db: PortLensDatabase): Promise<SeedState | undefined> {
  return db.get('meta', 'seed');
}

/** Forgets the seed, so the next seedKnowledge rewrites every row ("Rebuild the knowledge base"). */
export async function forgetSeed(db: PortLensDatabase): Promise<void> {
  await db.delete('meta', 'seed');
}

export async function seedKnowledge(db: PortLensDatabase, asset: IanaPortAsset, options: SeedOptions = {}): Promise<SeedState> {
  const started = Date.now();
  const { groups, ranges } = decodeIanaAsset(asset);
  let state = await readSeedState(db);
  if (state?.assetHash === asset.hash && state.done) return state;

  if (!state || state.assetHash !== asset.hash) {
    // New or changed asset: start over in one transaction, so a reader never sees a mix.
    const tx = db.transaction(['meta', 'ports', 'ranges'], 'readwrite');
    await tx.objectStore('ports').clear();
    await tx.objectStore('ranges').clear();
    for (const [id, r] of ranges.entries()) await tx.objectStore('ranges').put({ ...r, id });
    state = { key: 'seed', assetHash: asset.hash, nextIndex: 0, total: groups.length, done: false };
    await tx.objectStore('meta').put(state);
    await tx.done;
  }

  let batches = 0;
  while (state.nextIndex < groups.length) {
    if (options.maxBatches !== undefined && batches >= options.maxBatches) return state;
    const end = Math.min(state.nextIndex + SEED_BATCH_SIZE, groups.length);
    const tx = db.transaction(['meta', 'ports'], 'readwrite');
    const ports = tx.objectStore('ports');
    for (let i = state.nextIndex; i < end; i++) void ports.put(groups[i]);
    const next: SeedState = { ...state, nextIndex: end, done: end === groups.length };
    if (next.done) Object.assign(next, { seedMs: Date.now() - started, seededAt: Date.now() });
    void tx.objectStore('meta').put(next);
    await tx.done;
    state = next;
    batches++;
    options.onProgress?.(end, groups.length);
  }
  return state;
}
