// FreeBSD ipfw "log" lines: "ipfw: <rule> <Action> <PROTO part> <in|out> via <if>", with PROTO part
// "TCP a:p b:p", "UDP …", "ICMP:<type>.<code> a b", "ICMPv6:<t>.<c> a b" or "P:<num> a b".
import type { LogEvent, LogParser } from '../types';
import { actionOf, normalizeProtocol, splitAddressPort } from './lib/normalize';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const LINE = /^(?:ipfw: )?(\d{1,5}) (Accept|Deny|Reset|Count|Nat|Reass|Call \d{1,5}|Return|Unreach(?:6)? [\w-]{1,16}|Divert \d{1,5}|Tee \d{1,5}|SkipTo \d{1,5}|Pipe \d{1,5}|Queue \d{1,5}|Forward to \S{1,64}) (TCP|UDP|SCTP|ICMP:(\d{1,3})\.(\d{1,3})|ICMPv6:(\d{1,3})\.(\d{1,3})|P:(\d{1,3})) (\S{1,64}) (\S{1,64}) (in|out) via ([\w.:-]{1,32})/;

export const ipfw: LogParser = {
  id: 'ipfw',
  name: 'FreeBSD ipfw',
  test(line) {
    return line.includes(' via ') && LINE.test(line);
  },
  parse(line) {
    const m = LINE.exec(line);
    if (!m) return null;
    const a = splitAddressPort(m[9]);
    const b = splitAddressPort(m[10]);
    if (!a.address || !b.address) return null;
    const out: Parsed = {};
    const word = m[2].split(' ')[0];
    out.actionText = m[2];
    // Reset and Unreach answer the packet with a refusal, so they count as deny.
    const action = actionOf(word);
    if (action) out.action = action;
    let protocol: string | undefined;
    if (m[4] !== undefined) {
      protocol = 'icmp';
      out.icmpType = Number(m[4]);
      out.icmpCode = Number(m[5]);
    } else if (m[6] !== undefined) {
      protocol = 'icmpv6';
      out.icmpType = Number(m[6]);
      out.icmpCode = Number(m[7]);
    } else {
      protocol = normalizeProtocol(m[8] ?? m[3]);
    }
    if (protocol) out.protocol = protocol;
    out.src = a.address;
    out.dst = b.address;
    if (protocol === 'tcp' || protocol === 'udp' || protocol === 'sctp') {
      if (a.port !== undefined) out.srcPort = a.port;
      if (b.port !== undefined) out.dstPort = b.port;
    }
    out.direction = m[11] as 'in' | 'out';
    out.interface = m[12];
    out.rule = m[1];
    return out;
  },
};
