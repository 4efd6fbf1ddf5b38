// Linux netfilter LOG / nftables log lines (iptables, ip6tables, UFW, firewalld, Shorewall, SuSEfirewall2,
// OpenWrt, DD-WRT, Tomato, ASUSWRT, EdgeOS/UniFi, Proxmox VE). The verdict lives only in the free-text
// prefix before IN=; an ICMP error quotes the offending packet in [brackets] — the outer packet is the event.
import type { LogEvent, LogParser } from '../types';
import {
  actionFromText, flagsFromNames, normalizeAddress, normalizeProtocol, toInt, toPort,
} from './lib/normalize';
import { monthIndex, utcEpoch, zoneOffsetMinutes } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const TCP_FLAGS = new Set(['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN']);
// Proxmox VE: "<vmid> <level> <chain> 20/Jun/2022:13:09:14 +0200 <verdict>: "
const PROXMOX = /^(\d{1,10}) (\d) (\S{1,64}) (\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) ?/;
// EdgeOS / USG / UniFi rule-set tags: [WAN_LOCAL-default-D], [WAN_OUT-2000-A], [WAN_LOCAL-D-2147483647]
const RULESET_TAG = /\[([\w.]{1,48}(?:-[\w.]{1,24}){1,3})\]/;
const UPTIME = /^\[ {0,12}\d{1,10}\.\d{1,9}\] ?/;

/** Index where the KEY=value part starts: the first IN=, else the first OUT=. */
function bodyStart(line: string): number {
  const inAt = line.indexOf('IN=');
  const outAt = line.indexOf('OUT=');
  if (inAt < 0) return outAt;
  if (outAt < 0) return inAt;
  return Math.min(inAt, outAt);
}

function readPrefix(prefix: string, out: Parsed): void {
  let text = prefix.replace(UPTIME, '');
  const px = PROXMOX.exec(text);
  if (px) {
    const month = monthIndex(px[5]);
    const offset = zoneOffsetMinutes(px[10]);
    if (month !== undefined && offset !== undefined) {
      out.time = utcEpoch(+px[6], month, +px[4], +px[7], +px[8], +px[9], undefined, offset);
      out.timeText = `${px[4]}/${px[5]}/${px[6]}:${px[7]}:${px[8]}:${px[9]} ${px[10]}`;
    }
    text = `${px[3]} ${text.slice(px[0].length)}`;
  }
  const descrless = text.replace(/DESCR="[^"]{0,256}"/, ' ');
  const tag = RULESET_TAG.exec(descrless);
  if (tag) {
    const letter = tag[1].split('-').find((p) => p === 'A' || p === 'D' || p === 'R');
    if (letter) {
      out.action = letter === 'A' ? 'allow' : 'deny';
      out.actionText = letter;
      out.rule = tag[1];
      return;
    }
  }
  const verdict = actionFromText(descrless);
  if (verdict) {
    out.action = verdict.action;
    out.actionText = verdict.word;
  }
  const rule = text.trim().replace(/:$/, '').trim();
  if (rule) out.rule = rule.slice(0, 200);
}

export const netfilter: LogParser = {
  id: 'netfilter',
  name: 'Linux netfilter (iptables / nftables / UFW / firewalld)',
  test(line) {
    return line.includes('SRC=') && line.includes('DST=') && bodyStart(line) >= 0;
  },
  parse(line) {
    const start = bodyStart(line);
    if (start < 0) return null;
    let body = line.slice(start);
    const inner = body.indexOf('[');
    if (inner >= 0) body = body.slice(0, inner);
    const kv = new Map<string, string>();
    const flags: string[] = [];
    let seenProto = false;
    for (const token of body.split(' ')) {
      if (!token) continue;
      const eq = token.indexOf('=');
      if (eq > 0) {
        const key = token.slice(0, eq);
        if (key === 'PROTO') seenProto = true;
        if (!kv.has(key)) kv.set(key, token.slice(eq + 1));
      } else if (seenProto && TCP_FLAGS.has(token)) {
        flags.push(token);
      }
    }
    const src = normalizeAddress(kv.get('SRC'));
    const dst = normalizeAddress(kv.get('DST'));
    if (!src && !dst) return null;
    const out: Parsed = {};
    readPrefix(line.slice(0, start), out);
    const protocol = normalizeProtocol(kv.get('PROTO'));
    if (protocol) out.protocol = protocol;
    if (src) out.src = src;
    const srcPort = toPort(kv.get('SPT'));
    if (srcPort !== undefined) out.srcPort = srcPort;
    if (dst) out.dst = dst;
    const dstPort = toPort(kv.get('DPT'));
    if (dstPort !== undefined) out.dstPort = dstPort;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(kv.get('TYPE'));
      const code = toInt(kv.get('CODE'));
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    }
    const inIf = kv.get('IN') || undefined;
    const outIf = kv.get('OUT') || undefined;
    if (inIf || outIf) out.interface = inIf ?? outIf;
    if (inIf && outIf) out.direction = 'forward';
    else if (inIf) out.direction = 'in';
    else if (outIf) out.direction = 'out';
    const ttl = toInt(kv.get('TTL') ?? kv.get('HOPLIMIT'));
    if (ttl !== undefined) out.ttl = ttl;
    const tcpFlags = protocol === 'tcp' ? flagsFromNames(flags) : undefined;
    if (tcpFlags) out.tcpFlags = tcpFlags;
    const length = toInt(kv.get('LEN'));
    if (length !== undefined) out.length = length;
    return out;
  },
};
