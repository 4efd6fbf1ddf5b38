// pfSense / OPNsense filterlog: one CSV record per packet, column layout depends on IP version and protocol.
import type { LogEvent, LogParser } from '../types';
import { actionOf, flagsFromLetters, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const SHAPE = /^(?:filterlog(?:\[\d{1,10}\])?: )?\d{1,10},\d{0,10},[^,]{0,64},[^,]{0,64},[^,]{1,32},[\w-]{1,16},[a-z-]{1,16},(?:in|out),[46],/;
const PREFIX = /^filterlog(?:\[\d{1,10}\])?: /;

/** ICMPv4 type (and code where the word fixes it) for filterlog's ICMP words. */
const ICMP_WORDS: Record<string, [number, number?]> = {
  reply: [0, 0], unreach: [3], unreachproto: [3, 2], unreachport: [3, 3], needfrag: [3, 4], redirect: [5],
  request: [8, 0], routeradvert: [9], routersol: [10], timexceed: [11], paramprob: [12], tstamp: [13],
  tstampreply: [14], inforeq: [15], inforeply: [16], maskreq: [17], maskreply: [18],
};

export const pfFilterlog: LogParser = {
  id: 'pf-filterlog',
  name: 'pfSense / OPNsense filterlog',
  test(line) {
    return SHAPE.test(line);
  },
  parse(line) {
    const f = line.replace(PREFIX, '').split(',');
    const version = f[8];
    // IPv4: ..., tos, ecn, ttl, id, offset, flags, protonum, protoname, length, src, dst, <proto part>
    // IPv6: ..., class, flowlabel, hoplimit, protoname, protonum, length, src, dst, <proto part>
    const v4 = version === '4';
    if (f.length < (v4 ? 20 : 17)) return null;
    const protoNum = v4 ? f[15] : f[13];
    const protoName = v4 ? f[16] : f[12];
    const src = normalizeAddress(v4 ? f[18] : f[15]);
    const dst = normalizeAddress(v4 ? f[19] : f[16]);
    if (!src || !dst) return null;
    const d = v4 ? 20 : 17;
    const out: Parsed = {};
    const protocol = normalizeProtocol(protoNum) ?? normalizeProtocol(protoName);
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol === 'tcp' || protocol === 'udp') {
      const sp = toPort(f[d]);
      const dp = toPort(f[d + 1]);
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
      if (protocol === 'tcp') {
        const flags = flagsFromLetters(f[d + 3]);
        if (flags) out.tcpFlags = flags;
        const window = toInt(f[d + 6]);
        if (window !== undefined) out.window = window;
      }
    } else if (protocol === 'icmp') {
      const known = ICMP_WORDS[f[d] ?? ''];
      if (known) {
        out.icmpType = known[0];
        if (known[1] !== undefined) out.icmpCode = known[1];
      }
    }
    out.actionText = f[6];
    const action = actionOf(f[6]);
    if (action) out.action = action;
    if (f[7] === 'in' || f[7] === 'out') out.direction = f[7];
    if (f[4]) out.interface = f[4];
    const ttl = toInt(f[11]);
    if (ttl !== undefined) out.ttl = ttl;
    const ipId = v4 ? toInt(f[12]) : undefined;
    if (ipId !== undefined) out.ipId = ipId;
    const length = toInt(v4 ? f[17] : f[14]);
    if (length !== undefined) out.length = length;
    const rule = f[3] || f[0];
    if (rule) out.rule = rule;
    return out;
  },
};
