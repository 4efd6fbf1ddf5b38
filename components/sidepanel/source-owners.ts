// Who owns the addresses of a log, as the side panel holds it: the owners of the distinct source
// addresses (and finding actors), asked once per analysis, and how an owner reads in a cell, a finding
// and a chart. Events repeat their senders a lot, so owners are kept per address, never per event.
import type { EventStore, Finding, NetworkKind } from '../../knowledge';
import { describeCountry } from '../../knowledge/owners/countries';
import { NETWORK_KINDS } from '../../knowledge/owners/network-kinds';

/** What the panel needs of an owner: the AS, the registration country and the kind of network. */
export interface AddressOwner {
  asn: number | null;
  asName: string | null;
  /** ISO 3166-1 alpha-2 of the registrant; null when unknown. */
  country: string | null;
  kind?: NetworkKind;
  /** The curated network behind `kind` ("Censys"), when one matched. */
  network?: string;
}

/**
 * The owners of a list of addresses, compactly: each distinct owner once, and for the i-th address
 * the index of its owner (-1: none, e.g. a private address), or why the data cannot be had.
 */
export type OwnerBatch =
  | { available: true; dataDate: string; owners: AddressOwner[]; index: Int32Array }
  | { available: false; reason: string };

export type OwnerState =
  | { status: 'pending' }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; dataDate: string; byAddress: ReadonlyMap<string, AddressOwner | null> };

/** An address's owner as the panel knows it: the owner, null (none: special-purpose), or why not yet/not at all. */
export type OwnerOf = AddressOwner | null | 'pending' | 'unavailable';

export const TEXT = {
  unavailable: 'owner data unavailable',
  noAs: 'no AS listed',
  pending: '…',
  registeredIn: 'registered in',
};

/** The distinct source addresses of the events, then the findings' actors and sources not among them. */
export function addressesToLookUp(store: EventStore, findings: readonly Finding[] = []): string[] {
  const src = store.column('src');
  const seen = new Uint8Array(store.pool.size);
  const out: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const id = src[i];
    if (id >= 0 && !seen[id]) {
      seen[id] = 1;
      out.push(store.pool.get(id));
    }
  }
  const listed = new Set(out);
  for (const f of findings) {
    for (const a of f.actor ? [f.actor, ...f.sources] : f.sources) {
      if (!listed.has(a)) {
        listed.add(a);
        out.push(a);
      }
    }
  }
  return out;
}

/** The panel's owner state from the answer for `addresses`. */
export function ownerStateFrom(addresses: readonly string[], batch: OwnerBatch): OwnerState {
  if (!batch.available) return { status: 'unavailable', reason: batch.reason };
  if (batch.index.length !== addresses.length) return { status: 'unavailable', reason: `${TEXT.unavailable}: the answer does not match the question` };
  const byAddress = new Map<string, AddressOwner | null>();
  addresses.forEach((a, i) => byAddress.set(a, batch.owners[batch.index[i]] ?? null));
  return { status: 'ready', dataDate: batch.dataDate, byAddress };
}

export function ownerOf(state: OwnerState, address: string | undefined): OwnerOf {
  if (address === undefined) return null;
  if (state.status === 'unavailable') return 'unavailable';
  if (state.status === 'pending') return 'pending';
  const owner = state.byAddress.get(address);
  return owner === undefined ? 'pending' : owner;
}

/** "AS64500 Example Hosting", or "no AS listed". */
export function asText(owner: AddressOwner): string {
  return owner.asn === null ? TEXT.noAs : `AS${owner.asn}${owner.asName ? ` ${owner.asName}` : ''}`;
}

/** The kind of network in a few words: "research scanner (Censys)", "hosting company". */
export function kindText(owner: AddressOwner): string | undefined {
  if (!owner.kind) return undefined;
  const label = NETWORK_KINDS[owner.kind].label;
  return owner.network && !owner.asName?.toLowerCase().includes(owner.network.toLowerCase()) ? `${label} (${owner.network})` : label;
}

/** "AS64500 Example Hosting (NL), hosting company": what a finding says of its actor. */
export function ownerLabel(owner: AddressOwner): string {
  const kind = kindText(owner);
  return `${asText(owner)}${owner.country ? ` (${owner.country})` : ''}${kind ? `, ${kind}` : ''}`;
}

/** The owner column's text. */
export function ownerCell(owner: OwnerOf): string {
  if (owner === 'pending') return TEXT.pending;
  if (owner === 'unavailable') return TEXT.unavailable;
  return owner ? asText(owner) : '';
}

/** Hover text of the owner column: the whole label with the kind of network. */
export function ownerTitle(owner: OwnerOf): string | undefined {
  return owner && typeof owner === 'object' ? ownerLabel(owner) : undefined;
}

/** The country column's text: flag and code. */
export function countryCell(owner: OwnerOf): string {
  const country = owner && typeof owner === 'object' ? describeCountry(owner.country) : null;
  return country ? `${country.flag} ${country.code}` : '';
}

export function countryTitle(owner: OwnerOf): string | undefined {
  const country = owner && typeof owner === 'object' ? describeCountry(owner.country) : null;
  return country ? `${TEXT.registeredIn} ${country.name}` : undefined;
}
