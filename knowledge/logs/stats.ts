// Summary numbers for a log analysis: top talkers, top destination ports, action and protocol counts,
// and a timeline of at most 60 buckets.
import type { LogEvent, LogStats } from './types';

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

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

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

function timeline(events: readonly LogEvent[]): LogStats['timeline'] {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    if (e.time === undefined || !Number.isFinite(e.time)) continue;
    if (e.time < min) min = e.time;
    if (e.time > max) max = e.time;
  }
  if (min === Infinity) return [];
  const size = chooseBucketSize(min, max);
  const first = Math.floor(min / size);
  const buckets = Array.from({ length: bucketCount(min, max, size) }, (_, i) => ({
    start: (first + i) * size,
    count: 0,
    denied: 0,
  }));
  for (const e of events) {
    if (e.time === undefined || !Number.isFinite(e.time)) continue;
    const b = buckets[Math.floor(e.time / size) - first];
    b.count++;
    if (e.action === 'deny') b.denied++;
  }
  return buckets;
}

/** Computes the stats of an analysis; `totalLines` counts every input line read. */
export function computeStats(events: readonly LogEvent[], totalLines: number): LogStats {
  const sources = new Map<string, number>();
  const ports = new Map<string, number>();
  const actions = new Map<string, number>();
  const protocols = new Map<string, number>();
  for (const e of events) {
    if (e.src) bump(sources, e.src);
    if (e.dstPort !== undefined) bump(ports, `${e.dstPort}/${e.protocol ?? ''}`);
    bump(actions, e.action ?? 'unknown');
    bump(protocols, e.protocol ?? 'unknown');
  }
  return {
    topSources: top(sources, TOP).map(([address, count]) => ({ address, count })),
    topDestinationPorts: top(ports, TOP).map(([key, count]) => {
      const [port, protocol] = key.split('/');
      return protocol ? { port: Number(port), protocol, count } : { port: Number(port), count };
    }),
    actions: Object.fromEntries(top(actions, Infinity)),
    protocols: Object.fromEntries(top(protocols, Infinity)),
    timeline: timeline(events),
    totalLines,
    parsedLines: events.length,
  };
}
