// Postfix smtpd and postscreen messages: rejected recipients ("NOQUEUE: reject: RCPT from
// unknown[192.0.2.1]: 454 4.7.1 <x@y>: Relay access denied; …"), SASL AUTH failures, accepted clients,
// and clients that do not speak SMTP. Rejections and failed logins are denied, accepted clients allowed.
import type { LogParser, ParsedFields, ServerEventKind } from '../types';
import { normalizeAddress, toPort } from './lib/normalize';
import { serverEvent } from './lib/server-fields';

/** "host[1.2.3.4]", "unknown[2001:db8::1]:5678", "[1.2.3.4]:5678" (postscreen). */
const CLIENT = '(\\S{0,255}?)\\[([0-9A-Fa-f:.]{2,45})\\](?::(\\d{1,5}))?';
const REJECT = new RegExp(`^(?:NOQUEUE|[0-9A-F]{5,20}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,20}): reject: (RCPT|CONNECT|MAIL|EHLO|HELO|DATA|VRFY|END-OF-MESSAGE) from ${CLIENT}: (\\d{3}) (?:[245]\\.\\d{1,3}\\.\\d{1,3} )?(.{0,1024})`);
const SASL = new RegExp(`^warning: ${CLIENT}: SASL (\\S{1,20}) authentication failed`);
const ACCEPTED = new RegExp(`^[0-9A-Za-z]{5,20}: client=${CLIENT}(?:, sasl_method=\\S{1,20}, sasl_username=(\\S{1,128}))?`);
const NON_SMTP = new RegExp(`^warning: non-SMTP command from ${CLIENT}`);
const LOST = new RegExp(`^lost connection after \\S{1,20} from ${CLIENT}`);
const CONNECT = new RegExp(`^(?:connect|disconnect) from ${CLIENT}`);
const POSTSCREEN_CONNECT = new RegExp(`^CONNECT from ${CLIENT} to \\[([0-9A-Fa-f:.]{2,45})\\]:(\\d{1,5})`);
const PROGRAM = /^postfix(?:-[\w.-]{1,32})?\/[\w./-]{1,64}$/;
/** Postfix names the master.cf service in the program: submission and smtps listen on fixed ports. */
const SERVICE_PORTS: Record<string, number> = { submission: 587, smtps: 465 };

/** The event for a match whose CLIENT groups start at `at` (host, address, port). */
function fromClient(m: RegExpExecArray, at: number, fields: ParsedFields, program: string | undefined): ParsedFields | null {
  const src = normalizeAddress(m[at + 1]);
  if (!src) return null;
  const service = program?.split('/').find((part) => part in SERVICE_PORTS);
  return serverEvent('smtp', {
    src,
    srcPort: toPort(m[at + 2]),
    dstPort: service ? SERVICE_PORTS[service] : undefined,
    ...fields,
  });
}

function rejectKind(verb: string, reason: string): ServerEventKind {
  if (verb === 'RCPT') return /relay access denied/i.test(reason) ? 'relay-denied' : 'recipient-rejected';
  if (verb === 'MAIL' || verb === 'EHLO' || verb === 'HELO') return 'sender-rejected';
  return 'connection-rejected';
}

export const postfix: LogParser = {
  id: 'postfix',
  name: 'Postfix (smtpd, postscreen)',
  test(line, context) {
    return context.program !== undefined && PROGRAM.test(context.program);
  },
  parse(line, context) {
    const program = context.program;
    let m: RegExpExecArray | null;
    if ((m = REJECT.exec(line))) {
      const reason = m[6];
      return fromClient(m, 2, { action: 'deny', actionText: 'reject', kind: rejectKind(m[1], reason), status: Number(m[5]) }, program);
    }
    if ((m = SASL.exec(line))) return fromClient(m, 1, { action: 'deny', actionText: 'SASL authentication failed', kind: 'login-failed' }, program);
    if ((m = ACCEPTED.exec(line))) {
      const user = m[4];
      return fromClient(m, 1, { action: 'allow', actionText: 'client', kind: user ? 'login-accepted' : 'message-accepted', user }, program);
    }
    if ((m = NON_SMTP.exec(line))) return fromClient(m, 1, { actionText: 'non-SMTP command', kind: 'protocol-mismatch' }, program);
    if ((m = LOST.exec(line))) return fromClient(m, 1, { actionText: 'lost connection', kind: 'preauth-disconnect' }, program);
    if ((m = POSTSCREEN_CONNECT.exec(line))) {
      const out = fromClient(m, 1, { kind: 'connection', actionText: 'CONNECT' }, program);
      if (out) {
        out.dst = normalizeAddress(m[4]);
        out.dstPort = toPort(m[5]);
      }
      return out;
    }
    if ((m = CONNECT.exec(line))) return fromClient(m, 1, { kind: 'connection' }, program);
    return null;
  },
};
