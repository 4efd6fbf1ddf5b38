// Fortinet FortiGate (FortiOS key=value): srcip= srcport= dstip= dstport= proto=<number> action=…
// date= time= [tz=] policyid= srcintf=. FortiOS 3/4 used src= dst= src_port= dst_port= status= src_int=.
import type { LogEvent, LogParser } from '../types';
import { actionOf, normalizeAddress, normalizeProtocol, toPort } from './lib/normalize';
import { parseKeyValues } from './lib/fields';
import { ymdToEpoch, zoneOffsetMinutes } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

export const fortigate: LogParser = {
  id: 'fortigate',
  name: 'Fortinet FortiGate',
  test(line) {
    return (line.includes('devname=') || line.includes('logid=') || line.includes('devid=')) &&
      (line.includes('srcip=') || line.includes('src='));
  },
  parse(line) {
    const kv = parseKeyValues(line.replace(/^<\d{1,3}>/, ''));
    const src = normalizeAddress(kv.get('srcip') ?? kv.get('src'));
    const dst = normalizeAddress(kv.get('dstip') ?? kv.get('dst'));
    if (!src || !dst) return null;
    const out: Parsed = {};
    const date = kv.get('date');
    const clock = kv.get('time');
    if (date && clock) {
      out.timeText = `${date} ${clock}`;
      const t = ymdToEpoch(out.timeText, zoneOffsetMinutes(kv.get('tz')) ?? 0);
      if (t !== undefined) out.time = t;
    }
    const actionText = kv.get('action') ?? kv.get('status');
    if (actionText) {
      out.actionText = actionText;
      const action = actionOf(actionText);
      if (action) out.action = action;
    }
    const protocol = normalizeProtocol(kv.get('proto'));
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol !== 'icmp' && protocol !== 'icmpv6') {
      const sp = toPort(kv.get('srcport') ?? kv.get('src_port'));
      const dp = toPort(kv.get('dstport') ?? kv.get('dst_port'));
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    } else {
      // ICMPv6 rows name the type and code in the service: service="icmp6/1/0".
      const svc = /^icmp6?\/(\d{1,3})\/(\d{1,3})$/.exec(kv.get('service') ?? '');
      if (svc) {
        out.icmpType = Number(svc[1]);
        out.icmpCode = Number(svc[2]);
      }
    }
    const iface = kv.get('srcintf') ?? kv.get('src_int');
    if (iface) out.interface = iface;
    const rule = kv.get('policyid') ?? kv.get('policy_id');
    if (rule) out.rule = rule;
    return out;
  },
};
