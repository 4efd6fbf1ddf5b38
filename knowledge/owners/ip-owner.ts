// Who owns an address: the AS and the registration country from the bundled data, the kind of
// network from the curated list. Special-purpose addresses get null (classifyAddress explains them);
// IPv4-mapped, 6to4, Teredo and NAT64 addresses answer for the IPv4 address inside them.
// Plain public addresses take a fast path (no full classification), which matters for long logs.
import { bitsOf, classifyAddress, formatAddress, maskOf, parseAddressText } from '../addresses/classify-address';
import { parseIPv4Octets } from '../addresses/embedded-addresses';
import { asSpanOf, spanNote } from './block-span';
import { judgeNetwork, networkByAddress, networkByAsn } from './known-networks';
import type { OwnerDatabase } from './owner-database';
import { EMBEDDED_IPV4_NAMES, ownerBearingIPv4 } from './owner-scope';
import { isPlainPublicIPv4, isPlainPublicIPv6 } from './plain-public';
import type { IpOwner, OwnerRange } from './types';

/** Longest text treated as an address; anything longer is not one. */
const MAX_ADDRESS_TEXT = 200;

/** Dotted quad of a u32 (formatAddress does the same from a bigint; this one avoids bigint work). */
const quad = (v: number): string => `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;

function describeRange4(first: number, last: number): OwnerRange {
  const size = last - first + 1;
  const hostBits = Math.log2(size);
  const firstText = quad(first);
  const single = Number.isInteger(hostBits) && first % size === 0;
  return { first: firstText, last: quad(last), cidr: single ? `${firstText}/${32 - hostBits}` : null };
}

/** The block as text, with its CIDR when it is exactly one. */
export function describeRange(version: 4 | 6, first: bigint, last: bigint): OwnerRange {
  if (version === 4) return describeRange4(Number(first), Number(last));
  const size = last - first + 1n;
  const firstText = formatAddress(6, first);
  const single = (size & (size - 1n)) === 0n && first % size === 0n;
  return { first: firstText, last: formatAddress(6, last), cidr: single ? `${firstText}/${bitsOf(6) - (size.toString(2).length - 1)}` : null };
}

function owner(db: OwnerDatabase, asIndex: number, country: string | null, range: OwnerRange, known: ReturnType<typeof networkByAddress>): IpOwner {
  const asn = asIndex ? db.asNumber(asIndex) : null;
  const asName = asIndex ? db.asName(asIndex) : null;
  return { asn, asName, country, range, dataDate: db.dataDate, ...judgeNetwork(known ?? networkByAsn(asn), asName) };
}

function ownerOfIPv4(db: OwnerDatabase, v: number): IpOwner {
  const r = db.lookup4(v);
  return owner(db, r.asIndex, r.country, describeRange4(r.first, r.last), networkByAddress(4, v));
}

function ownerOfValue(db: OwnerDatabase, version: 4 | 6, value: bigint): IpOwner {
  if (version === 4) return ownerOfIPv4(db, Number(value));
  const r = db.lookup(6, value);
  return owner(db, r.asIndex, r.country, describeRange(6, r.first, r.last), networkByAddress(6, value));
}

const withNote = (o: IpOwner, text: string): IpOwner => ({ ...o, note: o.note ? `${text} ${o.note}` : text });

/**
 * The owner of an address (or of the first address of a CIDR block). Null for special-purpose
 * addresses, zone ids and anything that is not an address; never throws on input.
 */
export function ipOwnerWith(db: OwnerDatabase, address: string): IpOwner | null {
  if (typeof address !== 'string' || address.length > MAX_ADDRESS_TEXT) return null;
  // A bare dotted quad (most of any log) skips the general parser and its bigint.
  const octets = parseIPv4Octets(address);
  if (octets) {
    const v = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
    if (isPlainPublicIPv4(v)) return ownerOfIPv4(db, v);
  }
  const parsed = parseAddressText(address);
  if (!parsed || parsed.zone !== undefined) return null;
  const { version, prefixLength, value } = parsed;
  if (prefixLength === undefined && (version === 4 ? isPlainPublicIPv4(Number(value)) : isPlainPublicIPv6(value))) {
    return ownerOfValue(db, version, value);
  }

  const classification = classifyAddress(address);
  if (!classification) return null;
  if (classification.scope !== 'public') {
    const inner = ownerBearingIPv4(classification);
    if (!inner) return null;
    const found = ipOwnerWith(db, inner.ipv4);
    if (!found) return null;
    return { ...withNote(found, `Owner of the IPv4 address ${inner.ipv4} inside this ${EMBEDDED_IPV4_NAMES[inner.kind]} address.`), embedded: { kind: inner.kind, ipv4: inner.ipv4 } };
  }
  if (prefixLength === undefined) return ownerOfValue(db, version, value);

  const mask = maskOf(version, prefixLength);
  const first = value & mask;
  const last = first | (~mask & ((1n << BigInt(bitsOf(version))) - 1n));
  const found = ownerOfValue(db, version, first);
  return last > db.lookup(version, first).last ? withNote(found, spanNote(prefixLength, asSpanOf(db, version, first, last))) : found;
}
