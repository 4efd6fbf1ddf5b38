// Grouping and time windows for the log detectors. Detectors keep store rows (numbers), not events, while
// the log streams past; these helpers work on those rows through the store's columns.
import type { EventStore } from '../event-store';

/** Buckets items by key; items whose key is undefined are skipped. Keeps input order inside a bucket. */
export function groupBy<T, K = string>(items: Iterable<T>, keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Rows collected under one key, with the distinct values of a second key counted on the way. */
export interface RowGroup {
  rows: number[];
  distinct: Set<number | string> | undefined;
}

/** Rows collected per key. Keys should be small integers or short strings: they are looked up once per event. */
export class RowGroups<K> {
  readonly groups = new Map<K, RowGroup>();

  add(key: K, row: number, distinctValue?: number | string): void {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { rows: [], distinct: undefined }));
    group.rows.push(row);
    if (distinctValue !== undefined) (group.distinct ??= new Set()).add(distinctValue);
  }

  /** Every key's rows. */
  *lists(): IterableIterator<number[]> {
    for (const group of this.groups.values()) yield group.rows;
  }

  /** Every key with its rows. */
  *entries(): IterableIterator<[K, number[]]> {
    for (const [key, group] of this.groups) yield [key, group.rows];
  }

  /** Distinct second-key values seen for a key (0 when none were given). */
  distinctCount(key: K): number {
    return this.groups.get(key)?.distinct?.size ?? 0;
  }
}

/** Rows collected per pair of small integers (interned ids, ports), as maps of maps so keys stay small. */
export class PairGroups {
  readonly groups = new Map<number, Map<number, RowGroup>>();

  add(a: number, b: number, row: number, distinctValue?: number): void {
    let inner = this.groups.get(a);
    if (!inner) this.groups.set(a, (inner = new Map()));
    let group = inner.get(b);
    if (!group) inner.set(b, (group = { rows: [], distinct: undefined }));
    group.rows.push(row);
    if (distinctValue !== undefined) (group.distinct ??= new Set()).add(distinctValue);
  }

  /** Every pair's group. */
  *values(): IterableIterator<RowGroup> {
    for (const inner of this.groups.values()) yield* inner.values();
  }
}

/** A number that stands for the pair (a, b) of interned ids or ports (each below 2^26). */
export function pairKey(a: number, b: number): number {
  return a * 67_108_864 + b;
}

/** True when every row carries a readable time. */
export function allTimed(store: EventStore, rows: readonly number[]): boolean {
  for (const r of rows) if (store.timeAt(r) === undefined) return false;
  return true;
}

/** Chronological when every row has a time, otherwise in line order. Returns a new array. */
export function inTimeOrder(store: EventStore, rows: readonly number[]): number[] {
  const copy = rows.slice();
  if (allTimed(store, copy)) return copy.sort((a, b) => (store.timeAt(a) as number) - (store.timeAt(b) as number) || a - b);
  return copy.sort((a, b) => a - b);
}

export interface WindowPick {
  /** The rows inside the chosen window, in time order. */
  rows: number[];
  /** Distinct keys inside it. */
  distinct: number;
  /** First to last event of the window; undefined when the log carried no times. */
  spanMs?: number;
}

/**
 * The window of at most `windowMs` holding the most distinct keys, and among those the most events
 * (two pointers over the sorted rows). When any row lacks a time, the window is the whole input.
 * Count events rather than distinct values by keying on the row.
 */
export function densestWindow(store: EventStore, rows: readonly number[], windowMs: number, keyOf: (row: number) => string | number): WindowPick {
  const sorted = inTimeOrder(store, rows);
  if (!allTimed(store, sorted)) return { rows: sorted, distinct: new Set(sorted.map(keyOf)).size };
  const keys = sorted.map(keyOf);
  const times = sorted.map((r) => store.timeAt(r) as number);
  const counts = new Map<string | number, number>();
  let lo = 0;
  let best = { lo: 0, hi: -1, distinct: 0 };
  for (let hi = 0; hi < sorted.length; hi++) {
    counts.set(keys[hi], (counts.get(keys[hi]) ?? 0) + 1);
    while (times[hi] - times[lo] > windowMs) {
      const left = (counts.get(keys[lo]) ?? 1) - 1;
      if (left) counts.set(keys[lo], left);
      else counts.delete(keys[lo]);
      lo++;
    }
    const wider = counts.size === best.distinct && hi - lo > best.hi - best.lo;
    if (counts.size > best.distinct || wider) best = { lo, hi, distinct: counts.size };
  }
  const picked = sorted.slice(best.lo, best.hi + 1);
  const spanMs = picked.length ? times[best.hi] - times[best.lo] : undefined;
  return { rows: picked, distinct: best.distinct, spanMs };
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
