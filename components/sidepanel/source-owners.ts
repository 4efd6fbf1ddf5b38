// Who owns the addresses of a log, as the side panel holds it: the owners of the distinct source
// addresses (and finding actors), asked once per analysis, and how an owner reads in a cell, a finding
// and a chart. Events repeat their senders a lot, so owners are kept per address, never per event.
// Screen words come from the locale files (a `Translate`); the reasons why owners are missing are
// English details kept for the JSON export, and the kinds of network are knowledge text (English).
import type { EventStore, Finding, NetworkKind } from '../../knowledge';
import { describeCountry } from '../../knowledge/owners/countries';
import { NETWORK_KINDS } from '../../knowledge/owners/network-kinds';
import { UNAVAILABLE } from '../../knowledge/owners/owner-source';
import type { Translate } from '../i18n/messages';

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
  /** Being looked up; `byAddress` holds the owners known so far (asked for while the log streams in). */
  | { status: 'pending'; byAddress?: ReadonlyMap<string, AddressOwner | null> }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; dataDate: string; byAddress: ReadonlyMap<string, AddressOwner | null> };

/** An address's owner as the panel knows it: the owner, null (none: special-purpose), or why not yet/not at all. */
export type OwnerOf = AddressOwner | null | 'pending' | 'unavailable';

/** The owner cell while the owner is being looked up. */
const PENDING_CELL = '…';

/** Why owners are missing, as the JSON export records it: "owner data unavailable: <detail>". */
export const unavailableReason = (detail: string) => `${UNAVAILABLE}: ${detail}`;

/**
 * The distinct senders of a store that may still be growing, handed out a part at a time: each call
 * gives the senders first seen since the last one, so owners can be asked for while the log is read.
 */
export class SenderCollector {
  private seen = new Uint8Array(256);
  private rows = 0;
  private readonly extra = new Set<string>();

  constructor(readonly store: EventStore) {}

  /** True when every row of the store so far has been looked at. */
  get caughtUp(): boolean {
    return this.rows >= this.store.length;
  }

  /** Senders of the rows added since the last call, each once. */
  next(): string[] {
    const { store } = this;
    if (this.seen.length < store.pool.size) {
      const grown = new Uint8Array(Math.max(store.pool.size, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    const src = store.column('src');
    const out: string[] = [];
    for (let i = this.rows; i < store.length; i++) {
      const id = src[i];
      if (id >= 0 && !this.seen[id]) {
        this.seen[id] = 1;
        out.push(store.pool.get(id));
      }
    }
    this.rows = store.length;
    return out;
  }

  /** The findings' actors and sources not among the senders (a finding may name a destination). */
  findingAddresses(findings: readonly Finding[]): string[] {
    const out: string[] = [];
    for (const f of findings) {
      for (const a of f.actor ? [f.actor, ...f.sources] : f.sources) {
        const id = this.store.pool.find(a);
        if ((id >= 0 && this.seen[id]) || this.extra.has(a)) continue;
        this.extra.add(a);
        out.push(a);
      }
    }
    return out;
  }
}

/** The distinct source addresses of the events, then the findings' actors and sources not among them. */
export function addressesToLookUp(store: EventStore, findings: readonly Finding[] = []): string[] {
  const senders = new SenderCollector(store);
  return [...senders.next(), ...senders.findingAddresses(findings)];
}

/** Adds the answer for `addresses` to `into`; returns why not when the data is unavailable. */
export function addOwners(into: Map<string, AddressOwner | null>, addresses: readonly string[], batch: OwnerBatch): { reason: string } | { dataDate: string } {
  if (!batch.available) return { reason: batch.reason };
  if (batch.index.length !== addresses.length) return { reason: unavailableReason('the answer does not match the question') };
  addresses.forEach((a, i) => into.set(a, batch.owners[batch.index[i]] ?? null));
  return { dataDate: batch.dataDate };
}

/** The panel's owner state from one answer for `addresses`. */
export function ownerStateFrom(addresses: readonly string[], batch: OwnerBatch): OwnerState {
  const byAddress = new Map<string, AddressOwner | null>();
  const added = addOwners(byAddress, addresses, batch);
  return 'reason' in added ? { status: 'unavailable', reason: added.reason } : { status: 'ready', dataDate: added.dataDate, byAddress };
}

export function ownerOf(state: OwnerState, address: string | undefined): OwnerOf {
  if (address === undefined) return null;
  if (state.status === 'unavailable') return 'unavailable';
  const owner = state.byAddress?.get(address);
  return owner === undefined ? 'pending' : owner;
}

/** "AS64500 Example Hosting": an AS number with its name when the registry gives one. */
export function asLabel(asn: number, asName: string | null): string {
  return `AS${asn}${asName ? ` ${asName}` : ''}`;
}

/** "AS64500 Example Hosting", or "no AS listed". */
export function asText(owner: AddressOwner, t: Translate): string {
  return owner.asn === null ? t('sidepanel_ownerNoAs') : asLabel(owner.asn, owner.asName);
}

/** The kind of network in a few words: "research scanner (Censys)", "hosting company". */
export function kindText(owner: AddressOwner): string | undefined {
  if (!owner.kind) return undefined;
  const label = NETWORK_KINDS[owner.kind].label;
  return owner.network && !owner.asName?.toLowerCase().includes(owner.network.toLowerCase()) ? `${label} (${owner.network})` : label;
}

/** "AS64500 Example Hosting (NL), hosting company": what a finding says of its actor. */
export function ownerLabel(owner: AddressOwner, t: Translate): string {
  const kind = kindText(owner);
  return `${asText(owner, t)}${owner.country ? ` (${owner.country})` : ''}${kind ? `, ${kind}` : ''}`;
}

/** The owner column's text. */
export function ownerCell(owner: OwnerOf, t: Translate): string {
  if (owner === 'pending') return PENDING_CELL;
  if (owner === 'unavailable') return t('sidepanel_ownerUnavailable');
  return owner ? asText(owner, t) : '';
}

/** Hover text of the owner column: the whole label with the kind of network. */
export function ownerTitle(owner: OwnerOf, t: Translate): string | undefined {
  return owner && typeof owner === 'object' ? ownerLabel(owner, t) : undefined;
}

/** The country column's text: flag and code. */
export function countryCell(owner: OwnerOf): string {
  const country = owner && typeof owner === 'object' ? describeCountry(owner.country) : null;
  return country ? `${country.flag} ${country.code}` : '';
}

export function countryTitle(owner: OwnerOf, t: Translate): string | undefined {
  const country = owner && typeof owner === 'object' ? describeCountry(owner.country) : null;
  return country ? `${t('card_registeredIn')} ${country.name}` : undefined;
}
