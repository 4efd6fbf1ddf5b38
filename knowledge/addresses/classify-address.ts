// Classifies an IPv4 / IPv6 address (optionally with a /prefix) against the special-purpose and
// multicast tables: matching rows most specific first, a scope, plain-words notes for log readers.
import ipaddr from 'ipaddr.js';
import type { AddressClassification, AddressRange, AddressScope, Reference } from '../types';
import { IANA_V4, IANA_V6, IPV6_ADDRESS_SPACE_REF, SPECIAL_RANGES } from './special-ranges';
import { MULTICAST_RANGES } from './multicast-groups';
import { decodeEmbeddedParts, parseIPv4Octets, parseIPv6Parts } from './embedded-addresses';
import { DIRECTED_BROADCAST_REFS, LINK_LOCAL_V4, LINK_LOCAL_V6, NOT_GLOBAL, SCOPE_NOTES, SMURF, TUNNEL, UNSPECIFIED, type Note } from './address-notes';
import { WELL_KNOWN_HOSTS } from './well-known-hosts';

export interface ParsedAddress {
  version: 4 | 6;
  /** The address as an unsigned 32- or 128-bit integer. */
  value: bigint;
  zone?: string;
  prefixLength?: number;
}

export interface CompiledRange {
  range: AddressRange;
  version: 4 | 6;
  network: bigint;
  mask: bigint;
  prefixLength: number;
}

export const bitsOf = (version: 4 | 6): number => (version === 4 ? 32 : 128);

export function maskOf(version: 4 | 6, prefixLength: number): bigint {
  const bits = BigInt(bitsOf(version));
  const len = BigInt(prefixLength);
  return ((1n << len) - 1n) << (bits - len);
}

const ZONE = /^[0-9A-Za-z_.-]+$/;
const PREFIX = /^\d{1,3}$/;

/** Strict parser for "a.b.c.d", "v6", "v6%zone", "[v6]", with an optional "/n". Null for junk. */
export function parseAddressText(input: string): ParsedAddress | null {
  let t = input.trim();
  let prefixText: string | undefined;
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    if (close < 0) return null;
    const rest = t.slice(close + 1);
    if (rest !== '' && !rest.startsWith('/')) return null;
    if (rest) prefixText = rest.slice(1);
    t = t.slice(1, close);
    if (!t.includes(':')) return null;
  } else {
    const slash = t.indexOf('/');
    if (slash >= 0) {
      prefixText = t.slice(slash + 1);
      t = t.slice(0, slash);
    }
  }
  let prefixLength: number | undefined;
  if (prefixText !== undefined) {
    if (!PREFIX.test(prefixText)) return null;
    prefixLength = Number(prefixText);
  }
  if (!t.includes(':')) {
    const o = parseIPv4Octets(t);
    if (!o || (prefixLength !== undefined && prefixLength > 32)) return null;
    const value = BigInt(((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3]);
    return { version: 4, value, prefixLength };
  }
  let zone: string | undefined;
  const pct = t.indexOf('%');
  if (pct >= 0) {
    zone = t.slice(pct + 1);
    t = t.slice(0, pct);
    if (!ZONE.test(zone)) return null;
  }
  const parts = parseIPv6Parts(t);
  if (!parts || (prefixLength !== undefined && prefixLength > 128)) return null;
  const value = parts.reduce((acc, p) => (acc << 16n) | BigInt(p), 0n);
  return { version: 6, value, zone, prefixLength };
}

export function partsOf(value: bigint): number[] {
  const parts: number[] = [];
  for (let i = 7; i >= 0; i--) parts.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  return parts;
}

const quadOf = (value: bigint): string =>
  [24n, 16n, 8n, 0n].map((s) => Number((value >> s) & 0xffn)).join('.');

/** Canonical text: dotted quad, or RFC 5952 IPv6 (IPv4-mapped keeps the dotted tail, RFC 5952 §5). */
export function formatAddress(version: 4 | 6, value: bigint, zone?: string): string {
  if (version === 4) return quadOf(value);
  let text: string;
  if (value >> 32n === 0xffffn) text = `::ffff:${quadOf(value & 0xffffffffn)}`;
  else text = new ipaddr.IPv6(partsOf(value)).toRFC5952String();
  return zone ? `${text}%${zone}` : text;
}

/** Parses table rows once and sorts them most specific first (stable for equal lengths). */
export function compileRanges(rows: readonly AddressRange[]): CompiledRange[] {
  const out = rows.map((range): CompiledRange => {
    const p = parseAddressText(range.prefix);
    if (!p || p.prefixLength === undefined) throw new Error(`bad range prefix ${range.prefix}`);
    const mask = maskOf(p.version, p.prefixLength);
    return { range, version: p.version, network: p.value & mask, mask, prefixLength: p.prefixLength };
  });
  return out.sort((a, b) => b.prefixLength - a.prefixLength);
}

