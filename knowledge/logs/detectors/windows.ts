// Grouping and time windows for the log detectors: single passes over Maps, nothing quadratic.
import type { LogEvent } from '../types';

/** Buckets items by key; items whose key is undefined are skipped. Keeps input order inside a bucket. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** True when every event carries a readable time. */
export function allTimed(events: readonly LogEvent[]): boolean {
  return events.every((e) => typeof e.time === 'number' && Number.isFinite(e.time));
}

/** Chronological when every event has a time, otherwise in line order. Returns a new array. */
export function inTimeOrder(events: readonly LogEvent[]): LogEvent[] {
  const copy = events.slice();
  if (allTimed(copy)) return copy.sort((a, b) => (a.time as number) - (b.time as number) || a.line - b.line);
  return copy.sort((a, b) => a.line - b.line);
}

export interface WindowPick {
  /** The events inside the chosen window, in time order. */
  events: LogEvent[];
  /** Distinct keys inside it. */
  distinct: number;
  /** First to last event of the window; undefined when the log carried no times. */
  spanMs?: number;
}

/**
 * The window of at most `windowMs` holding the most distinct keys, and among those the most
 * events (two pointers over the sorted events). When any event lacks a time, the window is the whole input. Count events rather than
 * distinct values by keying on the line number.
 */
export function densestWindow(
  events: readonly LogEvent[],
  windowMs: number,
  keyOf: (e: LogEvent) => string | number,
): WindowPick {
  const sorted = inTimeOrder(events);
  if (!allTimed(sorted)) return { events: sorted, distinct: new Set(sorted.map(keyOf)).size };
  const counts = new Map<string | number, number>();
  let lo = 0;
  let best = { lo: 0, hi: -1, distinct: 0 };
  for (let hi = 0; hi < sorted.length; hi++) {
    const k = keyOf(sorted[hi]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    while ((sorted[hi].time as number) - (sorted[lo].time as number) > windowMs) {
      const old = keyOf(sorted[lo]);
      const left = (counts.get(old) ?? 1) - 1;
      if (left) counts.set(old, left);
      else counts.delete(old);
      lo++;
    }
    const wider = counts.size === best.distinct && hi - lo > best.hi - best.lo;
    if (counts.size > best.distinct || wider) best = { lo, hi, distinct: counts.size };
  }
  const picked = sorted.slice(best.lo, best.hi + 1);
  const spanMs = picked.length ? (picked[picked.length - 1].time as number) - (picked[0].time as number) : undefined;
  return { events: picked, distinct: best.distinct, spanMs };
}

/** The most frequent value, or undefined for an empty input. Ties go to the value seen first. */
export function modeOf(values: Iterable<number>): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
