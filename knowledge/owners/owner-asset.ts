// Reads the owner asset written by scripts/build-owner-asset.mjs (after gzip is undone):
//   "PLOW" | u32 LE header length | header JSON | sections
// Sections are varint streams: AS numbers (deltas), table keys (deltas), table values, IPv6 low
// halves (exceptions); plus the AS names as "\n"-joined UTF-8 and the country codes as ASCII pairs.
// Any inconsistency throws OwnerAssetError, so a damaged file never answers wrongly.
import type { RangeTable } from './range-table';
import { decodeUtf8 } from './web-platform';

export class OwnerAssetError extends Error {
  override name = 'OwnerAssetError';
}

export interface OwnerAssetHeader {
  format: 1;
  dataDate: string;
  hash: string;
  sources: { name: string; version: string; licence: string }[];
  counts: Record<string, number>;
  sections: Record<string, [number, number]>;
}

export interface DecodedOwnerAsset {
  header: OwnerAssetHeader;
  /** Sorted AS numbers; a table value v > 0 means asNumbers[v - 1]. */
  asNumbers: Uint32Array;
  /** All AS names in asNumbers order, joined by "\n"; nameStarts[i] is where name i begins. */
  nameText: string;
  nameStarts: Uint32Array;
  /** Sorted ISO codes; a country value v > 0 means countries[v - 1]. */
  countries: string[];
  asn4: RangeTable;
  asn6: RangeTable;
  country4: RangeTable;
  country6: RangeTable;
}

const MAGIC = 'PLOW';
type TableName = 'asn4' | 'asn6' | 'country4' | 'country6';

/** Reads unsigned LEB128 varints; numbers up to 2^53, or 64-bit ones as two u32 words. */
class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array, private readonly label: string) {}

  private byte(): number {
    if (this.pos >= this.bytes.length) throw new OwnerAssetError(`owner data: section ${this.label} ends early`);
    return this.bytes[this.pos++];
  }

  number(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 56) throw new OwnerAssetError(`owner data: varint too long in ${this.label}`);
    }
  }

  /** A 64-bit varint as [high word, low word]. */
  words(): [number, number] {
    let hi = 0;
    let lo = 0;
    for (let shift = 0; ; shift += 7) {
      if (shift > 63) throw new OwnerAssetError(`owner data: varint too long in ${this.label}`);
      const b = this.byte();
      const chunk = b & 0x7f;
      if (shift < 28) lo += chunk * 2 ** shift;
      else if (shift === 28) {
        lo += (chunk & 0xf) * 2 ** 28;
        hi += chunk >>> 4;
      } else hi += chunk * 2 ** (shift - 32);
      if (b < 0x80) return [hi, lo];
    }
  }

  done(): void {
    if (this.pos !== this.bytes.length) throw new OwnerAssetError(`owner data: section ${this.label} has ${this.bytes.length - this.pos} stray bytes`);
  }
}

