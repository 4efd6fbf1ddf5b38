// Serves IANA port rows from IndexedDB, with a small in-memory cache so a woken service worker
// answers repeat lookups without touching the database.
import { rankByName, rangesContaining, type IanaPortRecord, type IanaPortSource } from '../../knowledge';
import type { PortLensDatabase } from './database';

/** Ports kept in memory; a page of firewall log rarely has more distinct ports than this. */
export const PORT_CACHE_SIZE = 1024;

/**
 * `ready` resolves once the rows are seeded; it is asked again on every uncached lookup, so a seed
 * that failed can be retried by the caller, and a failure is never kept in a cache here.
 */
export function createIdbIanaSource(db: PortLensDatabase, ready: () => Promise<unknown> = () => Promise.resolve()): IanaPortSource {
  const cache = new Map<number, IanaPortRecord[]>();
  let ranges: Promise<IanaPortRecord[]> | undefined;
  let everything: Promise<IanaPortRecord[]> | undefined;

  /** Keeps a loaded value, but forgets a failed load so the next call tries again. */
  const remember = <T>(load: () => Promise<T>, keep: (p: Promise<T> | undefined) => void): Promise<T> => {
    const p = load();
    keep(p);
    p.catch(() => keep(undefined));
    return p;
  };
  const loadRanges = () => ranges ?? remember(() => ready().then(() => db.getAll('ranges')), (p) => (ranges = p));

  return {
    async lookup(port) {
      const hit = cache.get(port);
      if (hit) {
        // refresh recency: Map keeps insertion order, so the oldest entry is first
        cache.delete(port);
        cache.set(port, hit);
        return hit;
      }
      await ready();
      const [group, allRanges] = await Promise.all([db.get('ports', port), loadRanges()]);
      const records = [...(group?.records ?? []), ...rangesContaining(allRanges, port)];
      cache.set(port, records);
      if (cache.size > PORT_CACHE_SIZE) cache.delete(cache.keys().next().value as number);
      return records;
    },
    async findByName(text, limit) {
      // Name search needs every row; load them once and keep them while the worker lives.
      const all = everything ?? remember(() => ready().then(async () => {
        const [groups, allRanges] = await Promise.all([db.getAll('ports'), loadRanges()]);
        return groups.flatMap((g) => g.records).concat(allRanges);
      }), (p) => (everything = p));
      return rankByName(await all, text, limit);
    },
  };
}
