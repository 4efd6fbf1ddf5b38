// Normalisers shared by the log parsers: addresses, ports, protocols, actions, TCP flags.
// Pure functions; every regex here is anchored and bounded.
import ipaddr from 'ipaddr.js';
import type { LogAction } from '../../types';

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const V6_CHARS = /^[0-9A-Fa-f:.]{2,45}(?:%[\w.-]{1,32})?$/;
const cache = new Map<string, string | null>();

function normalizeUncached(text: string): string | null {
  const m = V4.exec(text);
  if (m) {
    const parts = [m[1], m[2], m[3], m[4]].map(Number);
    return parts.every((n) => n <= 255) ? parts.join('.') : null;
  }
  if (!text.includes(':') || !V6_CHARS.test(text)) return null;
  try {
    const addr = ipaddr.IPv6.parse(text);
    if (addr.isIPv4MappedAddress()) return `::ffff:${addr.toIPv4Address().toString()}`;
    return addr.toRFC5952String();
  } catch {
    return null;
  }
}

/**
 * The 32-bit value of an IPv4 address already written the normal way (four decimal numbers up to 255,
 * no leading zeros), which is how almost every firewall writes them; -1 for any other text. Such text
 * and its value map one to one, so the value can stand for the text (the event store interns by it).
 */
export function plainIpv4Value(text: string): number {
  const n = text.length;
  if (n < 7 || n > 15) return -1;
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9 || (digits === 1 && part === 0)) return -1;
      part = part * 10 + d;
      if (++digits > 3 || part > 255) return -1;
    }
  }
  return dots === 3 && digits > 0 ? value * 256 + part : -1;
}

/** Dotted quad for IPv4, RFC 5952 compressed lower case for IPv6; undefined for anything else. */
export function normalizeAddress(text: string | undefined | null): string | undefined {
  if (!text || text.length > 200) return undefined;
  // Plain IPv4 needs no lookup.
  if (plainIpv4Value(text) >= 0) return text;
  // Most calls pass a clean address seen before: look it up before trimming or unbracketing.
  let hit = cache.get(text);
  if (hit === undefined) {
    let t = text.trim();
    if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
    if (t.length === 0 || t.length > 80) return undefined;
    hit = cache.get(t);
    if (hit === undefined) {
      hit = normalizeUncached(t);
      if (cache.size > 100000) cache.clear();
      cache.set(t, hit);
    }
    if (t !== text && text.length <= 80) cache.set(text, hit);
  }
  return hit ?? undefined;
}

