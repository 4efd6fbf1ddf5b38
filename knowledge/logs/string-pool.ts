// Interned strings: every distinct value is kept once and known by a small number, so 100,000 events
// that name the same address share one string, and detectors can key maps on numbers.
import { plainIpv4Value } from './parsers/lib/normalize';

/** Below this load (entries / slots) the address table stays; above it, it doubles. */
const MAX_LOAD = 0.5;

/**
 * Ids of IPv4 addresses by their 32-bit value, in an open-addressing table of typed arrays: in a big log
 * most distinct strings are source addresses, and hashing a number beats hashing and comparing text.
 */
class AddressIds {
  /** Slot s is entries [2s, 2s + 1]: the value (as int32) and id + 1, side by side for one cache line; id + 1 = 0 is empty. */
  private slots = new Int32Array(2048);
  private count = 0;
  /** 32 - log2(slots): the hash is the top bits of a multiplication, which depend on every bit of the value. */
  private shift = 22;

  /** Index of the value's entry, or of the empty one where it would go. */
  private entryOf(value: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const v = value | 0;
    let slot = Math.imul(value, 0x9e3779b1) >>> this.shift;
    while (slots[2 * slot + 1] !== 0 && slots[2 * slot] !== v) slot = (slot + 1) & mask;
    return 2 * slot;
  }

  /** The id of `value`, or -1. */
  find(value: number): number {
    return this.slots[this.entryOf(value) + 1] - 1;
  }

  add(value: number, id: number): void {
    if (this.count + 1 > (this.slots.length >> 1) * MAX_LOAD) this.widen();
    const at = this.entryOf(value);
    this.slots[at] = value | 0;
    this.slots[at + 1] = id + 1;
    this.count++;
  }

  private widen(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const to = this.entryOf(old[at] >>> 0);
      this.slots[to] = old[at];
      this.slots[to + 1] = old[at + 1];
    }
  }
}

export class StringPool {
  private readonly ids = new Map<string, number>();
  private readonly addresses = new AddressIds();
  readonly strings: string[] = [];

  /** The id of `value`, adding it when new. */
  idOf(value: string): number {
    const v4 = plainIpv4Value(value);
    let id = v4 >= 0 ? this.addresses.find(v4) : this.ids.get(value);
    if (id === undefined || id < 0) {
      id = this.strings.length;
      this.strings.push(value);
      if (v4 >= 0) this.addresses.add(v4, id);
      else this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never added. */
  find(value: string): number {
    const v4 = plainIpv4Value(value);
    return v4 >= 0 ? this.addresses.find(v4) : (this.ids.get(value) ?? -1);
  }

  get(id: number): string {
    return this.strings[id];
  }

  get size(): number {
    return this.strings.length;
  }
}

/**
 * A pool for one column that remembers the last value: logs repeat the same protocol, interface or
 * rule line after line, and an equality test is cheaper than a map lookup.
 */
export class ColumnInterner {
  private last: string | undefined;
  private lastId = -1;

  constructor(private readonly pool: StringPool) {}

  idOf(value: string | undefined): number {
    if (value === undefined) return -1;
    if (value === this.last) return this.lastId;
    this.last = value;
    this.lastId = this.pool.idOf(value);
    return this.lastId;
  }
}
