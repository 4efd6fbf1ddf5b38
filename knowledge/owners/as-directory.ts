// The AS directory: "AS15169", "as15169", "15169" or part of a name ("hetzner") lists what the
// bundled data and the curated list know: name, registration country, kind and how many blocks.
import { KNOWN_NETWORKS, judgeNetwork, networkByAsn } from './known-networks';
import type { OwnerDatabase } from './owner-database';
import type { AsDirectoryEntry } from './types';

/** Shortest name fragment searched: one or two letters match thousands of names. */
export const MIN_AS_NAME_QUERY = 3;
export const DEFAULT_AS_RESULTS = 20;

const AS_NUMBER = /^(?:as\s*)?(\d{1,10})$/i;

/** Where most of each AS's blocks are registered, for a handful of ASes in one pass. */
function registrationCountries(db: OwnerDatabase, indexes: readonly number[]): Map<number, string | null> {
  const tally = new Map<number, Map<string, number>>(indexes.map((i) => [i, new Map()]));
  for (const [index, starts] of db.blockStarts(new Set(indexes))) {
    for (const start of starts) {
      const country = db.lookup(start.version, start.value).country;
      if (!country) continue;
      const counts = tally.get(index) as Map<string, number>;
      counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  const out = new Map<number, string | null>();
  for (const [index, counts] of tally) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, n] of counts) if (n > bestCount || (n === bestCount && best !== null && country < best)) [best, bestCount] = [country, n];
    out.set(index, best);
  }
  return out;
}

function entryFor(db: OwnerDatabase, index: number, country: string | null): AsDirectoryEntry {
  const asn = db.asNumber(index);
  const name = db.asName(index);
  const counts = db.asRangeCounts();
  return {
    asn,
    name,
    country,
    ...judgeNetwork(networkByAsn(asn), name),
    ranges: { v4: counts.v4[index], v6: counts.v6[index] },
    ipv4Addresses: counts.ipv4Addresses[index],
  };
}

/** ASes matching the query, best first: an exact number, or curated names, then names by size. */
export function asLookupWith(db: OwnerDatabase, query: string, limit = DEFAULT_AS_RESULTS): AsDirectoryEntry[] {
  if (typeof query !== 'string') return [];
  const text = query.trim();
  const number = AS_NUMBER.exec(text);
  let indexes: number[];
  if (number) {
    const index = db.indexOfAs(Number(number[1]));
    indexes = index ? [index] : [];
  } else {
    const needle = text.toLowerCase();
    if (needle.length < MIN_AS_NAME_QUERY) return [];
    const curated = KNOWN_NETWORKS.filter((n) => n.name.toLowerCase().includes(needle))
      .flatMap((n) => n.asns ?? [])
      .map((asn) => db.indexOfAs(asn))
      .filter((i) => i > 0);
    const counts = db.asRangeCounts();
    const byName = db.searchNames(needle).sort((a, b) => counts.ipv4Addresses[b] - counts.ipv4Addresses[a] || counts.v6[b] - counts.v6[a]);
    indexes = [...new Set([...curated, ...byName])];
  }
  const top = indexes.slice(0, Math.max(0, limit));
  const countries = registrationCountries(db, top);
  return top.map((index) => entryFor(db, index, countries.get(index) ?? null));
}
