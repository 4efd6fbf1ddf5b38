// The AS directory: "AS15169", "as15169", "15169" or part of a name ("hetzner") lists what the
// bundled data and the curated list know: name, registration country, kind and how many blocks.
import { MIN_AS_NAME_QUERY, nameHasWordStarting } from './as-name-match';
import { KNOWN_NETWORKS, judgeNetwork, networkByAsn } from './known-networks';
import type { OwnerDatabase } from './owner-database';
import type { AsDirectoryEntry } from './types';

export { MIN_AS_NAME_QUERY };
export const DEFAULT_AS_RESULTS = 20;

const AS_NUMBER = /^(?:as\s*)?(\d{1,10})$/i;

/** Registration countries already worked out, per loaded database: the popup asks again on every keystroke. */
const countryMemo = new WeakMap<OwnerDatabase, Map<number, string | null>>();

/** Where most of each AS's blocks are registered, for a handful of ASes in one pass over the tables. */
function registrationCountries(db: OwnerDatabase, indexes: readonly number[]): Map<number, string | null> {
  let memo = countryMemo.get(db);
  if (!memo) countryMemo.set(db, (memo = new Map()));
  const missing = indexes.filter((i) => !memo.has(i));
  const tally = new Map<number, Map<string, number>>(missing.map((i) => [i, new Map()]));
  if (missing.length) {
    for (const [index, starts] of db.blockStarts(new Set(missing))) {
      for (const start of starts) {
        const country = db.lookup(start.version, start.value).country;
        if (!country) continue;
        const counts = tally.get(index) as Map<string, number>;
        counts.set(country, (counts.get(country) ?? 0) + 1);
      }
    }
  }
  for (const [index, counts] of tally) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, n] of counts) if (n > bestCount || (n === bestCount && best !== null && country < best)) [best, bestCount] = [country, n];
    memo.set(index, best);
  }
  return new Map(indexes.map((i) => [i, memo.get(i) ?? null]));
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

/** ASes matching the query, best first: an exact number, or curated names, then names (word starts first) by size. */
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
    // Names where the text starts a word come first ("SSH Communications" before "Nissho"), then by size.
    const hits = db.searchNames(needle);
    const midWord = new Set(hits.filter((i) => !nameHasWordStarting(db.asName(i), needle)));
    const byName = hits.sort(
      (a, b) => Number(midWord.has(a)) - Number(midWord.has(b)) || counts.ipv4Addresses[b] - counts.ipv4Addresses[a] || counts.v6[b] - counts.v6[a],
    );
    indexes = [...new Set([...curated, ...byName])];
  }
  const top = indexes.slice(0, Math.max(0, limit));
  const countries = registrationCountries(db, top);
  return top.map((index) => entryFor(db, index, countries.get(index) ?? null));
}
