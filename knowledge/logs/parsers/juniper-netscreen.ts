// Juniper NetScreen / ScreenOS traffic logs: "NetScreen device_id=… [Root]system-notification-00257(traffic):
// start_time="…" … proto=6 src zone=Untrust dst zone=Trust action=Permit … src=… dst=… src_port=… dst_port=…".
// Some keys contain spaces ("src zone=", "src-xlated ip="), so the fields are picked one by one.
import type { LogEvent, LogParser } from '../types';
import { actionOf, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { ymdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

function field(line: string, key: string, pattern = '\\S{1,64}'): string | undefined {
  const m = new RegExp(`(?:^| )${key}=(${pattern})`).exec(line);
  return m?.[1];
}

export const juniperNetscreen: LogParser = {
  id: 'juniper-netscreen',
  name: 'Juniper NetScreen / ScreenOS',
  test(line) {
    return line.includes('device_id=') && line.includes('(traffic):');
  },
  parse(line) {
    const src = normalizeAddress(field(line, 'src'));
    const dst = normalizeAddress(field(line, 'dst'));
    if (!src || !dst) return null;
    const out: Parsed = {};
    const start = field(line, 'start_time', '"[^"]{0,40}"')?.slice(1, -1);
    if (start) {
      out.timeText = start;
      const t = ymdToEpoch(start);
      if (t !== undefined) out.time = t;
    }
    const actionText = field(line, 'action', '\\w{1,16}');
    if (actionText) {
      out.actionText = actionText;
      const action = actionOf(actionText);
      if (action) out.action = action;
    }
    const protocol = normalizeProtocol(field(line, 'proto', '\\d{1,3}'));
    if (protocol) out.protocol = protocol;
    out.src = src;
    const sp = toPort(field(line, 'src_port', '\\d{1,5}'));
    if (sp !== undefined && protocol !== 'icmp') out.srcPort = sp;
    out.dst = dst;
    const dp = toPort(field(line, 'dst_port', '\\d{1,5}'));
    if (dp !== undefined && protocol !== 'icmp') out.dstPort = dp;
    if (protocol === 'icmp') {
      const type = toInt(field(line, 'icmp type', '\\d{1,3}'));
      if (type !== undefined) out.icmpType = type;
    }
    const zone = field(line, 'src zone', '[^\\s]{1,64}');
    if (zone) out.interface = zone;
    const policy = field(line, 'policy_id', '\\d{1,10}');
    if (policy) out.rule = policy;
    return out;
  },
};
