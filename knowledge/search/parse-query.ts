// Recognises what a typed query is: a port (also as people copy it out of logs: DPT=23, SPT=53,
// dst port 3389, 203.0.113.5:22), a range, an ICMP type/code, an address, a CIDR, an AS number
// (AS15169, as 15169) or words.
import { MAX_ASN } from '../owners/special-asns';
import type { PortAction, PortRole } from '../types';

export type ParsedQuery =
  | { kind: 'port'; port: number; protocol?: 'tcp' | 'udp'; role?: PortRole; action?: PortAction }
  | { kind: 'endpoint'; address: string; port: number; protocol?: 'tcp' | 'udp'; action?: PortAction }
  | { kind: 'port-range'; first: number; last: number; protocol?: 'tcp' | 'udp' }
  | { kind: 'icmp'; version: 4 | 6; type: number; code?: number }
  | { kind: 'address'; text: string }
  | { kind: 'cidr'; text: string }
  | { kind: 'as-number'; asn: number }
  | { kind: 'words'; text: string }
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string };

const MAX_PORT = 65535;

/** "AS15169", "as 15169", "ASN15169": a bare number stays a port. */
const AS_NUMBER = /^asn?\s?(\d{1,10})$/;

function portOrInvalid(n: number, text: string): ParsedQuery | null {
  return n > MAX_PORT ? { kind: 'invalid', message: `${text} is above 65535, the highest port number.` } : null;
}

/** Firewall verdicts as logs write them ([UFW BLOCK], DROP, ACCEPT, pass, Deny, permitted...). */
const ACTION_WORDS: Record<string, PortAction> = {
  block: 'deny', blocked: 'deny', deny: 'deny', denied: 'deny', drop: 'deny', dropped: 'deny', reject: 'deny', rejected: 'deny',
  allow: 'allow', allowed: 'allow', accept: 'allow', accepted: 'allow', pass: 'allow', passed: 'allow', permit: 'allow', permitted: 'allow',
};

/** Splits a leading or trailing verdict word ("DPT=445 DROP", "blocked 445") off the query. */
function takeAction(text: string): { rest: string; action?: PortAction } {
  const lead = /^\[?([a-z]+)\]?:?\s+(.+)$/.exec(text);
  if (lead && ACTION_WORDS[lead[1]]) return { rest: lead[2], action: ACTION_WORDS[lead[1]] };
  const trail = /^(.+?)\s+\[?([a-z]+)\]?$/.exec(text);
  if (trail && ACTION_WORDS[trail[2]]) return { rest: trail[1], action: ACTION_WORDS[trail[2]] };
  return { rest: text };
}

// Keys that name a port's side, as netfilter (SPT/DPT), conntrack (sport/dport), iptables
// (--sport/--dport), tcpdump/BPF (src port/dst port), Zeek and JSON exports (src_port...) write them.
const SOURCE_KEY = String.raw`spt|sport|--sport|s_port|src[ _.-]?port|source[ _.-]?port`;
const DESTINATION_KEY = String.raw`dpt|dport|--dport|d_port|dst[ _.-]?port|dest(?:ination)?[ _.-]?port`;
const PROTOCOL_PREFIX = String.raw`(?:(?:proto(?:col)?\s*[=: ]\s*)?(tcp|udp)\s+)?`;
const KEYED_PORT = new RegExp(
  String.raw`^${PROTOCOL_PREFIX}(${SOURCE_KEY}|${DESTINATION_KEY})\s*(?:[=:]\s*|\s+)(\d{1,6})(?:\s*\/\s*(tcp|udp)|\s+(?:proto(?:col)?\s*[=: ]\s*)?(tcp|udp))?$`,
);
const SOURCE_KEY_ONLY = new RegExp(`^(?:${SOURCE_KEY})$`);

