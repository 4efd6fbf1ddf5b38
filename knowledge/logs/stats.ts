// Summary numbers for a log analysis: top talkers, top destination ports, action, protocol and format
// counts, and a timeline of at most 60 buckets. Counted straight from the store's columns by interned id.
import type { LogStats } from './types';
import type { EventStore } from './event-store';

const TOP = 10;
const MAX_BUCKETS = 60;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BUCKET_SIZES = [
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 365 * DAY,
];

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Puts `e` into `best` (at most `n` entries, in byCount order) when it belongs there. */
function offer(best: [string, number][], e: [string, number], n: number): void {
  if (best.length === n && byCount(e, best[n - 1]) >= 0) return;
  let i = best.length < n ? best.length : n - 1;
  while (i > 0 && byCount(e, best[i - 1]) < 0) {
    best[i] = best[i - 1];
    i--;
  }
  best[i] = e;
}

/**
 * Highest counts first; ties broken by key so the order is stable. For a short list of many entries
 * (top 10 of 60,000 sources) the leaders are picked in one pass instead of sorting them all.
 */
function top(entries: Iterable<[string, number]>, n: number): [string, number][] {
  if (n === Infinity) return [...entries].sort(byCount);
  const best: [string, number][] = [];
  for (const e of entries) offer(best, e, n);
  return best;
}

function bucketCount(min: number, max: number, size: number): number {
  return Math.floor(max / size) - Math.floor(min / size) + 1;
}

/** Smallest "round" bucket size that keeps the timeline within 60 buckets. */
export function chooseBucketSize(min: number, max: number): number {
  for (const size of BUCKET_SIZES) if (bucketCount(min, max, size) <= MAX_BUCKETS) return size;
  let size = Math.ceil((max - min + 1) / (MAX_BUCKETS - 1));
  while (bucketCount(min, max, size) > MAX_BUCKETS) size *= 2;
  return size;
}

function timeline(store: EventStore): LogStats['timeline'] {
  const times = store.column('time');
  const actions = store.column('action');
  const n = store.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (!Number.isFinite(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (min === Infinity) return [];
  const size = chooseBucketSize(min, max);
  const first = Math.floor(min / size);
  const buckets = Array.from({ length: bucketCount(min, max, size) }, (_, i) => ({ start: (first + i) * size, count: 0, denied: 0 }));
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (!Number.isFinite(t)) continue;
    const b = buckets[Math.floor(t / size) - first];
    b.count++;
    if (actions[i] === 2) b.denied++;
  }
  return buckets;
}

/** Rows per pooled id of a column, at index id + 1 (index 0 counts the rows without a value). */
function countIds(store: EventStore, name: 'src' | 'protocol' | 'format'): Int32Array {
  const col = store.column(name);
  const byId = new Int32Array(store.pool.size + 1);
  for (let i = 0; i < store.length; i++) byId[col[i] + 1]++;
  return byId;
}

/** Counts of a pooled column by value (id -1 counted under `missing`, when given). */
function countColumn(store: EventStore, name: 'protocol' | 'format', missing?: string): Map<string, number> {
  const byId = countIds(store, name);
  const out = new Map<string, number>();
  if (byId[0] && missing !== undefined) out.set(missing, byId[0]);
  for (let id = 0; id < store.pool.size; id++) {
    const n = byId[id + 1];
    if (!n) continue;
    const key = store.pool.get(id);
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

/**
 * The `n` commonest sources. Each pooled id is a distinct string, so the counts need no map; a source
 * counted less often than the last of the leaders so far is passed over without a look at its text.
 */
function topSources(store: EventStore, n: number): [string, number][] {
  const byId = countIds(store, 'src');
  const best: [string, number][] = [];
  for (let id = 0; id < store.pool.size; id++) {
    const count = byId[id + 1];
    if (count === 0 || (best.length === n && count < best[n - 1][1])) continue;
    offer(best, [store.pool.get(id), count], n);
  }
  return best;
}

export interface LineCounts {
  totalLines: number;
  blankLines: number;
  commentLines: number;
}

/** Counts per destination port of one protocol, and the ports seen, in the order first seen. */
interface PortCounts {
  perPort: Int32Array;
  seen: number[];
}

/**
 * The `n` commonest destination ports, as "port/protocol" keys. Per protocol, a count for each of the
 * 65,536 ports (no map lookup per event), and the ports seen listed as they first come, so only those
 * are looked at afterwards; a port counted less often than the last of the leaders gets no key text.
 */
function topPorts(store: EventStore, n: number): [string, number][] {
  const dstPort = store.column('dstPort');
  const protocol = store.column('protocol');
  const byProtocol = new Map<number, PortCounts>();
  let lastProtocol = -2;
  let now: PortCounts = { perPort: new Int32Array(0), seen: [] };
  for (let i = 0; i < store.length; i++) {
    const port = dstPort[i];
    if (port < 0) continue;
    if (protocol[i] !== lastProtocol) {
      lastProtocol = protocol[i];
      let found = byProtocol.get(lastProtocol);
      if (!found) byProtocol.set(lastProtocol, (found = { perPort: new Int32Array(65536), seen: [] }));
      now = found;
    }
    if (now.perPort[port]++ === 0) now.seen.push(port);
  }
  const best: [string, number][] = [];
  for (const [protoId, { perPort, seen }] of byProtocol) {
    const name = protoId < 0 ? '' : store.pool.get(protoId);
    for (const port of seen) {
      const count = perPort[port];
      if (best.length === n && count < best[n - 1][1]) continue;
      offer(best, [`${port}/${name}`, count], n);
    }
  }
  return best;
}

/** The stats of an analysis; `counts.totalLines` is every input line read. */
export function computeStats(store: EventStore, counts: LineCounts): LogStats {
  const actionCol = store.column('action');
  const actionCounts = [0, 0, 0];
  for (let i = 0; i < store.length; i++) actionCounts[actionCol[i]]++;
  const actions = new Map<string, number>();
  ['unknown', 'allow', 'deny'].forEach((name, i) => actionCounts[i] && actions.set(name, actionCounts[i]));
  return {
    topSources: topSources(store, TOP).map(([address, count]) => ({ address, count })),
    topDestinationPorts: topPorts(store, TOP).map(([key, count]) => {
      const [port, proto] = key.split('/');
      return proto ? { port: Number(port), protocol: proto, count } : { port: Number(port), count };
    }),
    actions: Object.fromEntries(top(actions.entries(), Infinity)),
    protocols: Object.fromEntries(top(countColumn(store, 'protocol', 'unknown').entries(), Infinity)),
    formats: Object.fromEntries(top(countColumn(store, 'format').entries(), Infinity)),
    timeline: timeline(store),
    totalLines: counts.totalLines,
    parsedLines: store.length,
    blankLines: counts.blankLines,
    commentLines: counts.commentLines,
  };
}
