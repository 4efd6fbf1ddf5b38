// Who owns an address: the shapes the owner knowledge hands to the rest of PortLens.
import type { Reference } from '../types';

/** What kind of network an address belongs to, when PortLens can tell. */
export type NetworkKind =
  | 'research-scanner'
  | 'dns-resolver'
  | 'time-server'
  | 'cloud'
  | 'hosting'
  | 'cdn'
  | 'residential'
  | 'mobile';

/** The registered block an answer holds for: every address from first to last gets the same answer. */
export interface OwnerRange {
  first: string;
  last: string;
  /** The block as one CIDR, when it is exactly one ("8.8.8.0/24"). */
  cidr: string | null;
}

/** A curated network an address or AS belongs to, with the public page that says so. */
export interface KnownNetworkMatch {
  id: string;
  name: string;
  kind: NetworkKind;
  /** Matched by a published address block (more precise) or by the AS number. */
  by: 'prefix' | 'asn';
  references: readonly Reference[];
}

export interface IpOwner {
  /** The AS announcing or holding the block; null when no source lists one. */
  asn: number | null;
  asName: string | null;
  /** ISO 3166-1 alpha-2 of the registrant ("registered in"), never a geolocation; null when unknown. */
  country: string | null;
  range: OwnerRange;
  /** Date of the bundled data, from the package version ("2026-06-17"). */
  dataDate: string;
  kind?: NetworkKind;
  /** Plain words for the reader: what this kind of network means, and which embedded address was used. */
  note?: string;
  /** The curated network behind `kind`, when a curated entry (not the AS-name rule) matched. */
  network?: KnownNetworkMatch;
  /** Set when the owner is that of an IPv4 address inside an IPv6 one (IPv4-mapped, 6to4, Teredo, NAT64). */
  embedded?: { kind: 'ipv4-mapped' | '6to4' | 'teredo' | 'nat64'; ipv4: string };
}

/** What the background answers: the owner (or null: special-purpose or not an address), or why it cannot. */
export type OwnerAnswer = { available: true; owner: IpOwner | null } | { available: false; reason: string };

/** One AS in the directory: for "AS15169", "as15169" or a name such as "hetzner". */
export interface AsDirectoryEntry {
  asn: number;
  name: string;
  /** The country most of its IPv4 and IPv6 blocks are registered in; null when none is. */
  country: string | null;
  kind?: NetworkKind;
  note?: string;
  network?: KnownNetworkMatch;
  /** How many address blocks the data lists for it. */
  ranges: { v4: number; v6: number };
  /** How many IPv4 addresses those blocks hold. */
  ipv4Addresses: number;
}

export type AsLookupAnswer =
  | { available: true; query: string; entries: AsDirectoryEntry[]; dataDate: string }
  | { available: false; reason: string };

/** Facts about the loaded owner data, for status lines and the About view. */
export interface OwnerDataInfo {
  dataDate: string;
  hash: string;
  sources: { name: string; version: string; licence: string }[];
  autonomousSystems: number;
  entries: { asn4: number; asn6: number; country4: number; country6: number };
  /** Bytes the decoded tables take in memory (typed arrays exactly; the name text at two bytes a character). */
  memoryBytes: number;
}
