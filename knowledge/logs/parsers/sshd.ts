// OpenSSH sshd messages, from auth.log / secure or the journal (`journalctl -u ssh`, also `-o cat` without
// a header): "Accepted publickey for alice from 192.0.2.7 port 51234 ssh2", "Failed password for invalid
// user admin from 203.0.113.9 port 40022 ssh2", "Invalid user oracle from …", "refused connect from …".
// Accepted logins are allowed; failed, invalid-user and refused ones denied; the rest (disconnects before
// login, scanners that never speak SSH) are recorded without a verdict.
import type { LogParser, ParsedFields, ServerEventKind } from '../types';
import { normalizeAddress, toPort } from './lib/normalize';
import { serverEvent } from './lib/server-fields';

const ADDR = '([0-9A-Fa-f:.]{2,45})';
const PORT = '(?: port (\\d{1,5}))?';

interface Shape {
  re: RegExp;
  kind: ServerEventKind;
  action?: 'allow' | 'deny';
  /** Match groups of the user, address and port (0 = none). */
  user: number;
  address: number;
  port: number;
  /** Words kept as the action text. */
  word: string;
}

const SHAPES: Shape[] = [
  { re: new RegExp(`^Accepted (\\S{1,40}) for (\\S{1,128}) from ${ADDR}${PORT}`), kind: 'login-accepted', action: 'allow', user: 2, address: 3, port: 4, word: 'Accepted' },
  { re: new RegExp(`^Failed (\\S{1,40}) for (?:invalid user )?(\\S{0,128}) from ${ADDR}${PORT}`), kind: 'login-failed', action: 'deny', user: 2, address: 3, port: 4, word: 'Failed' },
  { re: new RegExp(`^(?:error: )?maximum authentication attempts exceeded for (?:invalid user )?(\\S{0,128}) from ${ADDR}${PORT}`), kind: 'login-failed', action: 'deny', user: 1, address: 2, port: 3, word: 'maximum authentication attempts exceeded' },
  { re: new RegExp(`^[Ii]nvalid user (\\S{0,128}) from ${ADDR}${PORT}`), kind: 'invalid-user', action: 'deny', user: 1, address: 2, port: 3, word: 'Invalid user' },
  { re: new RegExp(`^User (\\S{1,128}) from ${ADDR} not allowed because`), kind: 'user-not-allowed', action: 'deny', user: 1, address: 2, port: 0, word: 'not allowed' },
  { re: new RegExp(`^refused connect from \\S{0,255} ?\\(${ADDR}\\)`), kind: 'connection-refused', action: 'deny', user: 0, address: 1, port: 0, word: 'refused connect' },
  { re: new RegExp(`^(?:pam_unix\\(sshd:auth\\): authentication failure|PAM \\d{1,3} more authentication failures);.{0,200}? rhost=${ADDR}(?:\\s+user=(\\S{1,128}))?`), kind: 'login-failed', action: 'deny', user: 2, address: 1, port: 0, word: 'authentication failure' },
  { re: new RegExp(`^(?:Connection closed by|Connection reset by|Disconnected from)(?: \\w{1,20} user (\\S{0,128}))? ${ADDR}${PORT}`), kind: 'preauth-disconnect', user: 1, address: 2, port: 3, word: 'disconnected' },
  { re: new RegExp(`^Received disconnect from ${ADDR}${PORT}`), kind: 'preauth-disconnect', user: 0, address: 1, port: 2, word: 'disconnected' },
  { re: new RegExp(`^(?:fatal: )?Timeout before authentication for ${ADDR}${PORT}`), kind: 'preauth-disconnect', user: 0, address: 1, port: 2, word: 'timeout' },
  { re: new RegExp(`^Did not receive identification string from ${ADDR}${PORT}`), kind: 'no-identification', user: 0, address: 1, port: 2, word: 'no identification' },
  { re: new RegExp(`^(?:banner exchange: Connection from|Bad protocol version identification .{0,200} from) ${ADDR}${PORT}`), kind: 'protocol-mismatch', user: 0, address: 1, port: 2, word: 'not SSH' },
  { re: new RegExp(`^Unable to negotiate with ${ADDR}${PORT}`), kind: 'negotiation-failed', user: 0, address: 1, port: 2, word: 'unable to negotiate' },
  { re: new RegExp(`^ssh_dispatch_run_fatal: Connection from (?:\\w{1,20} user \\S{0,128} )?${ADDR}${PORT}`), kind: 'error', user: 0, address: 1, port: 2, word: 'fatal' },
  { re: new RegExp(`^Magic value check failed \\(\\d{1,12}\\) on obfuscated handshake from ${ADDR}${PORT}`), kind: 'protocol-mismatch', user: 0, address: 1, port: 2, word: 'not SSH' },
  { re: new RegExp(`^Close session: user (\\S{1,128}) from ${ADDR}${PORT}`), kind: 'connection', user: 1, address: 2, port: 3, word: 'session closed' },
];

/** "Connection from A port P on B port Q" (LogLevel VERBOSE): the only line naming our side too. */
const CONNECTION = new RegExp(`^Connection from ${ADDR} port (\\d{1,5}) on ${ADDR} port (\\d{1,5})`);
const PROGRAM = /^sshd(?:-session|-auth)?$/;
const STARTS = /^(?:Accepted|Failed|Invalid user|invalid user|User \S+ from|refused connect|pam_unix\(sshd|PAM \d|Connection (?:closed|reset|from)|Disconnected from|Received disconnect|Did not receive|Unable to negotiate|banner exchange|Bad protocol version|maximum authentication|error: maximum|fatal: Timeout|Timeout before|ssh_dispatch_run_fatal|Magic value check failed|Close session)/;

export const sshd: LogParser = {
  id: 'sshd',
  name: 'OpenSSH sshd (auth.log, journal)',
  test(line, context) {
    return context.program !== undefined ? PROGRAM.test(context.program) : STARTS.test(line);
  },
  parse(line) {
    const c = CONNECTION.exec(line);
    if (c) {
      return serverEvent('ssh', {
        kind: 'connection', src: normalizeAddress(c[1]), srcPort: toPort(c[2]), dst: normalizeAddress(c[3]), dstPort: toPort(c[4]),
      });
    }
    for (const shape of SHAPES) {
      const m = shape.re.exec(line);
      if (!m) continue;
      const src = normalizeAddress(m[shape.address]);
      if (!src) return null;
      const out: ParsedFields = serverEvent('ssh', { kind: shape.kind, actionText: shape.word, src });
      if (shape.action) out.action = shape.action;
      const port = shape.port ? toPort(m[shape.port]) : undefined;
      if (port !== undefined) out.srcPort = port;
      const user = shape.user ? m[shape.user] : undefined;
      if (user) out.user = user;
      if (shape.kind === 'login-accepted') out.actionText = `Accepted ${m[1]}`;
      return out;
    }
    return null;
  },
};
