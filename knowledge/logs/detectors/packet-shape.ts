// What a logged packet looks like: TCP flags, reply or new attempt, address kinds, reverse flows.
import type { LogEvent, StreamedEvent } from '../types';
import type { EventStore } from '../event-store';
import { pairKey } from './windows';

export type TcpFlag = 'SYN' | 'ACK' | 'FIN' | 'RST' | 'PSH' | 'URG' | 'ECE' | 'CWR';

const FLAG_NAMES: Record<string, TcpFlag> = {
  SYN: 'SYN', ACK: 'ACK', FIN: 'FIN', RST: 'RST', PSH: 'PSH', URG: 'URG', ECE: 'ECE', CWR: 'CWR',
  S: 'SYN', A: 'ACK', F: 'FIN', R: 'RST', P: 'PSH', U: 'URG', E: 'ECE', C: 'CWR', W: 'CWR',
};
/** Words some logs use for a packet with no flag set. */
const NO_FLAGS = new Set(['NONE', 'NULL', '-', '']);

/** Flag sets already worked out, per flag list: the store hands every event with the same flags one shared list. */
const FLAG_SETS = new WeakMap<readonly string[], ReadonlySet<TcpFlag>>();

let lastFlagList: readonly string[] | undefined;
let lastFlagSet: ReadonlySet<TcpFlag> | undefined;

/** The TCP flags of an event, normalised to names; undefined when not TCP or the log gave none. */
export function tcpFlagsOf(e: Pick<LogEvent, 'protocol' | 'tcpFlags'>): ReadonlySet<TcpFlag> | undefined {
  if (e.protocol !== 'tcp' || !e.tcpFlags) return undefined;
  // Every detector asks about the same event in turn: the last answer saves a WeakMap lookup.
  if (e.tcpFlags === lastFlagList) return lastFlagSet as ReadonlySet<TcpFlag>;
  const known = FLAG_SETS.get(e.tcpFlags);
  if (known) {
    lastFlagList = e.tcpFlags;
    lastFlagSet = known;
    return known;
  }
  const out = new Set<TcpFlag>();
  FLAG_SETS.set(e.tcpFlags, out);
  for (const raw of e.tcpFlags) {
    const word = raw.trim().toUpperCase();
    if (NO_FLAGS.has(word)) continue;
    const named = FLAG_NAMES[word];
    if (named) out.add(named);
    // Compact letter strings such as "SA" or "FPU".
    else for (const ch of word) if (FLAG_NAMES[ch]) out.add(FLAG_NAMES[ch]);
  }
  return out;
}

/** High ports that servers commonly answer from, besides the well-known range. */
const HIGH_SERVICE_PORTS = new Set([3389, 8080, 8443]);

/**
 * Likely the answer half of a conversation rather than a probe: TCP with ACK or RST set, or (when
 * the log has no flags) a packet from a service port to a client port. Source ports 1-5 are
 * excluded on purpose: nothing answers from there, scanning scripts send from them.
 */
export function looksLikeReply(e: LogEvent): boolean {
  // Several detectors ask about the same streamed event (one object refilled per row): answer once.
  const row = (e as Partial<StreamedEvent>).row;
  if (row !== undefined && e === lastAsked && row === lastAskedRow) return lastAnswer;
  const answer = replyShaped(e);
  if (row !== undefined) {
    lastAsked = e;
    lastAskedRow = row;
    lastAnswer = answer;
  }
  return answer;
}

let lastAsked: LogEvent | undefined;
let lastAskedRow = -1;
let lastAnswer = false;

function replyShaped(e: LogEvent): boolean {
  const flags = tcpFlagsOf(e);
  if (flags) return flags.has('ACK') || flags.has('RST');
  if (e.srcPort === undefined || e.dstPort === undefined) return false;
  const fromService = (e.srcPort > 5 && e.srcPort < 1024) || HIGH_SERVICE_PORTS.has(e.srcPort);
  return fromService && e.dstPort >= 1024;
}

