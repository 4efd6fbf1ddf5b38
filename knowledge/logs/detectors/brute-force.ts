// brute-force: password guessing. Seen two ways: in a firewall log, one source opening connection after
// connection to a login port (SSH, RDP, telnet, SMB, databases, SIP ...); in a server log (sshd, Postfix
// or Exim SMTP AUTH, web basic auth), one source failing to log in again and again.
import type { Detector, Finding, LogEvent, StreamedEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { SERVICES, serviceName } from '../services';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isConnectionAttempt, isOutbound } from './packet-shape';
import { densestWindow, RowGate, RowGroups, type WindowPick } from './windows';

export const BRUTE_FORCE_THRESHOLDS = defineThresholds({
  /** Firewall logs: connection attempts from one source to one login port (any of our hosts). */
  minAttempts: 20,
  /**
   * ...averaging at least this many per host. Guessing returns to the same server again and again; a
   * sweep touches each host once (host-sweep reports that), so it is not mistaken for guessing.
   */
  minAttemptsPerHost: 3,
  /**
   * Server logs: failed-login lines from one source for one service. sshd often writes two lines per
   * wrong guess (invalid user, failed password), so 10 lines is about five guesses: more than a person
   * mistyping, and more than fail2ban's default of 5 before it bans.
   */
  minFailedLogins: 10,
  /** ...inside this many milliseconds (whole input without times). */
  windowMs: 10 * 60_000,
});
export type BruteForceThresholds = typeof BRUTE_FORCE_THRESHOLDS;

/** Services that take a password and are guessed at all day long. */
export const LOGIN_SERVICES: ReadonlyMap<number, string> = new Map([
  [21, 'FTP'],
  [22, 'SSH'],
  [23, 'Telnet'],
  [110, 'POP3'],
  [143, 'IMAP'],
  [445, 'SMB'],
  [1433, 'Microsoft SQL Server'],
  [2323, 'Telnet (alternate)'],
  [3306, 'MySQL'],
  [3389, 'Remote Desktop'],
  [5060, 'SIP'],
  [5432, 'PostgreSQL'],
  [5900, 'VNC'],
]);

const FAILED_LOGIN = new Set(['login-failed', 'invalid-user', 'user-not-allowed']);

/**
 * A login attempt seen by a firewall: a new TCP connection to a login port. UDP (SIP) counts only when
 * denied, since phones send allowed keep-alives all day; allowed outbound sessions are our own use.
 */
function isAttempt(e: LogEvent): boolean {
  if (e.kind || !e.src || e.dstPort === undefined || !LOGIN_SERVICES.has(e.dstPort)) return false;
  if (e.action === 'allow' && isOutbound(e)) return false;
  if (e.protocol === 'udp') return e.action === 'deny';
  return e.protocol === 'tcp' && isConnectionAttempt(e);
}

const isFailedLogin = (e: LogEvent) => !!e.src && !!e.service && !!e.kind && FAILED_LOGIN.has(e.kind);

/** What was guessed at: a firewall port ("port 22") or a server-log service ("ssh"). */
interface Burst {
  port?: number;
  service?: string;
  pick: WindowPick;
  /** Server logs: successful logins from the same source. */
  accepted: number;
}

function describe(store: EventStore, b: Burst): string {
  const hosts = new Set(b.pick.rows.map((r) => store.dstAt(r) ?? '?'));
  const where = hosts.size === 1 && !hosts.has('?') ? ` on ${[...hosts][0]}` : hosts.size > 1 ? ` on ${count(hosts.size, 'host')}` : '';
  const what = b.service !== undefined
    ? `${count(b.pick.rows.length, `failed ${serviceName(b.service)} login`)}`
    : `${count(b.pick.rows.length, 'connection')} to ${LOGIN_SERVICES.get(b.port as number)} (port ${b.port})`;
  return `${what}${where}${formatSpan(b.pick.spanMs)}`;
}

