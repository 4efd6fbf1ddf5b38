// The decoded owner tables with the lookups the knowledge functions need. Lookups are synchronous
// and allocation-light: a binary search in the AS table and one in the country table.
import type { OwnerDataInfo } from './types';
import type { DecodedOwnerAsset } from './owner-asset';
import { entryBounds, entryStart, findEntry, tableBytes, wordsOf, type AddressWords, type RangeTable } from './range-table';

/** The registration data for one address. */
export interface OwnerRecord<N extends number | bigint = bigint> {
  /** 1-based AS dictionary index; 0 when no source lists an AS. */
  asIndex: number;
  country: string | null;
  /** The block where both the AS and the country stay the same. */
  first: N;
  last: N;
}

export interface AsRangeCounts {
  v4: Uint32Array;
  v6: Uint32Array;
  /** IPv4 addresses per AS. */
  ipv4Addresses: Float64Array;
}

export class OwnerDatabase {
  private rangeCounts?: AsRangeCounts;
  private lowerNames?: string;
  private readonly names: (string | undefined)[] = [];

  constructor(readonly asset: DecodedOwnerAsset) {}

  get dataDate(): string {
    return this.asset.header.dataDate;
  }

  get autonomousSystems(): number {
    return this.asset.asNumbers.length;
  }

  /** IPv4 with plain numbers: the hot path when a log is full of addresses. */
  lookup4(value: number): OwnerRecord<number> {
    const words: AddressWords = [0, 0, 0, value];
    const { asn4, country4 } = this.asset;
    const a = findEntry(asn4, words);
    const c = findEntry(country4, words);
    const end = (t: RangeTable, i: number) => (i + 1 < t.hi.length ? t.hi[i + 1] - 1 : 0xffffffff);
    const countryIndex = country4.values[c];
    return {
      asIndex: asn4.values[a],
      country: countryIndex ? this.asset.countries[countryIndex - 1] : null,
      first: Math.max(asn4.hi[a], country4.hi[c]),
      last: Math.min(end(asn4, a), end(country4, c)),
    };
  }

  lookup(version: 4 | 6, value: bigint): OwnerRecord {
    const words = wordsOf(version, value);
    const asTable = version === 4 ? this.asset.asn4 : this.asset.asn6;
    const countryTable = version === 4 ? this.asset.country4 : this.asset.country6;
    const a = findEntry(asTable, words);
    const c = findEntry(countryTable, words);
    const [asFirst, asLast] = entryBounds(asTable, a);
    const [cFirst, cLast] = entryBounds(countryTable, c);
    const countryIndex = countryTable.values[c];
    return {
      asIndex: asTable.values[a],
      country: countryIndex ? this.asset.countries[countryIndex - 1] : null,
      first: asFirst > cFirst ? asFirst : cFirst,
      last: asLast < cLast ? asLast : cLast,
    };
  }

  asNumber(index: number): number {
    return this.asset.asNumbers[index - 1];
  }

  asName(index: number): string {
    // Kept once cut out: a log repeats the same ASes, and one string object keeps later map lookups cheap.
    let name = this.names[index];
    if (name === undefined) {
      const { nameText, nameStarts } = this.asset;
      const end = index < nameStarts.length ? nameStarts[index] - 1 : nameText.length;
      name = this.names[index] = nameText.slice(nameStarts[index - 1], end);
    }
    return name;
  }

  /** 1-based dictionary index of an AS number, or 0 when the data has no such AS. */
  indexOfAs(asn: number): number {
    const numbers = this.asset.asNumbers;
    let lo = 0;
    let hi = numbers.length - 1;
    while (lo <= hi) {
      const m = (lo + hi) >>> 1;
      if (numbers[m] === asn) return m + 1;
      if (numbers[m] < asn) lo = m + 1;
      else hi = m - 1;
    }
    return 0;
  }

  /** Indexes of the ASes whose name contains the lower-case text. */
  searchNames(lowerText: string): number[] {
    const lower = (this.lowerNames ??= this.asset.nameText.toLowerCase());
    const hits: number[] = [];
    const starts = this.asset.nameStarts;
    let at = lower.indexOf(lowerText);
    while (at >= 0) {
      // The name holding this offset: the last start not after it.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const m = (lo + hi + 1) >>> 1;
        if (starts[m] <= at) lo = m;
        else hi = m - 1;
      }
      hits.push(lo + 1);
      const nextName = lo + 1 < starts.length ? starts[lo + 1] : lower.length;
      at = lower.indexOf(lowerText, Math.max(at + 1, nextName));
    }
    return hits;
  }

  /** Blocks per AS (counted once, on first use). */
  asRangeCounts(): AsRangeCounts {
    if (this.rangeCounts) return this.rangeCounts;
    const size = this.asset.asNumbers.length + 1;
    const counts: AsRangeCounts = { v4: new Uint32Array(size), v6: new Uint32Array(size), ipv4Addresses: new Float64Array(size) };
    const { asn4, asn6 } = this.asset;
    for (let i = 0; i < asn4.values.length; i++) {
      const v = asn4.values[i];
      if (!v) continue;
      counts.v4[v]++;
      const next = i + 1 < asn4.hi.length ? asn4.hi[i + 1] : 2 ** 32;
      counts.ipv4Addresses[v] += next - asn4.hi[i];
    }
    for (let i = 0; i < asn6.values.length; i++) if (asn6.values[i]) counts.v6[asn6.values[i]]++;
    return (this.rangeCounts = counts);
  }

  /** Start addresses of every block of each given AS, in one pass over the tables. */
  blockStarts(indexes: ReadonlySet<number>): Map<number, { version: 4 | 6; value: bigint }[]> {
    const out = new Map<number, { version: 4 | 6; value: bigint }[]>([...indexes].map((i) => [i, []]));
    const collect = (table: RangeTable, version: 4 | 6) => {
      for (let i = 0; i < table.values.length; i++) out.get(table.values[i])?.push({ version, value: entryStart(table, i) });
    };
    collect(this.asset.asn4, 4);
    collect(this.asset.asn6, 6);
    return out;
  }

  info(): OwnerDataInfo {
    const { header, asn4, asn6, country4, country6, asNumbers, nameText, nameStarts } = this.asset;
    return {
      dataDate: header.dataDate,
      hash: header.hash,
      sources: header.sources,
      autonomousSystems: asNumbers.length,
      entries: { asn4: asn4.hi.length, asn6: asn6.hi.length, country4: country4.hi.length, country6: country6.hi.length },
      memoryBytes:
        [asn4, asn6, country4, country6].reduce((sum, t) => sum + tableBytes(t), 0) + asNumbers.byteLength + nameStarts.byteLength + nameText.length * 2,
    };
  }
}