/** "SPT=53", "dst port 3389", "proto=udp sport 53", "dpt:23 tcp". */
function keyedPort(text: string, action: PortAction | undefined): ParsedQuery | null {
  const m = KEYED_PORT.exec(text);
  if (!m) return null;
  const role: PortRole = SOURCE_KEY_ONLY.test(m[2]) ? 'source' : 'destination';
  const protocol = (m[1] ?? m[4] ?? m[5]) as 'tcp' | 'udp' | undefined;
  return portOrInvalid(Number(m[3]), m[3]) ?? { kind: 'port', port: Number(m[3]), protocol, role, action };
}

/** "203.0.113.5:22", "[2001:db8::1]:443", optionally with "/tcp". */
function endpoint(text: string, action: PortAction | undefined): ParsedQuery | null {
  const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3})|\[([0-9a-f:.]+(?:%[\w.-]+)?)\]):(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/.exec(text);
  if (!m) return null;
  const port = Number(m[3]);
  return portOrInvalid(port, m[3]) ?? { kind: 'endpoint', address: m[1] ?? m[2], port, protocol: m[4] as 'tcp' | 'udp' | undefined, action };
}

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { kind: 'empty' };
  const lower = text.toLowerCase();

  const as = AS_NUMBER.exec(lower);
  if (as) {
    const asn = Number(as[1]);
    return asn > MAX_ASN ? { kind: 'invalid', message: `AS numbers run from 0 to ${MAX_ASN}.` } : { kind: 'as-number', asn };
  }

  // ICMP: "icmp 3/4", "icmp 3 4", "icmpv6 135", "type 11 code 0", "icmp type 3 code 13"
  const icmp = /^(icmp(?:v?6)?)?\s*(?:type\s*)?(\d{1,3})(?:\s*(?:\/|\s|code\s*)\s*(\d{1,3}))?$/.exec(lower);
  if (icmp && (icmp[1] || /^type\b/.test(lower.replace(/^icmp(v?6)?\s*/, '')))) {
    const version = icmp[1] && icmp[1] !== 'icmp' ? 6 : 4;
    const type = Number(icmp[2]);
    const code = icmp[3] === undefined ? undefined : Number(icmp[3]);
    if (type > 255 || (code !== undefined && code > 255)) return { kind: 'invalid', message: 'ICMP types and codes run from 0 to 255.' };
    return { kind: 'icmp', version, type, code };
  }

  const { rest, action } = takeAction(lower);
  const keyed = keyedPort(rest, action) ?? endpoint(rest, action);
  if (keyed) return keyed;

  // Ports: "3389", "tcp/3389", "3389/udp", "tcp 3389", "port 3389", ":3389"
  const port = /^(?:(tcp|udp)\s*[/ ]\s*|port\s+|:)?(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/.exec(rest);
  if (port) {
    const n = Number(port[2]);
    const protocol = (port[1] ?? port[3]) as 'tcp' | 'udp' | undefined;
    return portOrInvalid(n, port[2]) ?? { kind: 'port', port: n, protocol, ...(action ? { action } : {}) };
  }

  // Ranges: "6970-7170", "1024:65535", "tcp/6970-7170", "6970-7170/udp"
  const range = /^(?:(tcp|udp)\s*[/ ]\s*|ports?\s+)?(\d{1,6})\s*[-:–]\s*(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/.exec(lower);
  if (range) {
    const a = Number(range[2]);
    const b = Number(range[3]);
    const bad = portOrInvalid(Math.max(a, b), String(Math.max(a, b)));
    if (bad) return bad;
    return { kind: 'port-range', first: Math.min(a, b), last: Math.max(a, b), protocol: (range[1] ?? range[4]) as 'tcp' | 'udp' | undefined };
  }

  if (/^[0-9a-f:.%[\]]+\/\d{1,3}$/i.test(text) && /[.:]/.test(text)) return { kind: 'cidr', text };
  if (/^\[?[0-9a-f:.]+(%[\w.-]+)?\]?$/i.test(text) && (/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || text.includes(':'))) {
    return { kind: 'address', text };
  }
  return { kind: 'words', text: lower };
}
