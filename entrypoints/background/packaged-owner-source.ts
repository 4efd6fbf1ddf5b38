// Serves owner lookups in the background. Measured in Chromium (bench/owner-browser-bench.ts, README
// "Who owns an address"): reading the decoded tables back from IndexedDB after a restart takes a
// fraction of inflating and decoding the shipped file, so the worker does that once per build and
// keeps the result in IndexedDB; every later start reads it from there.
import { createOwnerSourceFrom, loadOwnerDatabase, OwnerDatabase, type OwnerSource } from '../../knowledge';
import { OWNER_ASSET_PATH } from '../../messaging/extension-paths';
import type { OwnerTableCache } from './owner-table-cache';

export { OWNER_ASSET_PATH };

export interface OwnerLoadReport {
  ms: number;
  from: 'indexeddb' | 'file';
  /** Whether the decoded tables are in IndexedDB for the next start (known once the write ends). */
  stored?: boolean;
}

export interface TimedOwnerSource extends OwnerSource {
  /** How the one load went, once it finished. */
  lastLoad(): OwnerLoadReport | undefined;
}

type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface PackagedOwnerSourceOptions {
  /** The shipped file's URL. */
  url: string;
  /** The hash of this build's tables (assets/generated/ip-owners.meta.json). */
  hash: string;
  cache?: OwnerTableCache;
  fetchFile?: FetchLike;
  onCacheError?: (error: unknown) => void;
}

export function createPackagedOwnerSource({ url, hash, cache, fetchFile = (u) => fetch(u), onCacheError = () => undefined }: PackagedOwnerSourceOptions): TimedOwnerSource {
  let report: OwnerLoadReport | undefined;
  const done = (started: number, from: OwnerLoadReport['from']) =>
    (report = { ms: Math.round((performance.now() - started) * 10) / 10, from, stored: from === 'indexeddb' ? true : undefined });

  const source = createOwnerSourceFrom(async () => {
    const started = performance.now();
    const stored = await cache?.read(hash).catch((error) => void onCacheError(error));
    if (stored) {
      done(started, 'indexeddb');
      return new OwnerDatabase(stored);
    }
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`the extension's ${OWNER_ASSET_PATH} answered ${response.status}`);
    const db = await loadOwnerDatabase(new Uint8Array(await response.arrayBuffer()));
    done(started, 'file');
    // Stored for the next start; the answer does not wait for it.
    if (cache) {
      void cache.write(db.asset).then(
        () => report && (report.stored = true),
        (error) => {
          if (report) report.stored = false;
          onCacheError(error);
        },
      );
    }
    return db;
  });
  return { database: () => source.database(), lastLoad: () => report };
}
