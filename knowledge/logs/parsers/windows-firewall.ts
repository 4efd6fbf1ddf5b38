// Windows Defender Firewall pfirewall.log (W3C-like, space separated, "-" = empty). The column order comes
// from the "#Fields:" header, kept in context.state; without one the standard order is assumed.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { actionOf, flagsFromLetters, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { columnReader } from './lib/fields';
import { ymdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const ID = 'windows-firewall';
const DEFAULT_FIELDS = [
  'date', 'time', 'action', 'protocol', 'src-ip', 'dst-ip', 'src-port', 'dst-port', 'size', 'tcpflags',
  'tcpsyn', 'tcpack', 'tcpwin', 'icmptype', 'icmpcode', 'info', 'path', 'pid',
];
const ROW = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [A-Z][A-Z-]{1,24} /;
const PATHS: Record<string, 'in' | 'out' | 'forward'> = { RECEIVE: 'in', SEND: 'out', FORWARD: 'forward' };

interface State { fields: string[] }

function state(context: ParseContext): State {
  const s = context.state[ID] as State | undefined;
  return s ?? { fields: DEFAULT_FIELDS };
}

export const windowsFirewall: LogParser = {
  id: ID,
  name: 'Windows Firewall (pfirewall.log)',
  test(line) {
    return line.startsWith('#Fields:') || ROW.test(line);
  },
  parse(line, context) {
    if (line.startsWith('#Fields:')) {
      const fields = line.slice(8).trim().split(/\s+/).slice(0, 64);
      if (fields.includes('src-ip')) context.state[ID] = { fields } satisfies State;
      return null;
    }
    const values = line.trim().split(/\s+/);
    const { fields } = state(context);
    const get = columnReader(fields, values);
    const src = normalizeAddress(get('src-ip'));
    const dst = normalizeAddress(get('dst-ip'));
    if (!src || !dst) return null;
    const out: Parsed = {};
    const date = get('date');
    const time = get('time');
    if (date && time) {
      out.timeText = `${date} ${time}`;
      const t = ymdToEpoch(out.timeText);
      if (t !== undefined) out.time = t;
    }
    const actionText = get('action');
    if (actionText) {
      out.actionText = actionText;
      const action = actionOf(actionText);
      if (action) out.action = action;
    }
    const protocol = normalizeProtocol(get('protocol'));
    if (protocol) out.protocol = protocol;
    out.src = src;
    out.dst = dst;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(get('icmptype'));
      const code = toInt(get('icmpcode'));
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    } else {
      const sp = toPort(get('src-port'));
      const dp = toPort(get('dst-port'));
      if (sp !== undefined) out.srcPort = sp;
      if (dp !== undefined) out.dstPort = dp;
    }
    const dir = PATHS[get('path') ?? ''];
    if (dir) out.direction = dir;
    const flags = protocol === 'tcp' ? flagsFromLetters(get('tcpflags')) : undefined;
    if (flags) out.tcpFlags = flags;
    const window = protocol === 'tcp' ? toInt(get('tcpwin')) : undefined;
    if (window !== undefined) out.window = window;
    const size = toInt(get('size'));
    if (size !== undefined) out.length = size;
    return out;
  },
};
