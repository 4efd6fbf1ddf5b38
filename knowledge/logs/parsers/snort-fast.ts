// Snort / Suricata "fast" alerts: "<MM/DD[/YYYY]-hh:mm:ss.us> [Drop] [**] [gid:sid:rev] msg [**]
// [Classification: …] [Priority: n] {PROTO} src[:port] -> dst[:port]". Only [Drop]/[wDrop] is a verdict.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { icmpFamily, normalizeAddress, normalizeProtocol, splitAddressPort, toPort } from './lib/normalize';
import { utcEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const HEAD = /^((\d{2})\/(\d{2})(?:\/(\d{2,4}))?-(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)? *(?:\[(Drop|wDrop|Block)\] *)?\[\*\*\] \[(\d{1,10}:\d{1,10}:\d{1,10})\] (.{0,600}?) \[\*\*\]/;
const TUPLE = /\{([\w-]{1,16})\} (\S{1,60}) -> (\S{1,60})\s*$/;

/** "1.2.3.4:80", "[2001:db8::1]:443"; a bare IPv6 with a trailing ":port" when the protocol has ports. */
function endpoint(text: string, hasPorts: boolean): { address?: string; port?: number } {
  if (text.startsWith('[') || text.split(':').length <= 2) return splitAddressPort(text);
  const whole = normalizeAddress(text);
  const cut = text.lastIndexOf(':');
  const left = normalizeAddress(text.slice(0, cut));
  const port = toPort(text.slice(cut + 1));
  if (hasPorts && left && port !== undefined) return { address: left, port };
  return { address: whole };
}

export const snortFast: LogParser = {
  id: 'snort-fast',
  name: 'Snort / Suricata fast alert',
  test(line) {
    return line.includes('[**]') && line.includes(' -> ');
  },
  parse(line, context: ParseContext) {
    const h = HEAD.exec(line);
    const t = TUPLE.exec(line);
    if (!h || !t) return null;
    const protocol = normalizeProtocol(t[1]);
    const hasPorts = protocol === 'tcp' || protocol === 'udp' || protocol === 'sctp';
    const a = endpoint(t[2], hasPorts);
    const b = endpoint(t[3], hasPorts);
    if (!a.address || !b.address) return null;
    const out: Parsed = {};
    if (h[1]) {
      const yearText = h[4];
      const year = !yearText ? context.assumedYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
      out.timeText = h[1];
      const ms = utcEpoch(year, Number(h[2]) - 1, Number(h[3]), Number(h[5]), Number(h[6]), Number(h[7]), h[8]);
      if (ms !== undefined) out.time = ms;
    }
    if (h[9]) {
      out.action = 'deny';
      out.actionText = h[9];
    }
    const proto = icmpFamily(protocol, a.address);
    if (proto) out.protocol = proto;
    out.src = a.address;
    if (a.port !== undefined && hasPorts) out.srcPort = a.port;
    out.dst = b.address;
    if (b.port !== undefined && hasPorts) out.dstPort = b.port;
    out.rule = `[${h[10]}] ${h[11]}`.slice(0, 200);
    return out;
  },
};
