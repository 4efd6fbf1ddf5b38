// brute-force: one source opening connection after connection to a login service (SSH, RDP,
// telnet, SMB, databases, SIP ...), the pattern of password guessing.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isConnectionAttempt, isOutbound } from './packet-shape';
import { densestWindow, groupBy, type WindowPick } from './windows';

export const BRUTE_FORCE_THRESHOLDS = defineThresholds({
  /** Connection attempts from one source to one login service (any of our hosts). */
  minAttempts: 20,
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

/**
 * A login attempt: a new TCP connection to a login port. UDP (SIP) counts only when denied, since
 * phones send allowed keep-alives all day; allowed outbound sessions from here are our own use.
 */
function isAttempt(e: LogEvent): boolean {
  if (!e.src || e.dstPort === undefined || !LOGIN_SERVICES.has(e.dstPort)) return false;
  if (e.action === 'allow' && isOutbound(e)) return false;
  if (e.protocol === 'udp') return e.action === 'deny';
  return e.protocol === 'tcp' && isConnectionAttempt(e);
}

interface Burst {
  port: number;
  pick: WindowPick;
}

function describe(b: Burst): string {
  const hosts = new Set(b.pick.events.map((e) => e.dst ?? '?'));
  const where = hosts.size === 1 ? [...hosts][0] : count(hosts.size, 'host');
  return `${count(b.pick.events.length, 'connection')} to ${LOGIN_SERVICES.get(b.port)} (port ${b.port}) on ${where}${formatSpan(b.pick.spanMs)}`;
}

function toFinding(src: string, bursts: Burst[]): Finding {
  const events = bursts.flatMap((b) => b.pick.events);
  const allowed = events.filter((e) => e.action === 'allow').length;
  return makeFinding({
    id: 'brute-force',
    title: `Password guessing from ${src}`,
    severity: allowed ? 'high' : 'medium',
    explanation:
      `${src} made ${formatList(bursts.map(describe), 3)}.` +
      ' Opening one login after another like this is how bots guess passwords, working through lists of common and leaked ones.' +
      (allowed
        ? ` ${count(allowed, 'connection was', 'connections were')} let through, so check that service's own log for successful logins, and use keys or strong unique passwords with rate limiting.`
        : ' The firewall blocked them all; keep the service closed to the Internet, or put it behind a VPN.'),
    sources: [src],
    lines: linesOf(events),
  });
}

export function createBruteForceDetector(thresholds: BruteForceThresholds = BRUTE_FORCE_THRESHOLDS): Detector {
  return {
    id: 'brute-force',
    detect(events) {
      const bySource = new Map<string, Burst[]>();
      for (const [key, group] of groupBy(events, (e) => (isAttempt(e) ? `${e.src}\n${e.dstPort}` : undefined))) {
        if (group.length < thresholds.minAttempts) continue;
        const pick = densestWindow(group, thresholds.windowMs, (e) => e.line);
        if (pick.events.length < thresholds.minAttempts) continue;
        const [src, port] = key.split('\n');
        const list = bySource.get(src) ?? [];
        list.push({ port: Number(port), pick });
        bySource.set(src, list);
      }
      return [...bySource].map(([src, bursts]) => toFinding(src, bursts));
    },
  };
}

export const bruteForceDetector: Detector = createBruteForceDetector();
