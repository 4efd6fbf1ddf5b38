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
  distinct: Set<number> | undefined;
}

/** Decides which gate ids (dense numbers, usually interned sources) RowGroups keeps rows of. */
export interface Gate {
  count(id: number): void;
  passes(id: number): boolean;
}

/**
 * Counts rows per dense id (an interned source address, say), so RowGroups can leave out the ids seen
 * too rarely to ever reach a detector's threshold. In a big log most sources show up once or twice;
 * with a gate they cost a counter each instead of a group. A counter stops at the threshold, so it fits
 * in a byte or two: a dozen detectors count every source of a 100,000-line log at random places, and
 * small counters keep that in the processor's cache.
 */
export class RowGate implements Gate {
  private counts: Uint8Array | Uint16Array | Int32Array;

  constructor(readonly minRows: number) {
    this.counts = this.counters(1024);
  }

  private counters(n: number): Uint8Array | Uint16Array | Int32Array {
    return this.minRows <= 0xff ? new Uint8Array(n) : this.minRows <= 0xffff ? new Uint16Array(n) : new Int32Array(n);
  }

  count(id: number): void {
    let counts = this.counts;
    if (id >= counts.length) {
      const wider = this.counters(Math.max(id + 1, counts.length * 2));
      wider.set(counts);
      this.counts = counts = wider;
    }
    if (counts[id] < this.minRows) counts[id]++;
  }

  passes(id: number): boolean {
    return id < this.counts.length && this.counts[id] >= this.minRows;
  }
}

/** Lets through the ids the detector marked (a source that did the one telling thing), however few their rows. */
export class MarkGate implements Gate {
  private readonly marked = new Set<number>();

  mark(id: number): void {
    this.marked.add(id);
  }

  count(): void {}

  passes(id: number): boolean {
    return this.marked.has(id);
  }
}

/** Room for this many rows when the first comes; the lists double when full. */
const FIRST_ROWS = 256;

/** A copy of `list` with room for `capacity` entries, the new tail set to `empty`. */
function widened<T extends Int32Array | Float64Array>(list: T, capacity: number, empty: number): T {
  const wider = new (list.constructor as new (n: number) => T)(capacity);
  wider.set(list);
  if (empty !== 0) wider.fill(empty, list.length);
  return wider;
}

/**
 * Rows collected per key while the log streams past. Adding only appends to flat typed lists (no
 * object, no garbage per row); the groups are built when first read (in a detector's finish), skipping
 * rows whose gate id did not pass the gate. Distinct values must be non-negative integers (ports, port
 * keys, interned ids); -1 means none.
 */
export class RowGroups<K> {
  private count = 0;
  private rowList = new Int32Array(0);
  /** Keys that are numbers live in a typed list; any other keys (strings) in an array. */
  private numberKeys = new Float64Array(0);
  private otherKeys: K[] = [];
  /** Index i is row i's distinct value or gate id (-1: none); each list starts with the first one given. */
  private values: Int32Array | undefined;
  private gateIds: Int32Array | undefined;
  private built: Map<K, RowGroup> | undefined;

  constructor(private readonly gate?: Gate) {}

  private grow(): void {
    const capacity = Math.max(FIRST_ROWS, this.rowList.length * 2);
    this.rowList = widened(this.rowList, capacity, 0);
    this.numberKeys = widened(this.numberKeys, capacity, 0);
    if (this.values) this.values = widened(this.values, capacity, -1);
    if (this.gateIds) this.gateIds = widened(this.gateIds, capacity, -1);
  }

  /** Files `row` under `key`; with a gate, `gateId` (a dense id) is counted and must pass it. */
  add(key: K, row: number, distinctValue = -1, gateId = -1): void {
    if (this.count === this.rowList.length) this.grow();
    const i = this.count++;
    this.rowList[i] = row;
    if (typeof key === 'number') this.numberKeys[i] = key;
    else this.otherKeys[i] = key;
    if (distinctValue >= 0) (this.values ??= new Int32Array(this.rowList.length).fill(-1))[i] = distinctValue;
    if (gateId >= 0) {
      (this.gateIds ??= new Int32Array(this.rowList.length).fill(-1))[i] = gateId;
      if (this.gate) this.gate.count(gateId);
    }
    this.built = undefined;
  }

  private groups(): Map<K, RowGroup> {
    if (this.built) return this.built;
    const groups = new Map<K, RowGroup>();
    const { gate, rowList, numberKeys, otherKeys, values, gateIds } = this;
    for (let i = 0; i < this.count; i++) {
      if (gate && gateIds && gateIds[i] >= 0 && !gate.passes(gateIds[i])) continue;
      const key = i < otherKeys.length && otherKeys[i] !== undefined ? otherKeys[i] : (numberKeys[i] as K);
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = { rows: [], distinct: undefined }));
      g.rows.push(rowList[i]);
      const v = values ? values[i] : -1;
      if (v >= 0) (g.distinct ??= new Set()).add(v);
    }
    this.built = groups;
    return groups;
  }

  /** Keys with at least one row kept. */
  get size(): number {
    return this.groups().size;
  }

  /** The rows of one group. */
  rowsOf(key: K): number[] {
    return this.groups().get(key)?.rows ?? [];
  }

  /** Every key's rows. */
  *lists(): IterableIterator<number[]> {
    for (const g of this.groups().values()) yield g.rows;
  }

  /** Every key with its rows. */
  *entries(): IterableIterator<[K, number[]]> {
    for (const [key, g] of this.groups()) yield [key, g.rows];
  }

  /** The distinct second-key values seen for a key. */
  distinctValues(key: K): Set<number> {
    return this.groups().get(key)?.distinct ?? new Set();
  }

  /** Distinct second-key values seen for a key (0 when none were given). */
  distinctCount(key: K): number {
    return this.groups().get(key)?.distinct?.size ?? 0;
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
