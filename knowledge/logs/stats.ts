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

/** Highest counts first; ties broken by key so the order is stable. */
function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
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

/** Counts of a pooled column by value (id -1 counted under `missing`, when given). */
function countColumn(store: EventStore, name: 'src' | 'protocol' | 'format', missing?: string): Map<string, number> {
  const col = store.column(name);
  const byId = new Map<number, number>();
  for (let i = 0; i < store.length; i++) byId.set(col[i], (byId.get(col[i]) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [id, n] of byId) {
    const key = id < 0 ? missing : store.pool.get(id);
    if (key !== undefined) out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

export interface LineCounts {
  totalLines: number;
  blankLines: number;
  commentLines: number;
}

/** The stats of an analysis; `counts.totalLines` is every input line read. */
export function computeStats(store: EventStore, counts: LineCounts): LogStats {
  const ports = new Map<string, number>();
  const dstPort = store.column('dstPort');
  const protocol = store.column('protocol');
  const byPort = new Map<number, number>();
  for (let i = 0; i < store.length; i++) {
    if (dstPort[i] < 0) continue;
    const key = dstPort[i] * 2 ** 24 + (protocol[i] + 1);
    byPort.set(key, (byPort.get(key) ?? 0) + 1);
  }
  for (const [key, n] of byPort) {
    const protoId = (key % 2 ** 24) - 1;
    ports.set(`${Math.floor(key / 2 ** 24)}/${protoId < 0 ? '' : store.pool.get(protoId)}`, n);
  }
  const actionCol = store.column('action');
  const actions = new Map<string, number>();
  const actionNames = ['unknown', 'allow', 'deny'];
  for (let i = 0; i < store.length; i++) actions.set(actionNames[actionCol[i]], (actions.get(actionNames[actionCol[i]]) ?? 0) + 1);
  return {
    topSources: top(countColumn(store, 'src'), TOP).map(([address, count]) => ({ address, count })),
    topDestinationPorts: top(ports, TOP).map(([key, count]) => {
      const [port, proto] = key.split('/');
      return proto ? { port: Number(port), protocol: proto, count } : { port: Number(port), count };
    }),
    actions: Object.fromEntries(top(actions, Infinity)),
    protocols: Object.fromEntries(top(countColumn(store, 'protocol', 'unknown'), Infinity)),
    formats: Object.fromEntries(top(countColumn(store, 'format'), Infinity)),
    timeline: timeline(store),
    totalLines: counts.totalLines,
    parsedLines: store.length,
    blankLines: counts.blankLines,
    commentLines: counts.commentLines,
  };
}
