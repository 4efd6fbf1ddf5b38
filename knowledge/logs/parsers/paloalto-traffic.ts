// Palo Alto Networks PAN-OS syslog CSV (TRAFFIC; THREAT shares the same first columns).
// Columns, 0-based from the leading FUTURE_USE field: 3 type, 6 generated time, 7 src, 8 dst, 11 rule,
// 16/17 zones, 18/19 interfaces, 24 sport, 25 dport, 29 protocol, 30 action.
import type { LogEvent, LogParser } from '../types';
import { actionOf, icmpFamily, normalizeAddress, normalizeProtocol, toPort } from './lib/normalize';
import { splitCsv } from './lib/fields';
import { ymdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const TYPES = new Set(['TRAFFIC', 'THREAT']);

export const paloaltoTraffic: LogParser = {
  id: 'paloalto-traffic',
  name: 'Palo Alto PAN-OS traffic log',
  test(line) {
    return line.includes(',TRAFFIC,') || line.includes(',THREAT,');
  },
  parse(line) {
    const cols = splitCsv(line);
    const typeAt = cols.findIndex((c, i) => i >= 3 && i <= 6 && TYPES.has(c));
    if (typeAt < 0) return null;
    const f = cols.slice(typeAt - 3);
    if (f.length < 31) return null;
    const src = normalizeAddress(f[7]);
    const dst = normalizeAddress(f[8]);
    if (!src || !dst) return null;
    const out: Parsed = {};
    if (f[6]) {
      out.timeText = f[6];
      const t = ymdToEpoch(f[6]);
      if (t !== undefined) out.time = t;
    }
    if (f[30]) {
      out.actionText = f[30];
      const action = actionOf(f[30]);
      if (action) out.action = action;
    }
    const protocol = icmpFamily(normalizeProtocol(f[29]), src);
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol !== 'icmp' && protocol !== 'icmpv6') {
      const sp = toPort(f[24]);
      const dp = toPort(f[25]);
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    if (f[18]) out.interface = f[18];
    if (f[11]) out.rule = f[11];
    return out;
  },
};
