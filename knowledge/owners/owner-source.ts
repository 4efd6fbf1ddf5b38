// Where the owner knowledge gets its tables from. Like IanaPortSource for ports: plain Node reads the
// copy bundled with the knowledge base, the background reads the file shipped in the extension.
// A source loads once; callers arriving while it loads share that one load. When the data cannot
// be had (missing, damaged), every answer says so instead of throwing.
import { asLookupWith, DEFAULT_AS_RESULTS } from './as-directory';
import { ipOwnerWith } from './ip-owner';
import { decodeOwnerAsset } from './owner-asset';
import { OwnerDatabase } from './owner-database';
import type { AsLookupAnswer, OwnerAnswer, OwnerDataInfo } from './types';
import { inflateGzip } from './web-platform';

export interface OwnerSource {
  /** The decoded tables. Rejects, with the reason, when the data cannot be loaded. */
  database(): Promise<OwnerDatabase>;
}

/** Inflates and decodes the gzip-compressed asset written by scripts/build-owner-asset.mjs. */
export async function loadOwnerDatabase(gzipBytes: Uint8Array): Promise<OwnerDatabase> {
  return new OwnerDatabase(decodeOwnerAsset(await inflateGzip(gzipBytes)));
}

/** A source over any way of getting the tables; the first call starts the one load, later ones share it. */
export function createOwnerSourceFrom(load: () => Promise<OwnerDatabase>): OwnerSource {
  let loading: Promise<OwnerDatabase> | undefined;
  return {
    database: () => (loading ??= Promise.resolve().then(load)),
  };
}

/** A source over a loader of the compressed asset. */
export function createOwnerSource(loadGzipBytes: () => Promise<Uint8Array>): OwnerSource {
  return createOwnerSourceFrom(() => loadGzipBytes().then(loadOwnerDatabase));
}

export const UNAVAILABLE = 'owner data unavailable';

/** "owner data unavailable: <why>" for a failed load. */
export function reasonOf(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${UNAVAILABLE}: ${detail.replace(/^owner data:\s*/, '')}`;
}

/** The knowledge functions over one source, answering "unavailable" instead of throwing. */
export function createOwnerKnowledge(source: OwnerSource) {
  return {
    async ipOwner(address: string): Promise<OwnerAnswer> {
      try {
        return { available: true, owner: ipOwnerWith(await source.database(), address) };
      } catch (error) {
        return { available: false, reason: reasonOf(error) };
      }
    },
    async asLookup(query: string, limit = DEFAULT_AS_RESULTS): Promise<AsLookupAnswer> {
      try {
        const db = await source.database();
        return { available: true, query: query.trim(), entries: asLookupWith(db, query, limit), dataDate: db.dataDate };
      } catch (error) {
        return { available: false, reason: reasonOf(error) };
      }
    },
    async dataInfo(): Promise<OwnerDataInfo | { unavailable: string }> {
      try {
        return (await source.database()).info();
      } catch (error) {
        return { unavailable: reasonOf(error) };
      }
    },
  };
}
