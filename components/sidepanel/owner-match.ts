// The owner and country filters of the event table: which owners a typed text means, and which of a
// store's interned addresses have such an owner (found once per distinct address, not per event).
import type { EventStore } from '../../knowledge';
import { COUNTRY_NAMES } from '../../knowledge/owners/countries';
import { kindText, type AddressOwner, type OwnerState } from './source-owners';

/**
 * "AS15169", "as 15169" or "15169" match that AS number; other text matches the AS name, the curated
 * network's name or the kind of network ("research scanner"), ignoring case.
 */
export function ownerMatches(owner: AddressOwner, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const asn = /^(?:as\s*)?(\d+)$/.exec(q);
  if (asn) return owner.asn === Number(asn[1]);
  return [owner.asName, owner.network, kindText(owner)].some((text) => text?.toLowerCase().includes(q));
}

/** A two-letter code matches that country; longer text matches the start of a country's name. */
export function countryMatches(owner: AddressOwner, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (!owner.country) return false;
  if (q.length === 2) return owner.country.toLowerCase() === q;
  return (COUNTRY_NAMES[owner.country] ?? '').toLowerCase().startsWith(q);
}

/** The pool ids of the store's addresses whose owner passes `test`; empty while owners are not known. */
export function addressIdsWhere(store: EventStore, owners: OwnerState, test: (owner: AddressOwner) => boolean): Set<number> {
  const ids = new Set<number>();
  if (owners.status !== 'ready') return ids;
  // Senders share owner objects: each distinct owner is tested once.
  const passes = new Map<AddressOwner, boolean>();
  store.pool.strings.forEach((s, id) => {
    const owner = owners.byAddress.get(s);
    if (!owner) return;
    let ok = passes.get(owner);
    if (ok === undefined) passes.set(owner, (ok = test(owner)));
    if (ok) ids.add(id);
  });
  return ids;
}