function rateLimitOf(store: EventStore, b: Burst): { port: number; protocol: 'tcp' | 'udp' } | undefined {
  if (b.port !== undefined) return { port: b.port, protocol: store.protocolAt(b.pick.rows[0]) === 'udp' ? 'udp' : 'tcp' };
  const seen = store.dstPortAt(b.pick.rows[0]);
  const info = SERVICES[b.service as string];
  if (seen !== undefined) return { port: seen, protocol: info?.protocol ?? 'tcp' };
  return info ? { port: info.port, protocol: info.protocol } : undefined;
}

function toFinding(store: EventStore, src: string, bursts: Burst[]): Finding {
  const rows = bursts.flatMap((b) => b.pick.rows);
  const allowed = rows.filter((r) => store.actionAt(r) === 'allow').length + bursts.reduce((n, b) => n + b.accepted, 0);
  const serverLog = bursts.every((b) => b.service !== undefined);
  const limits = bursts.map((b) => rateLimitOf(store, b)).filter((l) => l !== undefined);
  return makeFinding({
    id: 'brute-force',
    title: `Password guessing from ${src}`,
    severity: allowed ? 'high' : 'medium',
    explanation:
      `${src} made ${formatList(bursts.map((b) => describe(store, b)), 3)}.` +
      ' Trying one login after another like this is how bots guess passwords, working through lists of common and leaked ones.' +
      (allowed
        ? serverLog
          ? ` ${count(allowed, 'login from this address succeeded', 'logins from this address succeeded')}: check that account now, change its password, and prefer keys or strong unique passwords with rate limiting.`
          : ` ${count(allowed, 'connection was', 'connections were')} let through, so check that service's own log for successful logins, and use keys or strong unique passwords with rate limiting.`
        : serverLog
          ? ' None of them got in; keep it that way with keys or strong passwords, and block or rate-limit the address.'
          : ' The firewall blocked them all; keep the service closed to the Internet, or put it behind a VPN.'),
    sources: [src],
    lines: linesOf(store, rows),
    actor: src,
    remedy: { block: [src], rateLimit: limits },
  });
}

export function createBruteForceDetector(thresholds: BruteForceThresholds = BRUTE_FORCE_THRESHOLDS): Detector {
  return defineDetector({
    id: 'brute-force',
    start() {
      const byPort = new RowGroups<number>(new RowGate(thresholds.minAttempts));
      const byService = new RowGroups<string>(new RowGate(thresholds.minFailedLogins));
      const accepted = new Map<string, number>();
      const add = (e: StreamedEvent) => {
        if (isAttempt(e)) byPort.add(e.srcId * 65536 + (e.dstPort as number), e.row, -1, e.srcId);
        else if (isFailedLogin(e)) byService.add(`${e.srcId}\n${e.service}`, e.row, -1, e.srcId);
        else if (e.kind === 'login-accepted' && e.src && e.service) {
          const key = `${e.srcId}\n${e.service}`;
          accepted.set(key, (accepted.get(key) ?? 0) + 1);
        }
      };
      return {
        consume: add,
        finish({ store }) {
          const bySource = new Map<string, Burst[]>();
          const keep = (rows: number[], min: number, burst: Omit<Burst, 'pick'>) => {
            if (rows.length < min) return;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => r);
            if (pick.rows.length < min) return;
            if (burst.port !== undefined) {
              const hosts = new Set(pick.rows.map((r) => store.dstIdAt(r))).size;
              if (pick.rows.length < hosts * thresholds.minAttemptsPerHost) return;
            }
            const src = store.srcAt(rows[0]) as string;
            const list = bySource.get(src) ?? [];
            list.push({ ...burst, pick });
            bySource.set(src, list);
          };
          for (const [key, rows] of byPort.entries()) keep(rows, thresholds.minAttempts, { port: key % 65536, accepted: 0 });
          for (const [key, rows] of byService.entries()) {
            keep(rows, thresholds.minFailedLogins, { service: key.split('\n')[1], accepted: accepted.get(key) ?? 0 });
          }
          return [...bySource].map(([src, bursts]) => toFinding(store, src, bursts));
        },
      };
    },
  });
}

export const bruteForceDetector: Detector = createBruteForceDetector();
