// Decodes addresses hidden inside IPv6 addresses: IPv4-mapped, 6to4, Teredo, NAT64 and the MAC
// address behind an EUI-64 interface identifier. Also holds the strict low-level text parsers
// shared with classify-address.ts (kept here so the two modules do not import each other).
import ipaddr from 'ipaddr.js';
import type { EmbeddedInfo } from '../types';

/**
 * Strict dotted-quad parser: exactly four decimal octets 0-255 of one to three digits. Leading zeros
 * are allowed and read as decimal ("010" is 10, never octal 8). Returns null for anything else.
 * A character loop rather than a regular expression: owner lookups call this for every address in a log.
 */
export function parseIPv4Octets(text: string): number[] | null {
  const octets: number[] = [];
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46; // a virtual "." closes the last octet
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return null;
      value = value * 10 + (c - 48);
    } else if (c === 46) {
      if (digits === 0 || value > 255 || octets.length === 4) return null;
      octets.push(value);
      value = 0;
      digits = 0;
    } else return null;
  }
  return octets.length === 4 ? octets : null;
}

const HEX_GROUPS = /^[0-9a-fA-F:]+$/;

/**
 * Parses IPv6 text without zone or brackets into eight 16-bit parts, or null. A trailing dotted
 * quad (::ffff:1.2.3.4, 64:ff9b::192.0.2.33) is checked strictly and turned into two hex groups
 * before ipaddr.js sees it (ipaddr.js would read "::1.2.3.4" as IPv4-mapped).
 */
export function parseIPv6Parts(text: string): number[] | null {
  let t = text;
  if (t.includes('.')) {
    const cut = t.lastIndexOf(':');
    if (cut < 0) return null;
    const o = parseIPv4Octets(t.slice(cut + 1));
    if (!o) return null;
    t = `${t.slice(0, cut + 1)}${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  if (!HEX_GROUPS.test(t) || t.split(':').some((g) => g.length > 4)) return null;
  if (!ipaddr.IPv6.isValid(t)) return null;
  return ipaddr.IPv6.parse(t).parts.slice();
}

const quad = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
const hex2 = (b: number): string => b.toString(16).padStart(2, '0');

function teredo(p: readonly number[]): EmbeddedInfo {
  const server = quad(p[2], p[3]);
  const port = p[5] ^ 0xffff;
  const client = quad(p[6] ^ 0xffff, p[7] ^ 0xffff);
  const cone = (p[4] & 0x8000) !== 0 ? ' The client sat behind a cone NAT.' : '';
  return {
    kind: 'teredo',
    summary:
      `Teredo tunnel: the client's public IPv4 address is ${client}, UDP port ${port}, using Teredo server ${server}.` +
      cone,
    ipv4: client,
    teredoServer: server,
    teredoClient: client,
    teredoClientPort: port,
  };
}

function eui64(p: readonly number[]): EmbeddedInfo | null {
  // Interface identifier = bytes 8..15; EUI-64 puts ff:fe in bytes 11 and 12.
  if ((p[5] & 0xff) !== 0xff || p[6] >> 8 !== 0xfe) return null;
  const bytes = [(p[4] >> 8) ^ 0x02, p[4] & 0xff, p[5] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff];
  const mac = bytes.map(hex2).join(':');
  return {
    kind: 'eui64',
    summary:
      `The interface identifier was built from the network card's MAC address ${mac} (modified EUI-64), ` +
      'so it follows the device from network to network; privacy extensions avoid this.',
    mac,
  };
}

/** Decodes every embedded address in eight 16-bit IPv6 parts. */
export function decodeEmbeddedParts(p: readonly number[]): EmbeddedInfo[] {
  if (p.length !== 8) return [];
  const out: EmbeddedInfo[] = [];
  const zeros = (from: number, to: number): boolean => p.slice(from, to).every((x) => x === 0);
  let iidUsed = false;
  if (zeros(0, 5) && p[5] === 0xffff) {
    const v4 = quad(p[6], p[7]);
    out.push({ kind: 'ipv4-mapped', summary: `IPv4 address ${v4} shown in IPv6 form by dual-stack software.`, ipv4: v4 });
    iidUsed = true;
  } else if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) {
    const v4 = quad(p[6], p[7]);
    out.push({ kind: 'nat64', summary: `NAT64: an IPv6-only host talking to the IPv4 address ${v4} through a translator.`, ipv4: v4 });
    iidUsed = true;
  } else if (p[0] === 0x2002) {
    const v4 = quad(p[1], p[2]);
    out.push({ kind: '6to4', summary: `6to4 tunnel: the site's public IPv4 address is ${v4}.`, ipv4: v4 });
  } else if (p[0] === 0x2001 && p[1] === 0) {
    out.push(teredo(p));
    iidUsed = true;
  }
  const multicast = p[0] >> 8 === 0xff;
  if (!iidUsed && !multicast) {
    const e = eui64(p);
    if (e) out.push(e);
  }
  return out;
}

/** Decodes addresses embedded in an IPv6 address given as text ("[...]" and "%zone" allowed). */
export function decodeEmbedded(text: string): EmbeddedInfo[] {
  let t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
  const pct = t.indexOf('%');
  if (pct >= 0) t = t.slice(0, pct);
  const parts = parseIPv6Parts(t);
  return parts ? decodeEmbeddedParts(parts) : [];
}
