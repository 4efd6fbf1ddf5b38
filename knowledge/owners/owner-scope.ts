// Which addresses can have an owner at all: public ones, and IPv6 addresses that carry an IPv4
// address inside (IPv4-mapped, 6to4, Teredo, NAT64), which answer for that IPv4 address.
// Special-purpose addresses have none: classifyAddress explains them. Small on purpose: the popup
// imports it to decide which results to ask the background about.
import type { AddressClassification, EmbeddedInfo } from '../types';

export const EMBEDDED_IPV4_NAMES = { 'ipv4-mapped': 'IPv4-mapped', '6to4': '6to4', teredo: 'Teredo', nat64: 'NAT64' } as const;
export type EmbeddedIPv4Kind = keyof typeof EMBEDDED_IPV4_NAMES;

const isEmbeddedIPv4Kind = (kind: string): kind is EmbeddedIPv4Kind => Object.prototype.hasOwnProperty.call(EMBEDDED_IPV4_NAMES, kind);

/** The IPv4 address inside a special IPv6 one whose owner answers for it, if any. */
export function ownerBearingIPv4(c: AddressClassification): (EmbeddedInfo & { kind: EmbeddedIPv4Kind; ipv4: string }) | undefined {
  return c.embedded.find((e): e is EmbeddedInfo & { kind: EmbeddedIPv4Kind; ipv4: string } => isEmbeddedIPv4Kind(e.kind) && Boolean(e.ipv4));
}

/** True when an owner lookup can answer for this address or block. */
export function mayHaveOwner(c: AddressClassification): boolean {
  return c.scope === 'public' || ownerBearingIPv4(c) !== undefined;
}
