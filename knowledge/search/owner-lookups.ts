// What the owner data adds to a search, and how its answers join the results. `search` answers at
// once from the port, address and ICMP tables; who holds an address or an AS needs the owner data,
// which may take a moment to load (or be unavailable). So the caller shows the search outcome first,
// asks these questions alongside, and joins the answers as they come:
// - a public address (or an IPv6 address carrying one) asks for its owner;
// - a public CIDR block asks for the owner of its first address: when the block reaches past that
//   registration, the owner's note says how many blocks and ASes it spans (see block-span.ts);
// - "AS15169" asks the AS directory for that number, a name of 3+ letters ("hetzner") for names
//   in which it starts a word. AS results follow the search's own results, never reorder them.
import { MIN_AS_NAME_QUERY, nameHasWordStarting } from '../owners/as-name-match';
import { mayHaveOwner } from '../owners/owner-scope';
import { specialAsn } from '../owners/special-asns';
import type { AsDirectoryEntry, AsLookupAnswer } from '../owners/types';
import type { SearchResult } from '../types';
import type { ParsedQuery } from './parse-query';
import type { SearchOutcome } from './search';

/** One AS from the owner data, as a result the popup lists. */
export interface AsResult {
  kind: 'as';
  score: number;
  /** "AS15169 — Google LLC" */
  label: string;
  entry: AsDirectoryEntry;
  dataDate: string;
}

export type LookupResult = SearchResult | AsResult;

export interface AsQuestion {
  /** What to send to the AS directory ("AS15169" or the name text). */
  query: string;
  limit: number;
  byName: boolean;
}

/** Most AS names listed for a word: more is a phone book, not an answer. */
export const AS_NAME_RESULTS = 8;
/** Asked for more than shown, since names where the text sits inside a word are dropped. */
const AS_NAME_ASKED = 20;

const MESSAGES = {
  notInData: (asn: number, dataDate: string) =>
    `AS${asn} holds no addresses in the owner data of ${dataDate}: it may be unassigned, or announce no routes.`,
  asUnavailable: 'Owner data unavailable, so AS numbers cannot be looked up right now. Ports, addresses and ICMP still work.',
};

/** The AS directory question a query raises, if any. */
export function asQuestionFor(query: ParsedQuery): AsQuestion | null {
  if (query.kind === 'as-number') return { query: `AS${query.asn}`, limit: 1, byName: false };
  if (query.kind === 'words' && query.text.length >= MIN_AS_NAME_QUERY && /\p{L}/u.test(query.text)) {
    return { query: query.text, limit: AS_NAME_ASKED, byName: true };
  }
  return null;
}

/** The address or block whose owner a result can show; null for special-purpose ones and other kinds. */
export function ownerQuestionFor(result: LookupResult): string | null {
  if (result.kind === 'address') return mayHaveOwner(result.classification) ? result.classification.address : null;
  if (result.kind === 'cidr') return mayHaveOwner(result.cidr.classification) ? result.cidr.network : null;
  return null;
}

function asResults(question: AsQuestion, entries: readonly AsDirectoryEntry[], dataDate: string): AsResult[] {
  const needle = question.query.toLowerCase();
  const shown = question.byName ? entries.filter((e) => nameHasWordStarting(e.name, needle)).slice(0, AS_NAME_RESULTS) : entries;
  return shown.map((entry) => ({ kind: 'as', score: question.byName ? 60 : 100, label: `AS${entry.asn} — ${entry.name}`, entry, dataDate }));
}

export interface JoinedLookup {
  results: LookupResult[];
  /** Shown when nothing is listed: the search's message, or what is known about an AS number. */
  message?: string;
  /** The AS directory has not answered yet and there is nothing else to show. */
  waiting: boolean;
  /** Why AS names went unsearched (the owner data is unavailable); the other results stand. */
  namesUnsearched?: string;
}

/**
 * The search's results followed by the AS directory's answer to `question` (undefined: not in yet).
 * A result list never changes order when a later answer arrives: AS results are appended.
 */
export function joinAsAnswer(outcome: SearchOutcome, question: AsQuestion | null, answer: AsLookupAnswer | undefined): JoinedLookup {
  const own = outcome.results;
  if (!question) return { results: own, message: outcome.message, waiting: false };
  if (!answer) return { results: own, waiting: own.length === 0 };
  const asn = outcome.query.kind === 'as-number' ? outcome.query.asn : null;
  if (!answer.available) {
    const message = own.length ? undefined : asn !== null && !specialAsn(asn) ? MESSAGES.asUnavailable : outcome.message;
    return { results: own, message, waiting: false, ...(question.byName ? { namesUnsearched: answer.reason } : {}) };
  }
  const results: LookupResult[] = [...own, ...asResults(question, answer.entries, answer.dataDate)];
  if (results.length) return { results, waiting: false };
  const message = asn !== null && !specialAsn(asn) ? MESSAGES.notInData(asn, answer.dataDate) : outcome.message;
  return { results, message, waiting: false };
}
