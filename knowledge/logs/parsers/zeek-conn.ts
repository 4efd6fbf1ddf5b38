// Zeek (Bro) conn.log: TSV with a "#fields" header (kept in context.state), or JSON lines with the same
// names. Without a header the classic column order (ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto)
// is assumed. For ICMP, id.orig_p holds the ICMP type (id.resp_p is the counterpart type, not a port).
import type { LogEvent, LogParser, ParseContext } from '../types';
import { icmpFamily, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { columnReader } from './lib/fields';
import { epochFromNumber, isoToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const ID = 'zeek-conn';
const DEFAULT_FIELDS = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto'];
const DEFAULT_ROW = /^(?:\d{9,10}\.\d{1,9}|X{10}\.X{6})\t[A-Za-z0-9]{8,24}\t[0-9A-Fa-f:.]{2,45}\t\d{1,5}\t/;

interface State { fields: string[]; separator: string; unset: string }

function state(context: ParseContext): State {
  return (context.state[ID] as State | undefined) ?? { fields: DEFAULT_FIELDS, separator: '\t', unset: '-' };
}

function header(line: string, context: ParseContext): void {
  const s = { ...state(context) };
  if (line.startsWith('#separator ')) {
    const sep = line.slice(11).trim();
    s.separator = sep.startsWith('\\x') ? String.fromCharCode(parseInt(sep.slice(2, 4), 16)) : sep || '\t';
  } else if (line.startsWith('#unset_field')) {
    s.unset = line.slice(12).trim() || '-';
  } else if (line.startsWith('#fields')) {
    s.fields = line.slice(8).split(s.separator).map((f) => f.trim()).filter(Boolean).slice(0, 128);
  } else {
    return;
  }
  context.state[ID] = s;
}

function build(get: (name: string) => string | undefined): Parsed | null {
  const src = normalizeAddress(get('id.orig_h'));
  const dst = normalizeAddress(get('id.resp_h'));
  if (!src || !dst) return null;
  const out: Parsed = {};
  const ts = get('ts');
  const t = ts ? epochFromNumber(ts) ?? isoToEpoch(ts) : undefined;
  if (ts && t !== undefined) {
    out.time = t;
    out.timeText = ts;
  }
  const ipProto = get('ip_proto');
  const protocol = ipProto ? normalizeProtocol(ipProto) : icmpFamily(normalizeProtocol(get('proto')), src);
  if (protocol) out.protocol = protocol;
  out.src = src;
  out.dst = dst;
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    const type = toInt(get('id.orig_p'));
    if (type !== undefined) out.icmpType = type;
  } else {
    const sp = toPort(get('id.orig_p'));
    const dp = toPort(get('id.resp_p'));
    if (sp !== undefined) out.srcPort = sp;
    if (dp !== undefined) out.dstPort = dp;
  }
  return out;
}

export const zeekConn: LogParser = {
  id: ID,
  name: 'Zeek conn.log',
  test(line, context) {
    if (line.startsWith('#')) return true;
    if (line.startsWith('{')) return line.includes('"id.orig_h"');
    if (!line.includes('\t') && state(context).separator === '\t') return false;
    return context.state[ID] !== undefined || DEFAULT_ROW.test(line);
  },
  parse(line, context) {
    if (line.startsWith('#')) {
      header(line, context);
      return null;
    }
    if (line.startsWith('{')) {
      let obj: unknown;
      try { obj = JSON.parse(line); } catch { return null; }
      if (!obj || typeof obj !== 'object') return null;
      const rec = obj as Record<string, unknown>;
      return build((name) => (rec[name] === undefined || rec[name] === null ? undefined : String(rec[name])));
    }
    const s = state(context);
    const values = line.split(s.separator);
    return build(columnReader(s.fields, values, [s.unset, '(empty)']));
  },
};