/** A new connection attempt: a TCP SYN without ACK, or a flag-less line that is not reply-shaped. */
export function isConnectionAttempt(e: LogEvent): boolean {
  const flags = tcpFlagsOf(e);
  if (flags) return flags.has('SYN') && !flags.has('ACK');
  return !looksLikeReply(e);
}

export function isIcmp(e: LogEvent): boolean {
  return e.protocol === 'icmp' || e.protocol === 'icmpv6';
}

/** ICMP echo request (ping) for IPv4 or IPv6. */
export function isEchoRequest(e: LogEvent): boolean {
  return (e.protocol === 'icmp' && e.icmpType === 8) || (e.protocol === 'icmpv6' && e.icmpType === 128);
}

/** ICMP echo reply for IPv4 or IPv6. */
export function isEchoReply(e: LogEvent): boolean {
  return (e.protocol === 'icmp' && e.icmpType === 0) || (e.protocol === 'icmpv6' && e.icmpType === 129);
}

function octets(address: string): number[] | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  const nums = parts.map(Number);
  return nums.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? nums : undefined;
}

/** IPv4 addresses ending in .255 or .0, and the limited broadcast 255.255.255.255. */
export function isBroadcastLike(address: string): boolean {
  const o = octets(address);
  return !!o && (o[3] === 255 || o[3] === 0);
}

/** Multicast (224/4, ff00::/8) or broadcast-looking addresses. */
export function isGroupAddress(address: string): boolean {
  const o = octets(address);
  if (o) return (o[0] >= 224 && o[0] <= 239) || isBroadcastLike(address);
  return address.toLowerCase().startsWith('ff');
}

/** RFC 1918, loopback, link-local and IPv6 unique-local / link-local addresses. */
export function isLocalAddress(address: string): boolean {
  const o = octets(address);
  if (o) {
    return o[0] === 10 || o[0] === 127 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) ||
      (o[0] === 192 && o[1] === 168) || (o[0] === 169 && o[1] === 254);
  }
  const a = address.toLowerCase();
  return a === '::1' || /^f[cd]/.test(a) || /^fe[89ab]/.test(a);
}

/** Traffic leaving for the Internet: marked outbound, or from a local address to a public one. */
export function isOutbound(e: LogEvent): boolean {
  if (e.direction) return e.direction === 'out';
  return !!e.src && !!e.dst && isLocalAddress(e.src) && !isLocalAddress(e.dst);
}

/** The /24 of an IPv4 address or the /64 of an IPv6 one, for "same network" grouping. */
export function subnetOf(address: string): string {
  const o = octets(address);
  if (o) return `${o[0]}.${o[1]}.${o[2]}.0/24`;
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Which of the candidate rows have their opposite direction in the log (so they answer something we
 * sent). One pass over the store, looking only at rows whose address pair mirrors a candidate's: no index
 * of every flow is built, which matters when a log holds tens of thousands of different addresses.
 */
export function rowsWithReverseFlow(store: EventStore, candidates: Iterable<number>): Set<number> {
  const protocol = store.column('protocol');
  const src = store.column('src');
  const dst = store.column('dst');
  const srcPort = store.column('srcPort');
  const dstPort = store.column('dstPort');
  // Mirrored address pair -> the candidates waiting for a row with that pair.
  const waiting = new Map<number, number[]>();
  for (const r of candidates) {
    if (srcPort[r] < 0 || dstPort[r] < 0 || src[r] < 0 || dst[r] < 0) continue;
    const key = pairKey(dst[r], src[r]);
    const list = waiting.get(key);
    if (list) list.push(r);
    else waiting.set(key, [r]);
  }
  const answered = new Set<number>();
  if (!waiting.size) return answered;
  for (let i = 0; i < store.length; i++) {
    if (src[i] < 0 || dst[i] < 0) continue;
    const list = waiting.get(pairKey(src[i], dst[i]));
    if (!list) continue;
    for (const r of list) {
      if (protocol[i] === protocol[r] && srcPort[i] === dstPort[r] && dstPort[i] === srcPort[r]) answered.add(r);
    }
  }
  return answered;
}
