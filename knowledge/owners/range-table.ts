// Sorted, gap-free range tables with binary search. IPv4 keys are u32; IPv6 keys keep the upper 64
// bits as two u32 words, with the few starts that are not /64-aligned listed as exceptions
// (their low 64 bits as two words). Entry i runs from its start to the next entry's start - 1.

/** An address as four u32 words, most significant first (IPv4 uses the last word only). */
export type AddressWords = readonly [number, number, number, number];

export interface RangeTable {
  version: 4 | 6;
  /** IPv4: the start; IPv6: bits 127-96 of the start. */
  hi: Uint32Array;
  /** IPv6 only: bits 95-64 of the start (empty for IPv4). */
  mid: Uint32Array;
  /** IPv6 only: entry index → [bits 63-32, bits 31-0] for starts that are not /64-aligned. */
  low: Map<number, readonly [number, number]>;
  /** 0 = no data, else a 1-based index into the table's dictionary. */
  values: Uint32Array;
}

const ZERO_LOW: readonly [number, number] = [0, 0];

function compareLow(low: readonly [number, number], w2: number, w3: number): number {
  return low[0] - w2 || low[1] - w3;
}

/** Index of the entry holding the address (the last entry whose start is not above it). */
export function findEntry(table: RangeTable, a: AddressWords): number {
  const { hi, mid } = table;
  let lo = 0;
  let top = hi.length - 1;
  if (table.version === 4) {
    const key = a[3];
    while (lo < top) {
      const m = (lo + top + 1) >>> 1;
      if (hi[m] <= key) lo = m;
      else top = m - 1;
    }
    return lo;
  }
  const [a0, a1, a2, a3] = a;
  while (lo < top) {
    const m = (lo + top + 1) >>> 1;
    if (hi[m] < a0 || (hi[m] === a0 && mid[m] <= a1)) lo = m;
    else top = m - 1;
  }
  // Entries sharing the address's upper 64 bits differ in their low half: step back past later ones.
  while (lo > 0 && hi[lo] === a0 && mid[lo] === a1 && compareLow(table.low.get(lo) ?? ZERO_LOW, a2, a3) > 0) lo--;
  return lo;
}

/** The start of entry i as an unsigned integer. */
export function entryStart(table: RangeTable, i: number): bigint {
  if (table.version === 4) return BigInt(table.hi[i]);
  const [l2, l3] = table.low.get(i) ?? ZERO_LOW;
  return (BigInt(table.hi[i]) << 96n) | (BigInt(table.mid[i]) << 64n) | (BigInt(l2) << 32n) | BigInt(l3);
}

const TOP = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

/** First and last address of entry i. */
export function entryBounds(table: RangeTable, i: number): [bigint, bigint] {
  const last = i + 1 < table.hi.length ? entryStart(table, i + 1) - 1n : TOP[table.version];
  return [entryStart(table, i), last];
}

export function wordsOf(version: 4 | 6, value: bigint): AddressWords {
  if (version === 4) return [0, 0, 0, Number(value)];
  return [Number(value >> 96n), Number((value >> 64n) & 0xffffffffn), Number((value >> 32n) & 0xffffffffn), Number(value & 0xffffffffn)];
}

export function tableBytes(table: RangeTable): number {
  return table.hi.byteLength + table.mid.byteLength + table.values.byteLength + table.low.size * 16;
}
