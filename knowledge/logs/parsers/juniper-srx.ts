// Juniper SRX RT_FLOW session logs, in both wire formats:
// structured (RFC 5424 SD: source-address="…" destination-port="…" protocol-id="6" …) and standard text
// ("RT_FLOW_SESSION_DENY: session denied 10.0.0.1/54924->192.168.1.1/53 junos-dns-udp 17(0) policy …"),
// including newer releases' connection tags ("… 0x0 junos-ssh 6(0) default-deny …").
import type { LogEvent, LogParser } from '../types';
import { icmpFamily, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const EVENT = /RT_FLOW_SESSION_(CREATE|CLOSE|DENY)(?:_LS)?\b/;
const QUOTED = /([\w-]{1,48})="([^"]{0,512})"/g;
const TUPLE = /([0-9A-Fa-f:.]{2,45})\/(\d{1,5})->([0-9A-Fa-f:.]{2,45})\/(\d{1,5})/;
const IFACE = /^(?:[a-z]{2,5}-\d{1,2}\/\d{1,2}\/\d{1,3}(?:\.\d{1,5})?|(?:reth|ae|irb|st0|lo0|fxp)\d{0,3}\.\d{1,5})$/;
const ACTIONS = { CREATE: 'allow', DENY: 'deny', CLOSE: undefined } as const;

function base(kind: 'CREATE' | 'CLOSE' | 'DENY'): Parsed {
  const out: Parsed = { actionText: kind };
  const action = ACTIONS[kind];
  if (action) out.action = action;
  return out;
}

function finish(out: Parsed, proto: string | undefined, src?: string, sp?: string, dst?: string, dp?: string, icmpType?: string): Parsed | null {
  const s = normalizeAddress(src);
  const d = normalizeAddress(dst);
  if (!s || !d) return null;
  const protocol = icmpFamily(normalizeProtocol(proto), s);
  if (protocol) out.protocol = protocol;
  out.src = s;
  out.dst = d;
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    // SRX fills the port slots of ICMP sessions with identifiers, not ports.
    const t = toInt(icmpType);
    if (t !== undefined) out.icmpType = t;
  } else {
    const a = toPort(sp);
    const b = toPort(dp);
    if (a !== undefined) out.srcPort = a;
    if (b !== undefined) out.dstPort = b;
  }
  return out;
}

function structured(line: string, kind: 'CREATE' | 'CLOSE' | 'DENY'): Parsed | null {
  const kv = new Map<string, string>();
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(line)) !== null) if (!kv.has(m[1])) kv.set(m[1], m[2]);
  const out = finish(base(kind), kv.get('protocol-id'), kv.get('source-address'), kv.get('source-port'),
    kv.get('destination-address'), kv.get('destination-port'), kv.get('icmp-type'));
  if (!out) return null;
  const iface = kv.get('packet-incoming-interface');
  if (iface) out.interface = iface;
  const rule = kv.get('policy-name');
  if (rule) out.rule = rule;
  return out;
}

/** "6", "17(0)", "1(8)": a protocol number, with the ICMP type in brackets. */
const PROTO_WORD = /^(\d{1,3})(?:\((\d{1,3})\))?$/;

/**
 * Where the protocol number stands among the words after the session tuple. Junos releases differ:
 * newer ones add a connection tag (0x0) after each tuple and write the NAT rule type and name, so the
 * position is searched for. DENY: service, proto(icmp-type), policy, zones ...; CREATE/CLOSE: service,
 * NAT tuple, NAT rules, proto, policy, zones, session id ...
 */
function protocolIndex(words: string[], deny: boolean): number {
  if (deny) {
    const bracketed = words.findIndex((w) => /^\d{1,3}\(\d{1,3}\)$/.test(w));
    return bracketed >= 0 ? bracketed : words.findIndex((w) => PROTO_WORD.test(w));
  }
  const nat = words.findIndex((w) => w.includes('->'));
  if (nat < 0) return -1;
  const k = words.slice(nat + 1).findIndex((w) => PROTO_WORD.test(w));
  return k < 0 ? -1 : nat + 1 + k;
}

function text(line: string, kind: 'CREATE' | 'CLOSE' | 'DENY'): Parsed | null {
  const t = TUPLE.exec(line);
  if (!t) return null;
  const words = line.slice(t.index + t[0].length).trim().split(/\s+/).slice(0, 64);
  const at = protocolIndex(words, kind === 'DENY');
  const pm = at >= 0 ? PROTO_WORD.exec(words[at]) : null;
  const out = finish(base(kind), pm?.[1], t[1], t[2], t[3], t[4], pm?.[2]);
  if (!out) return null;
  const rule = at >= 0 ? words[at + 1] : undefined;
  if (rule) out.rule = rule;
  const iface = words.find((w) => IFACE.test(w));
  if (iface) out.interface = iface;
  return out;
}

export const juniperSrx: LogParser = {
  id: 'juniper-srx',
  name: 'Juniper SRX (RT_FLOW)',
  test(line) {
    return line.includes('RT_FLOW_SESSION_');
  },
  parse(line) {
    const ev = EVENT.exec(line);
    if (!ev) return null;
    const kind = ev[1] as 'CREATE' | 'CLOSE' | 'DENY';
    return line.includes('source-address="') ? structured(line, kind) : text(line, kind);
  },
};
