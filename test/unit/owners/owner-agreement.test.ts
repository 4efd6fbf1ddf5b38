// The compiled owner table agrees exactly with a plain lookup over the CSVs it was built from:
// thousands of random IPv4 and IPv6 addresses, and both edges (and just past them) of sampled rows.
import ipaddr from 'ipaddr.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledOwnerSource, classifyAddress, ipOwnerWith, type OwnerDatabase } from '../../../knowledge';
import { plainLookup, readCsv, type CsvRow } from './csv-reference';

const TOP = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const next = random(20260617);
const randomBits = (bits: number): bigint => {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(next() * 65536));
  return v & ((1n << BigInt(bits)) - 1n);
};
const between = (first: bigint, last: bigint): bigint => first + (randomBits(128) % (last - first + 1n));

function text(version: 4 | 6, v: bigint): string {
  if (version === 4) return [24n, 16n, 8n, 0n].map((s) => Number((v >> s) & 0xffn)).join('.');
  return Array.from({ length: 8 }, (_, i) => ((v >> BigInt((7 - i) * 16)) & 0xffffn).toString(16)).join(':');
}
function valueOf(address: string): bigint {
  return ipaddr.parse(address).toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

let db: OwnerDatabase;
const rows: Record<string, CsvRow[]> = {};
beforeAll(async () => {
  db = await bundledOwnerSource().database();
  for (const v of [4, 6] as const) {
    rows[`asn${v}`] = readCsv('asn', v);
    rows[`country${v}`] = readCsv('asn-country', v);
  }
}, 60_000);

/** Embedded-IPv4 prefixes answer for the address inside them; they are checked in owner-api.test.ts. */
function answersForItself(version: 4 | 6, v: bigint): boolean {
  const c = classifyAddress(text(version, v));
  return c !== null && c.scope === 'public';
}

function check(version: 4 | 6, v: bigint): 'checked' | 'special' {
  const address = text(version, v);
  const owner = ipOwnerWith(db, address);
  if (!answersForItself(version, v)) {
    if (classifyAddress(address)?.embedded.some((e) => e.ipv4)) return 'special';
    expect(owner, address).toBeNull();
    return 'special';
  }
  const as = plainLookup(rows[`asn${version}`], v, TOP[version]);
  const country = plainLookup(rows[`country${version}`], v, TOP[version]);
  expect(owner, address).not.toBeNull();
  expect({ asn: owner?.asn, asName: owner?.asName, country: owner?.country }, address).toEqual({
    asn: as.row ? Number(as.row.value) : null,
    asName: as.row ? as.row.name : null,
    country: country.row ? country.row.value : null,
  });
  const first = as.first > country.first ? as.first : country.first;
  const last = as.last < country.last ? as.last : country.last;
  expect([valueOf(owner!.range.first), valueOf(owner!.range.last)], address).toEqual([first, last]);
  return 'checked';
}

describe('owner table against the CSVs', () => {
  it('agrees for 4,000 random IPv4 addresses', () => {
    let checked = 0;
    for (let i = 0; i < 4000; i++) if (check(4, randomBits(32)) === 'checked') checked++;
    expect(checked).toBeGreaterThan(3000);
  });

  it('agrees for 3,000 random IPv6 addresses, in rows and anywhere in 2000::/3', () => {
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const table = rows[i % 2 ? 'asn6' : 'country6'];
      const v = i % 3 === 0 ? (0x2n << 124n) | randomBits(125) : (() => { const r = table[Math.floor(next() * table.length)]; return between(r.start, r.end); })();
      if (check(6, v) === 'checked') checked++;
    }
    expect(checked).toBeGreaterThan(2500);
  });

  it('agrees at both edges of sampled rows and one address past each edge', () => {
    for (const name of ['asn4', 'asn6', 'country4', 'country6']) {
      const version = name.endsWith('6') ? 6 : 4;
      const list = rows[name];
      for (let i = 0; i < 400; i++) {
        const r = list[Math.floor(next() * list.length)];
        for (const v of [r.start, r.end, r.start - 1n, r.end + 1n]) if (v >= 0n && v <= TOP[version]) check(version, v);
      }
    }
  });

  it('agrees at every IPv6 row edge that is not /64-aligned (the exception list)', () => {
    const low = (1n << 64n) - 1n;
    const odd = rows.asn6.filter((r) => (r.start & low) !== 0n || ((r.end + 1n) & low) !== 0n);
    expect(odd.length).toBeGreaterThan(100);
    for (const r of odd) for (const v of [r.start - 1n, r.start, r.end, r.end + 1n]) check(6, v);
  });

  it('agrees on the one pair of overlapping rows (the later row wins from its start)', () => {
    const list = rows.asn4;
    const overlap = list.findIndex((r, i) => i + 1 < list.length && list[i + 1].start <= r.end);
    expect(overlap).toBeGreaterThanOrEqual(0);
    const [a, b] = [list[overlap], list[overlap + 1]];
    for (const v of [b.start - 1n, b.start, a.end, b.end]) check(4, v);
    expect(ipOwnerWith(db, text(4, b.start))?.asn).toBe(Number(b.value));
  });

  it('holds the rows the research note counted (June 2026 build)', () => {
    expect(rows.asn4.length).toBeGreaterThan(300_000);
    expect(db.autonomousSystems).toBe(new Set([...rows.asn4, ...rows.asn6].map((r) => r.value)).size);
  });
});
