// Exim main log (mainlog, or exim4 through syslog): "2022-06-29 16:04:05 dovecot_plain authenticator failed
// for (helo) [192.0.2.1]:47807: 535 Incorrect authentication data (set_id=dave)", "H=host [192.0.2.1]:53343
// F=<a@b> rejected RCPT <c@d>: relay not permitted", accepted messages ("<= a@b H=… [192.0.2.1]:…").
// Rejections and failed logins are denied, accepted messages allowed.
import type { LogParser, ParsedFields, ServerEventKind } from '../types';
import { normalizeAddress, toPort } from './lib/normalize';
import { serverEvent } from './lib/server-fields';
import { ymdToEpoch, zoneOffsetMinutes } from './lib/time';

/** Exim's own time, optional zone, optional [pid] and message id, then the message. */
const HEAD = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{3})?)(?: ([+-]\d{4}))? (?:\[\d{1,10}\] )?(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} )?(.{0,4096})$/;
/** The client: "[1.2.3.4]:5678" or "[1.2.3.4]" after an optional host name and "(helo)". */
const CLIENT = '\\[([0-9A-Fa-f:.]{2,45})\\](?::(\\d{1,5}))?';
const AUTH_FAILED = new RegExp(`^(\\S{1,40}) authenticator failed for .{0,300}?${CLIENT}: (\\d{3}) .{0,200}?(?:\\(set_id=(.{0,128})\\))?$`);
const HOST = new RegExp(`^H=.{0,300}?${CLIENT}`);
const ACCEPTED = new RegExp(`^<= \\S{0,255} .{0,300}?H=.{0,300}?${CLIENT}`);
const CONNECTION = new RegExp(`^SMTP (connection|call) from .{0,300}?${CLIENT}(.{0,200})`);
const PROTOCOL_ERROR = new RegExp(`^SMTP (?:protocol|syntax) error in .{0,300}?H=.{0,300}?${CLIENT}`);
const PROGRAM = /^exim\d?$/;
const STARTS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/;
const RELAY = /relay(?:ing)? not permitted|relay access denied/i;

function kindOfReject(rest: string): { kind: ServerEventKind; word: string } | undefined {
  if (/ rejected RCPT /.test(rest)) return RELAY.test(rest) ? { kind: 'relay-denied', word: 'rejected RCPT' } : { kind: 'recipient-rejected', word: 'rejected RCPT' };
  if (/ (?:temporarily )?rejected (?:connection|EHLO|HELO)/.test(rest)) return { kind: 'connection-rejected', word: 'rejected' };
  if (/ rejected MAIL/.test(rest)) return { kind: 'sender-rejected', word: 'rejected MAIL' };
  if (/ sender verify fail/.test(rest)) return { kind: 'sender-rejected', word: 'sender verify failed' };
  return undefined;
}

function event(src: string | undefined, port: string | undefined, fields: ParsedFields): ParsedFields | null {
  const address = normalizeAddress(src);
  return address ? serverEvent('smtp', { src: address, srcPort: toPort(port), ...fields }) : null;
}

export const exim: LogParser = {
  id: 'exim',
  name: 'Exim main log',
  test(line, context) {
    return context.program !== undefined ? PROGRAM.test(context.program) : STARTS.test(line) && HEAD.test(line);
  },
  parse(line) {
    // Through syslog, Exim may leave its own time out (syslog_timestamp = false).
    const head = STARTS.test(line) ? HEAD.exec(line) : null;
    const offset = zoneOffsetMinutes(head?.[2] ?? 'Z') ?? 0;
    const when: ParsedFields = head ? { time: ymdToEpoch(head[1], offset), timeText: head[2] ? `${head[1]} ${head[2]}` : head[1] } : {};
    const rest = head ? head[3] : line;
    let m: RegExpExecArray | null;
    if ((m = AUTH_FAILED.exec(rest))) {
      return event(m[2], m[3], { ...when, action: 'deny', actionText: 'authenticator failed', kind: 'login-failed', status: Number(m[4]), user: m[5] || undefined });
    }
    if ((m = PROTOCOL_ERROR.exec(rest))) return event(m[1], m[2], { ...when, actionText: 'protocol error', kind: 'protocol-mismatch' });
    if ((m = HOST.exec(rest))) {
      const reject = kindOfReject(rest);
      return reject ? event(m[1], m[2], { ...when, action: 'deny', actionText: reject.word, kind: reject.kind }) : null;
    }
    if ((m = ACCEPTED.exec(rest))) {
      const user = / A=[\w-]{1,40}:(\S{1,128})/.exec(rest)?.[1];
      return event(m[1], m[2], { ...when, action: 'allow', actionText: '<=', kind: user ? 'login-accepted' : 'message-accepted', user });
    }
    if ((m = CONNECTION.exec(rest))) {
      const dropped = m[1] === 'call' && /dropped/.test(m[4]);
      return event(m[2], m[3], { ...when, kind: dropped ? 'connection-rejected' : 'connection', ...(dropped ? { action: 'deny' as const, actionText: 'dropped' } : {}) });
    }
    return null;
  },
};