/** Rows of a compiled table that contain the address, most specific first. */
export function matchCompiled(table: readonly CompiledRange[], version: 4 | 6, value: bigint): AddressRange[] {
  const hits: AddressRange[] = [];
  for (const c of table) if (c.version === version && (value & c.mask) === c.network) hits.push(c.range);
  return hits;
}

/** Special-purpose, well-known host and multicast rows, parsed once. */
export const COMPILED_RANGES: readonly CompiledRange[] = compileRanges([...SPECIAL_RANGES, ...WELL_KNOWN_HOSTS, ...MULTICAST_RANGES]);

const GLOBAL_UNICAST = parseAddressText('2000::/3') as ParsedAddress;
const GLOBAL_UNICAST_MASK = maskOf(6, 3);

function directedBroadcast(value: bigint, prefixLength: number | undefined, scope: AddressScope): Note | null {
  if (scope === 'multicast' || scope === 'broadcast' || scope === 'loopback' || scope === 'unspecified' || scope === 'reserved') {
    return null;
  }
  if (prefixLength !== undefined) {
    if (prefixLength > 30) return null;
    const host = ~maskOf(4, prefixLength) & 0xffffffffn;
    if ((value & host) !== host) return null;
    return { text: `This is the broadcast address of its /${prefixLength} subnet (a directed broadcast). ${SMURF}`, refs: DIRECTED_BROADCAST_REFS };
  }
  const last = Number(value & 0xffn);
  if (last !== 255 && last !== 0) return null;
  return {
    text:
      `Possibly a directed broadcast (ends in .${last}); whether it really is depends on the subnet mask, and with ` +
      `masks other than /24 it can be an ordinary host. ${SMURF}`,
    refs: DIRECTED_BROADCAST_REFS,
  };
}

function embeddedNote(ipv4: string): string | null {
  const inner = classifyAddress(ipv4);
  if (!inner || inner.scope === 'public') return null;
  const top = inner.ranges[0];
  return top
    ? `The IPv4 address inside, ${ipv4}, is in ${top.prefix} (${top.name}): ${inner.summary}`
    : `The IPv4 address inside, ${ipv4}, has scope "${inner.scope}".`;
}

function addRefs(into: Reference[], refs: readonly Reference[]): void {
  for (const r of refs) if (!into.some((x) => x.label === r.label)) into.push(r);
}

/** Classifies an address or CIDR given as text; null when the text is not an address. */
export function classifyAddress(text: string): AddressClassification | null {
  const p = parseAddressText(text);
  if (!p) return null;
  const ranges = matchCompiled(COMPILED_RANGES, p.version, p.value);
  const top = ranges[0];
  const bogon6 = p.version === 6 && !top && (p.value & GLOBAL_UNICAST_MASK) !== GLOBAL_UNICAST.value;
  const scope: AddressScope = top ? top.scope : bogon6 ? 'reserved' : 'public';
  const notes: string[] = [];
  const references: Reference[] = [];
  for (const r of ranges) addRefs(references, r.references);

  let summary: string;
  if (top) summary = top.summary;
  else if (bogon6) {
    summary =
      'An IPv6 address outside the global unicast space (2000::/3) that no registry assigns: a bogon that should never be seen on the Internet.';
    addRefs(references, [IPV6_ADDRESS_SPACE_REF, { label: 'RFC 4291', url: 'https://www.rfc-editor.org/rfc/rfc4291' }]);
  } else {
    summary = 'A public, globally routed address with no special meaning in the IANA registries.';
    addRefs(references, [p.version === 4 ? IANA_V4 : IANA_V6]);
  }

  const add = (n: Note | null | undefined): void => {
    if (!n) return;
    notes.push(n.text);
    addRefs(references, n.refs);
  };
  // A specific row (the cloud metadata address) says more than its scope ("DHCP failed").
  if (top?.note) add({ text: top.note, refs: [] });
  else if (scope === 'link-local') add(p.version === 4 ? LINK_LOCAL_V4 : LINK_LOCAL_V6);
  else if (scope === 'unspecified') add(UNSPECIFIED[p.version]);
  else if (scope === 'tunnel' && p.version === 6 && top && (top.prefix === '2001::/32' || top.prefix === '2002::/16')) add(TUNNEL);
  else if (SCOPE_NOTES[scope]) add(SCOPE_NOTES[scope]);
  else if (top && top.globallyReachable === false && scope !== 'translation') add(NOT_GLOBAL);
  if (p.version === 4) add(directedBroadcast(p.value, p.prefixLength, scope));

  const embedded = p.version === 6 ? decodeEmbeddedParts(partsOf(p.value)) : [];
  for (const e of embedded) {
    if (e.kind !== 'ipv4-mapped' && e.kind !== 'nat64' && e.kind !== '6to4') continue;
    const n = e.ipv4 ? embeddedNote(e.ipv4) : null;
    if (n) notes.push(n);
  }

  const result: AddressClassification = {
    version: p.version,
    address: formatAddress(p.version, p.value, p.zone),
    ranges,
    scope,
    summary,
    notes,
    embedded,
    references,
  };
  if (p.prefixLength !== undefined) result.prefixLength = p.prefixLength;
  return result;
}