function readHeader(bytes: Uint8Array): { header: OwnerAssetHeader; bodyStart: number } {
  if (bytes.length < 8 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== MAGIC) {
    throw new OwnerAssetError('owner data: not a PortLens owner asset');
  }
  const length = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
  if (length <= 0 || 8 + length > bytes.length) throw new OwnerAssetError('owner data: header is cut short');
  let header: OwnerAssetHeader;
  try {
    header = JSON.parse(decodeUtf8(bytes.subarray(8, 8 + length))) as OwnerAssetHeader;
  } catch {
    throw new OwnerAssetError('owner data: header is not readable');
  }
  if (header?.format !== 1) throw new OwnerAssetError(`owner data: unsupported format ${String(header?.format)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(header.dataDate) || typeof header.sections !== 'object' || typeof header.counts !== 'object') {
    throw new OwnerAssetError('owner data: header is incomplete');
  }
  return { header, bodyStart: 8 + length };
}

function section(bytes: Uint8Array, header: OwnerAssetHeader, bodyStart: number, name: string): Uint8Array {
  const place = header.sections[name];
  if (!Array.isArray(place)) throw new OwnerAssetError(`owner data: section ${name} is missing`);
  const [offset, length] = place;
  const start = bodyStart + offset;
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || start + length > bytes.length) {
    throw new OwnerAssetError(`owner data: section ${name} lies outside the file`);
  }
  return bytes.subarray(start, start + length);
}

function count(header: OwnerAssetHeader, name: string): number {
  const n = header.counts[name] ?? 0;
  if (!Number.isInteger(n) || n < 0) throw new OwnerAssetError(`owner data: bad count for ${name}`);
  return n;
}

function decodeTable(read: (name: string) => Uint8Array, header: OwnerAssetHeader, name: TableName, maxValue: number): RangeTable {
  const version = name.endsWith('6') ? 6 : 4;
  const n = count(header, name);
  if (n === 0) throw new OwnerAssetError(`owner data: table ${name} is empty`);
  const hi = new Uint32Array(n);
  const mid = new Uint32Array(version === 6 ? n : 0);
  const values = new Uint32Array(n);
  const keys = new VarintReader(read(`${name}.keys`), `${name}.keys`);
  let h = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (version === 4) {
      h += keys.number();
      if (h > 0xffffffff) throw new OwnerAssetError(`owner data: ${name} key out of range`);
      hi[i] = h;
      continue;
    }
    const [dh, dl] = keys.words();
    m += dl;
    h += dh;
    if (m > 0xffffffff) {
      m -= 2 ** 32;
      h += 1;
    }
    if (h > 0xffffffff) throw new OwnerAssetError(`owner data: ${name} key out of range`);
    hi[i] = h;
    mid[i] = m;
  }
  keys.done();
  if (hi[0] !== 0 || (version === 6 && mid[0] !== 0)) throw new OwnerAssetError(`owner data: ${name} does not start at the first address`);
  const valueReader = new VarintReader(read(`${name}.values`), `${name}.values`);
  for (let i = 0; i < n; i++) {
    const v = valueReader.number();
    if (v > maxValue) throw new OwnerAssetError(`owner data: ${name} value ${v} has no dictionary entry`);
    values[i] = v;
  }
  valueReader.done();
  const low = new Map<number, readonly [number, number]>();
  if (version === 6) {
    const reader = new VarintReader(read(`${name}.low`), `${name}.low`);
    let index = 0;
    for (let e = count(header, `${name}.exceptions`); e > 0; e--) {
      index += reader.number();
      if (index >= n) throw new OwnerAssetError(`owner data: ${name} exception outside the table`);
      low.set(index, [reader.number(), reader.number()]);
    }
    reader.done();
  }
  return { version, hi, mid, low, values };
}

/** Decodes the inflated asset. Throws OwnerAssetError when anything is missing or inconsistent. */
export function decodeOwnerAsset(bytes: Uint8Array): DecodedOwnerAsset {
  const { header, bodyStart } = readHeader(bytes);
  const read = (name: string) => section(bytes, header, bodyStart, name);

  const asCount = count(header, 'asNumbers');
  const asNumbers = new Uint32Array(asCount);
  const asReader = new VarintReader(read('asNumbers'), 'asNumbers');
  for (let i = 0, n = 0; i < asCount; i++) asNumbers[i] = n += asReader.number();
  asReader.done();

  const nameText = decodeUtf8(read('asNames'));
  const nameStarts = new Uint32Array(asCount);
  for (let i = 1, at = 0; i < asCount; i++) {
    at = nameText.indexOf('\n', at) + 1;
    if (at === 0) throw new OwnerAssetError('owner data: fewer AS names than AS numbers');
    nameStarts[i] = at;
  }
  if (asCount > 0 && nameText.indexOf('\n', nameStarts[asCount - 1]) >= 0) throw new OwnerAssetError('owner data: more AS names than AS numbers');

  const countryText = decodeUtf8(read('countries'));
  if (countryText.length !== count(header, 'countries') * 2 || !/^([A-Z]{2})*$/.test(countryText)) {
    throw new OwnerAssetError('owner data: country list is damaged');
  }
  const countries = countryText.match(/../g) ?? [];

  return {
    header,
    asNumbers,
    nameText,
    nameStarts,
    countries,
    asn4: decodeTable(read, header, 'asn4', asCount),
    asn6: decodeTable(read, header, 'asn6', asCount),
    country4: decodeTable(read, header, 'country4', countries.length),
    country6: decodeTable(read, header, 'country6', countries.length),
  };
}

const isTable = (t: unknown, version: 4 | 6): t is RangeTable => {
  const table = t as RangeTable | undefined;
  return (
    table?.version === version &&
    table.hi instanceof Uint32Array &&
    table.mid instanceof Uint32Array &&
    table.values instanceof Uint32Array &&
    table.low instanceof Map &&
    table.hi.length > 0 &&
    table.values.length === table.hi.length &&
    table.mid.length === (version === 6 ? table.hi.length : 0)
  );
};

/** Checks the shape of decoded tables kept elsewhere (IndexedDB) before they are trusted. */
export function isDecodedOwnerAsset(value: unknown): value is DecodedOwnerAsset {
  const a = value as DecodedOwnerAsset | undefined;
  return (
    a?.header?.format === 1 &&
    typeof a.header.hash === 'string' &&
    typeof a.header.dataDate === 'string' &&
    a.asNumbers instanceof Uint32Array &&
    a.nameStarts instanceof Uint32Array &&
    a.nameStarts.length === a.asNumbers.length &&
    typeof a.nameText === 'string' &&
    Array.isArray(a.countries) &&
    isTable(a.asn4, 4) &&
    isTable(a.asn6, 6) &&
    isTable(a.country4, 4) &&
    isTable(a.country6, 6)
  );
}
