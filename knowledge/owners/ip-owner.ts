// Who owns an address: the AS and the registration country from the bundled data, the kind of
// network from the curated list. Special-purpose addresses get null (classifyAddress explains them);
// IPv4-mapped, 6to4, Teredo and NAT64 addresses answer for the IPv4 address inside them.
import { classifyAddress, formatAddress, maskOf, parseAddressText, bitsOf } from '../addresses/classify-address';
import { judgeNetwork, networkByAddress, networkByAsn } from './known-networks';
import type { OwnerDatabase } from './owner-database';
import type { IpOwner, OwnerRange } from './types';

/** Longest text treated as an address; anything longer is not one. */
const MAX_ADDRESS_TEXT = 200;

const EMBEDDED_NAMES = { 'ipv4-mapped': 'IPv4-mapped', '6to4': '6to4', teredo: 'Teredo', nat64: 'NAT64' } as const;
type EmbeddedKind = keyof typeof EMBEDDED_NAMES;
const isEmbeddedKind = (kind: string): kind is EmbeddedKind => Object.prototype.hasOwnProperty.call(EMBEDDED_NAMES, kind);

/** The block as text, with its CIDR when it is exactly one. */
export function describeRange(version: 4 | 6, first: bigint, last: bigint): OwnerRange {
  const size = last - first + 1n;
  const single = (size & (size - 1n)) === 0n && first % size === 0n;
  const prefixLength = bitsOf(version) - (size.toString(2).length - 1);
  return {
    first: formatAddress(version, first),
    last: formatAddress(version, last),
    cidr: single ? `${formatAddress(version, first)}/${prefixLength}` : null,
  };
}

function ownerOfValue(db: OwnerDatabase, version: 4 | 6, value: bigint): IpOwner {
  const record = db.lookup(version, value);
  const asn = record.asIndex ? db.asNumber(record.asIndex) : null;
  const asName = record.asIndex ? db.asName(record.asIndex) : null;
  const verdict = judgeNetwork(networkByAddress(version, value) ?? networkByAsn(asn), asName);
  return {
    asn,
    asName,
    country: record.country,
    range: describeRange(version, record.first, record.last),
    dataDate: db.dataDate,
    ...verdict,
  };
}

const withNote = (owner: IpOwner, text: string): IpOwner => ({ ...owner, note: owner.note ? `${text} ${owner.note}` : text });

/**
 * The owner of an address (or of the first address of a CIDR block). Null for special-purpose
 * addresses, zone ids and anything that is not an address; never throws on input.
 */
export function ipOwnerWith(db: OwnerDatabase, address: string): IpOwner | null {
  if (typeof address !== 'string' || address.length > MAX_ADDRESS_TEXT) return null;
  const parsed = parseAddressText(address);
  if (!parsed || parsed.zone !== undefined) return null;
  const classification = classifyAddress(address);
  if (!classification) return null;

  if (classification.scope !== 'public') {
    const inner = classification.embedded.find((e) => isEmbeddedKind(e.kind) && e.ipv4);
    if (!inner?.ipv4 || !isEmbeddedKind(inner.kind)) return null;
    const owner = ipOwnerWith(db, inner.ipv4);
    if (!owner) return null;
    const kind = inner.kind;
    return { ...withNote(owner, `Owner of the IPv4 address ${inner.ipv4} inside this ${EMBEDDED_NAMES[kind]} address.`), embedded: { kind, ipv4: inner.ipv4 } };
  }

  const { version, prefixLength } = parsed;
  if (prefixLength === undefined) return ownerOfValue(db, version, parsed.value);
  const mask = maskOf(version, prefixLength);
  const first = parsed.value & mask;
  const last = first | (~mask & ((1n << BigInt(bitsOf(version))) - 1n));
  const owner = ownerOfValue(db, version, first);
  const record = db.lookup(version, first);
  return last > record.last
    ? withNote(owner, `The /${prefixLength} block spans more than one registration; this is the owner of its first address.`)
    : owner;
}
