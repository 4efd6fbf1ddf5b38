// Says "home" or "mobile" only when the AS name makes it plain; otherwise it says nothing. Curated
// entries (known-networks) win over these rules. Words are matched whole, case-insensitively.
import type { NetworkKind } from './types';

/**
 * Names that describe a consumer access network. Deliberately narrow: "fiber" (also dark-fibre
 * wholesalers), "wireless" (fixed or mobile?), "home" and "residential" (mortgage lenders, estate
 * managers) are left out because they mislead too often.
 */
const RESIDENTIAL = /\b(broadband|[avx]?dsl|ftth|catv|cable ?tv|cable (television|communications|one))\b/i;
const MOBILE = /\b(mobile|cellular|mobile telecommunications?)\b/i;

/** Verdicts per name: a log repeats the same few ASes, and the data has at most ~91,000 names. */
const verdicts = new Map<string, NetworkKind | null>();

export function kindFromAsName(name: string | null | undefined): NetworkKind | undefined {
  if (!name) return undefined;
  let kind = verdicts.get(name);
  if (kind === undefined) {
    kind = MOBILE.test(name) ? 'mobile' : RESIDENTIAL.test(name) ? 'residential' : null;
    verdicts.set(name, kind);
  }
  return kind ?? undefined;
}
