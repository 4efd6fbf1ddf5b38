// Owners for many addresses at once, e.g. every source and destination in a long log: each distinct
// address is looked up once.
import { ipOwnerWith } from './ip-owner';
import type { OwnerDatabase } from './owner-database';
import type { IpOwner } from './types';

/** A lookup that remembers its answers; use one per log, not for the worker's whole life. */
export function createOwnerMemo(db: OwnerDatabase): (address: string) => IpOwner | null {
  const seen = new Map<string, IpOwner | null>();
  return (address) => {
    let owner = seen.get(address);
    if (owner === undefined) {
      owner = ipOwnerWith(db, address);
      seen.set(address, owner);
    }
    return owner;
  };
}

/** The owner of each distinct address in the list (null for special-purpose addresses and junk). */
export function ownersFor(db: OwnerDatabase, addresses: Iterable<string>): Map<string, IpOwner | null> {
  const out = new Map<string, IpOwner | null>();
  for (const a of addresses) if (!out.has(a)) out.set(a, ipOwnerWith(db, a));
  return out;
}
