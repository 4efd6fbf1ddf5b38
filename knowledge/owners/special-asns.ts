// AS numbers set aside for special purposes: they never hold addresses on the Internet, so the owner
// data cannot list them. From IANA's "Special-Purpose AS Numbers" and "Autonomous System (AS) Numbers"
// registries, in our own words.
import { rfc } from '../rfc-reference';
import type { Reference } from '../types';

export interface SpecialAsnRange {
  first: number;
  last: number;
  /** What the number is for, for the person who typed it. */
  summary: string;
  references: readonly Reference[];
}

const SPECIAL_REGISTRY: Reference = { label: 'IANA Special-Purpose AS Numbers', url: 'https://www.iana.org/assignments/iana-as-numbers-special-registry/' };
const AS_REGISTRY: Reference = { label: 'IANA Autonomous System (AS) Numbers', url: 'https://www.iana.org/assignments/as-numbers/' };

/** Largest AS number: AS numbers are 32 bits wide (RFC 6793). */
export const MAX_ASN = 4_294_967_295;

export const SPECIAL_ASNS: readonly SpecialAsnRange[] = [
  { first: 0, last: 0, summary: 'AS0 is reserved: no network may use it; route origin authorisations name it to say "nobody may announce this block".', references: [rfc(7607), rfc(6483), SPECIAL_REGISTRY] },
  { first: 23456, last: 23456, summary: 'AS23456 (AS_TRANS) stands in for a 4-byte AS number when talking to old routers that only know 2-byte ones; it belongs to no one.', references: [rfc(6793), SPECIAL_REGISTRY] },
  { first: 64496, last: 64511, summary: 'This AS number is reserved for documentation and examples, like 192.0.2.0/24 for addresses.', references: [rfc(5398), SPECIAL_REGISTRY] },
  { first: 64512, last: 65534, summary: 'A private-use AS number: networks use it inside their own routing (and between a customer and its provider); it never appears on the Internet.', references: [rfc(6996), SPECIAL_REGISTRY] },
  { first: 65535, last: 65535, summary: 'AS65535 is reserved (the last 2-byte AS number) and is not given to anyone.', references: [rfc(7300), SPECIAL_REGISTRY] },
  { first: 65536, last: 65551, summary: 'This AS number is reserved for documentation and examples of 4-byte AS numbers.', references: [rfc(5398), SPECIAL_REGISTRY] },
  { first: 65552, last: 131071, summary: 'IANA keeps this block of AS numbers in reserve; none is given to a network.', references: [AS_REGISTRY] },
  { first: 4_200_000_000, last: 4_294_967_294, summary: 'A private-use 4-byte AS number: networks use it inside their own routing; it never appears on the Internet.', references: [rfc(6996), SPECIAL_REGISTRY] },
  { first: MAX_ASN, last: MAX_ASN, summary: 'AS4294967295 is reserved (the last 4-byte AS number) and is not given to anyone.', references: [rfc(7300), SPECIAL_REGISTRY] },
];

/** The special-purpose range holding this AS number, if any. */
export function specialAsn(asn: number): SpecialAsnRange | undefined {
  return SPECIAL_ASNS.find((r) => asn >= r.first && asn <= r.last);
}
