// MikroTik RouterOS firewall log: "[topics] [log-prefix] <chain>: in:<if> out:<if>, [connection-state:…]
// [src-mac …,] proto TCP (SYN), a:p->b:p, [NAT …,] len N". The verdict only shows in the log prefix.
import type { LogEvent, LogParser, ParseContext } from '../types';
import {
  actionFromText, flagsFromNames, normalizeProtocol, splitAddressPort, toInt,
} from './lib/normalize';
import { bsdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

// RouterOS memory log time: "jan/15/2024 14:30:01", "jan/15 14:30:01" or "14:30:01".
const MEMORY_TIME = /^(?:([a-z]{3})\/(\d{2})(?:\/(\d{4}))? )?(\d{2}:\d{2}:\d{2}) /;
const HEAD = /^(.{0,200}?)(?:^| )([\w-]{1,40}): in:(\([^)]{0,32}\)|\S{0,64}) out:(\([^)]{0,32}\)|[^,\s]{0,64}),/;
const PROTO = /proto (\w{1,16})(?: \(([^)]{0,60})\))?, (\S{1,80}?)->([^\s,]{1,80})/;
const CHAINS: Record<string, 'in' | 'out' | 'forward'> = { input: 'in', output: 'out', forward: 'forward' };

export const mikrotik: LogParser = {
  id: 'mikrotik',
  name: 'MikroTik RouterOS firewall',
  test(line) {
    return line.includes(' in:') && line.includes(' out:') && line.includes('proto ');
  },
  parse(line, context: ParseContext) {
    let text = line;
    const out: Parsed = {};
    const mt = MEMORY_TIME.exec(text);
    if (mt) {
      out.timeText = mt[0].trim();
      if (mt[1]) {
        const t = bsdToEpoch(mt[1], mt[2], mt[4], mt[3] ? Number(mt[3]) : context.assumedYear);
        if (t !== undefined) out.time = t;
      }
      text = text.slice(mt[0].length);
    }
    const head = HEAD.exec(text);
    const proto = PROTO.exec(text);
    if (!head || !proto) return null;
    const a = splitAddressPort(proto[3]);
    const b = splitAddressPort(proto[4]);
    if (!a.address || !b.address) return null;
    // head[1] holds the topics ("firewall,info") and the optional log prefix ("drop-in").
    const words = head[1].trim().split(' ').filter((w) => w && !w.includes(','));
    const prefix = words.join(' ');
    const verdict = actionFromText(prefix);
    if (verdict) {
      out.action = verdict.action;
      out.actionText = verdict.word;
    }
    const protocol = normalizeProtocol(proto[1]);
    if (protocol) out.protocol = protocol;
    out.src = a.address;
    out.dst = b.address;
    const detail = proto[2] ?? '';
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const m = /type (\d{1,3}), code (\d{1,3})/.exec(detail);
      if (m) {
        out.icmpType = Number(m[1]);
        out.icmpCode = Number(m[2]);
      }
    } else {
      if (a.port !== undefined) out.srcPort = a.port;
      if (b.port !== undefined) out.dstPort = b.port;
      const flags = protocol === 'tcp' ? flagsFromNames(detail.split(',')) : undefined;
      if (flags) out.tcpFlags = flags;
    }
    const inIf = head[3].startsWith('(') ? '' : head[3];
    const outIf = head[4].startsWith('(') ? '' : head[4];
    if (inIf || outIf) out.interface = inIf || outIf;
    const dir = CHAINS[head[2]];
    if (dir) out.direction = dir;
    const len = /, len (\d{1,6})/.exec(text.slice(proto.index));
    const length = toInt(len?.[1]);
    if (length !== undefined) out.length = length;
    out.rule = prefix ? `${prefix} ${head[2]}` : head[2];
    return out;
  },
};
