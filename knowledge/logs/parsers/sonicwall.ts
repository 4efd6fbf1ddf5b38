// SonicWall SonicOS "enhanced" syslog: id=firewall sn=… time="…" m=<id> msg="…" src=<ip>:<port>:<iface>[:host]
// dst=… proto=tcp/https [fw_action="drop"] [type= code=]. IPv6 goes in srcV6=/dstV6= with src=:<port>:<iface>.
import type { LogEvent, LogParser } from '../types';
import { actionFromText, actionOf, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { parseKeyValues } from './lib/fields';
import { ymdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

/** "1.2.3.4:80:X1:host" → address, port, interface (the address may be empty when srcV6 is used). */
function endpoint(value: string | undefined, v6: string | undefined) {
  const parts = (value ?? '').split(':');
  return {
    address: normalizeAddress(v6) ?? normalizeAddress(parts[0]),
    port: toPort(parts[1]),
    iface: parts[2] || undefined,
  };
}

export const sonicwall: LogParser = {
  id: 'sonicwall',
  name: 'SonicWall',
  test(line) {
    return line.includes('id=firewall') || (line.includes(' sn=') && line.includes(' m=') && line.includes('src='));
  },
  parse(line) {
    const kv = parseKeyValues(line);
    const a = endpoint(kv.get('src'), kv.get('srcV6'));
    const b = endpoint(kv.get('dst'), kv.get('dstV6'));
    if (!a.address || !b.address) return null;
    const out: Parsed = {};
    const time = kv.get('time');
    if (time) {
      out.timeText = time;
      const t = ymdToEpoch(time.replace(/ UTC$/, ''));
      if (t !== undefined) out.time = t;
    }
    const fwAction = kv.get('fw_action');
    const msg = kv.get('msg') ?? '';
    if (fwAction && fwAction !== 'NA') {
      out.actionText = fwAction;
      const action = actionOf(fwAction);
      if (action) out.action = action;
    } else {
      const verdict = actionFromText(msg);
      if (verdict) {
        out.action = verdict.action;
        out.actionText = verdict.word;
      }
    }
    const protoParts = (kv.get('proto') ?? '').split('/');
    // ICMP drops (m=38) may carry type=/code= but no proto= key.
    const protocol = normalizeProtocol(protoParts[0]) ??
      (/\bICMP\b/.test(msg) || (kv.has('type') && kv.has('code')) ? 'icmp' : undefined);
    if (protocol) out.protocol = protocol;
    out.src = a.address;
    out.dst = b.address;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(kv.get('type'));
      const code = toInt(kv.get('code'));
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    } else {
      if (a.port !== undefined) out.srcPort = a.port;
      const dp = b.port ?? toPort(protoParts[1]);
      if (dp !== undefined) out.dstPort = dp;
    }
    if (a.iface) out.interface = a.iface;
    const rule = kv.get('rule');
    if (rule) out.rule = rule;
    return out;
  },
};
