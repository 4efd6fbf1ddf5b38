// ArcSight Common Event Format: CEF:0|vendor|product|version|signature|name|severity|key=value …
// (Forcepoint, UniFi, Check Point, Trend, FortiGate exports …). UniFi may drop the "CEF:" marker or
// write "CEF: 0|". Extension values may contain spaces; a value ends where the next " key=" begins.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { actionFromText, actionOf, icmpFamily, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { parseCefExtension } from './lib/fields';
import { epochFromNumber, findBsdTime, isoToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const BARE = /^\d{1,2}\|[^|]{1,100}\|[^|]{1,100}\|/;

/** Splits the 7 header fields (pipes escaped as \| inside them) from the extension. */
function splitHeader(text: string): { header: string[]; ext: string } | undefined {
  const header: string[] = [];
  let buf = '';
  let i = 0;
  for (; i < text.length && header.length < 7; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) { buf += text[++i]; continue; }
    if (c === '|') { header.push(buf); buf = ''; continue; }
    buf += c;
  }
  return header.length === 7 ? { header, ext: text.slice(i) } : undefined;
}

function readTime(rt: string | undefined, out: Parsed, year: number): void {
  if (!rt) return;
  const t = /^\d{9,19}$/.test(rt) ? epochFromNumber(rt) : isoToEpoch(rt) ?? findBsdTime(rt, year)?.time;
  if (t === undefined) return;
  out.time = t;
  out.timeText = rt;
}

export const cef: LogParser = {
  id: 'cef',
  name: 'CEF (Common Event Format)',
  test(line) {
    return line.includes('CEF:') || BARE.test(line);
  },
  parse(line, context: ParseContext) {
    const at = line.indexOf('CEF:');
    const body = at >= 0 ? line.slice(at + 4).trimStart() : line;
    const split = splitHeader(body);
    if (!split) return null;
    const [, , , , signature, name] = split.header;
    const kv = parseCefExtension(split.ext);
    const src = normalizeAddress(kv.get('src') ?? kv.get('c6a2') ?? kv.get('sourceAddress'));
    const dst = normalizeAddress(kv.get('dst') ?? kv.get('c6a3') ?? kv.get('destinationAddress'));
    const dp = toPort(kv.get('dpt') ?? kv.get('destinationPort'));
    // A record needs both ends, or a source and a destination port, to describe traffic.
    if (!src || (!dst && dp === undefined)) return null;
    const out: Parsed = {};
    readTime(kv.get('rt') ?? kv.get('end') ?? kv.get('start'), out, context.assumedYear);
    const act = kv.get('act') ?? kv.get('deviceAction');
    if (act) {
      out.actionText = act;
      const action = actionOf(act);
      if (action) out.action = action;
    } else {
      const verdict = actionFromText(name);
      if (verdict) {
        out.action = verdict.action;
        out.actionText = verdict.word;
      }
    }
    const protocol = icmpFamily(normalizeProtocol(kv.get('proto') ?? kv.get('transportProtocol')), src);
    if (protocol) out.protocol = protocol;
    out.src = src;
    if (dst) out.dst = dst;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(kv.get('icmpType'));
      const code = toInt(kv.get('icmpCode'));
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    } else {
      const sp = toPort(kv.get('spt') ?? kv.get('sourcePort'));
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    const iface = kv.get('deviceInboundInterface');
    if (iface) out.interface = iface;
    const dir = kv.get('deviceDirection');
    if (dir === '0') out.direction = 'in';
    else if (dir === '1') out.direction = 'out';
    const rule = kv.get('cs1Label') === 'Rule' || kv.get('cs1Label') === 'ruleName' ? kv.get('cs1') : undefined;
    out.rule = rule || (name ? name.slice(0, 200) : signature);
    return out;
  },
};