/** A port number 0-65535 written in decimal, else undefined. */
export function toPort(text: string | number | undefined | null): number | undefined {
  if (text === undefined || text === null) return undefined;
  const s = String(text).trim();
  if (!/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

/** A non-negative decimal integer (up to 10 digits), else undefined. */
export function toInt(text: string | number | undefined | null): number | undefined {
  if (text === undefined || text === null) return undefined;
  const s = String(text).trim();
  return /^\d{1,10}$/.test(s) ? Number(s) : undefined;
}

const PROTO_BY_NUMBER: Record<number, string> = {
  1: 'icmp', 2: 'igmp', 6: 'tcp', 17: 'udp', 47: 'gre', 50: 'esp', 51: 'ah', 58: 'icmpv6', 132: 'sctp',
};
const PROTO_ALIASES: Record<string, string> = {
  icmp6: 'icmpv6', 'ipv6-icmp': 'icmpv6', 'icmp-v6': 'icmpv6', icmpv6: 'icmpv6', ipv6icmp: 'icmpv6',
};

/** Lower-case protocol name: 6 → tcp, 17 → udp, 1 → icmp, 58 → icmpv6, other numbers → proto-N. */
export function normalizeProtocol(text: string | number | undefined | null): string | undefined {
  if (text === undefined || text === null) return undefined;
  const s = String(text).trim().toLowerCase();
  if (/^\d{1,3}$/.test(s)) {
    const n = Number(s);
    if (n > 255) return undefined;
    return PROTO_BY_NUMBER[n] ?? `proto-${n}`;
  }
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(s)) return undefined;
  return PROTO_ALIASES[s] ?? s;
}

/** For ICMP seen over IPv6 write icmpv6 (several formats just say "icmp"). */
export function icmpFamily(protocol: string | undefined, address: string | undefined): string | undefined {
  return protocol === 'icmp' && address?.includes(':') ? 'icmpv6' : protocol;
}

const DENY_WORD = /^(?:drop|deny|denied|block|reject|discard|reset|unreach)/;
const ALLOW_WORD = /^(?:accept|allow|pass|permit|acc$|open|built)/;

/** Maps a vendor's action word to allow/deny; neutral words (close, teardown, alert…) give undefined. */
export function actionOf(word: string | undefined | null): LogAction | undefined {
  if (!word) return undefined;
  const w = word.trim().toLowerCase();
  if (DENY_WORD.test(w)) return 'deny';
  if (ALLOW_WORD.test(w)) return 'allow';
  return undefined;
}

const PREFIX_WORDS: Record<string, LogAction> = {
  drop: 'deny', dropped: 'deny', deny: 'deny', denied: 'deny', reject: 'deny', rejected: 'deny',
  block: 'deny', blocked: 'deny', discard: 'deny', discarded: 'deny',
  accept: 'allow', accepted: 'allow', allow: 'allow', allowed: 'allow', acc: 'allow', pass: 'allow',
  permit: 'allow', permitted: 'allow',
};

/** Finds the verdict in a free-text rule prefix such as "[UFW BLOCK]", "iptables DROP_INPUT:", "drop-in". */
export function actionFromText(text: string): { action: LogAction; word: string } | undefined {
  const words = text.slice(0, 512).split(/[^A-Za-z]+/).filter(Boolean);
  for (const word of words) {
    const action = PREFIX_WORDS[word.toLowerCase()];
    if (action) return { action, word };
  }
  for (const word of words) {
    const m = /(drop|reject|accept|deny|block)/i.exec(word);
    if (m && word.length <= 16) return { action: m[1].toLowerCase() === 'accept' ? 'allow' : 'deny', word };
  }
  return undefined;
}

const FLAG_LETTERS: Record<string, string> = {
  S: 'SYN', A: 'ACK', F: 'FIN', R: 'RST', P: 'PSH', U: 'URG', E: 'ECE', W: 'CWR', C: 'CWR', '.': 'ACK',
};

/** "FA" → ["FIN","ACK"], "S." → ["SYN","ACK"]; unknown letters are skipped. */
export function flagsFromLetters(letters: string | undefined): string[] | undefined {
  if (!letters) return undefined;
  const out: string[] = [];
  for (const ch of letters.slice(0, 16)) {
    const name = FLAG_LETTERS[ch.toUpperCase()] ?? FLAG_LETTERS[ch];
    if (name && !out.includes(name)) out.push(name);
  }
  return out.length ? out : undefined;
}

const FLAG_NAMES = new Set(['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR', 'NS']);

/** Keeps the recognised flag names from a list such as ["ACK","FIN"] or "SYN ACK", upper-cased. */
export function flagsFromNames(names: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const n of names) {
    const u = n.trim().toUpperCase();
    if (FLAG_NAMES.has(u) && !out.includes(u)) out.push(u);
  }
  return out.length ? out : undefined;
}

/** Splits "1.2.3.4:80", "[2001:db8::1]:443", "1.2.3.4" or a bare IPv6 address. */
export function splitAddressPort(text: string): { address?: string; port?: number } {
  const t = text.trim();
  if (t.startsWith('[')) {
    const end = t.indexOf(']');
    if (end < 0) return {};
    const rest = t.slice(end + 1);
    return { address: normalizeAddress(t.slice(1, end)), port: rest.startsWith(':') ? toPort(rest.slice(1)) : undefined };
  }
  const colons = t.split(':').length - 1;
  if (colons === 1) {
    const i = t.indexOf(':');
    return { address: normalizeAddress(t.slice(0, i)), port: toPort(t.slice(i + 1)) };
  }
  return { address: normalizeAddress(t) };
}

/** Well-known service names some firewalls print instead of a port number. */
const SERVICE_PORTS: Record<string, number> = {
  ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, dns: 53, http: 80, www: 80, pop3: 110, ntp: 123,
  netbios: 139, imap: 143, snmp: 161, ldap: 389, https: 443, smb: 445, isakmp: 500, syslog: 514,
  rdp: 3389, sip: 5060,
};

/** A port number, or the number of a well-known service name ("ssh" → 22). */
export function portOrService(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return toPort(text) ?? SERVICE_PORTS[text.trim().toLowerCase()];
}
