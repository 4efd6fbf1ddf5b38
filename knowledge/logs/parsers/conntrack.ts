// Linux connection-tracking listings (conntrack -L, conntrack -E, /proc/net/nf_conntrack):
// "[ipv4 2] tcp 6 431982 ESTABLISHED src=… dst=… sport=… dport=… … src=… (reply tuple) …".
// The first tuple is the original direction; there is no verdict (entries are tracked connections).
import type { LogEvent, LogParser } from '../types';
import { normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const HEAD = /^ *(?:\[[A-Z]{3,8}\] +)?(?:ipv[46] +\d{1,2} +)?([a-z][a-z0-9-]{1,15}) +(\d{1,3}) +(?:\d{1,10} +)?(?:[A-Z_]{2,16} +)?src=/;

export const conntrack: LogParser = {
  id: 'conntrack',
  name: 'Linux conntrack listing',
  test(line) {
    return line.includes('src=') && line.includes('dst=') && HEAD.test(line);
  },
  parse(line) {
    const head = HEAD.exec(line);
    if (!head) return null;
    const first: Record<string, string> = {};
    for (const token of line.slice(head[0].length - 4).split(/ +/)) {
      const eq = token.indexOf('=');
      if (eq <= 0) continue;
      const key = token.slice(0, eq);
      if (key in first) break; // the reply tuple starts with a second src=
      first[key] = token.slice(eq + 1);
    }
    const src = normalizeAddress(first.src);
    const dst = normalizeAddress(first.dst);
    if (!src || !dst) return null;
    const out: Parsed = {};
    const protocol = normalizeProtocol(head[2]) ?? normalizeProtocol(head[1]);
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(first.type);
      const code = toInt(first.code);
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    } else {
      const sp = toPort(first.sport);
      const dp = toPort(first.dport);
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    return out;
  },
};
