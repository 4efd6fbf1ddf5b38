// Builds LogEvent arrays for detector tests without going through any parser.
import type { LogEvent } from '../../../../knowledge/logs/types';

/** 2024-05-01 12:00:00 UTC, the start of every test log. */
export const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export type EventSpec = Partial<LogEvent>;

/** Numbers the events 1..n in order (unless a line is given) and fills format and raw. */
export function log(...specs: (EventSpec | EventSpec[])[]): LogEvent[] {
  return specs.flat().map((spec, i) => ({
    line: i + 1,
    format: 'test',
    raw: `test line ${i + 1}`,
    ...spec,
  }));
}

/** n specs made by fn(i). */
export function times(n: number, fn: (i: number) => EventSpec): EventSpec[] {
  return Array.from({ length: n }, (_, i) => fn(i));
}

/** A denied inbound TCP SYN. */
export function syn(src: string, dst: string, dstPort: number, extra: EventSpec = {}): EventSpec {
  return { action: 'deny', protocol: 'tcp', src, srcPort: 40000 + (dstPort % 20000), dst, dstPort, tcpFlags: ['SYN'], ...extra };
}

/** A denied inbound UDP packet. */
export function udp(src: string, srcPort: number, dst: string, dstPort: number, extra: EventSpec = {}): EventSpec {
  return { action: 'deny', protocol: 'udp', src, srcPort, dst, dstPort, ...extra };
}

/** An ICMP packet. */
export function icmp(src: string, dst: string, icmpType: number, icmpCode = 0, extra: EventSpec = {}): EventSpec {
  return { action: 'deny', protocol: 'icmp', src, dst, icmpType, icmpCode, ...extra };
}

/** A server-log event (web, sshd, mail, DNS) from a client. */
export function server(service: string, kind: LogEvent['kind'], src: string, extra: EventSpec = {}): EventSpec {
  return { protocol: 'tcp', service, kind, src, ...extra };
}

/** An HTTP request answered with `status`. */
export function http(src: string, method: string, target: string, status: number, extra: EventSpec = {}): EventSpec {
  return server('http', 'request', src, { method, target, status, action: status < 400 ? 'allow' : 'deny', ...extra });
}

/** Removes the time from every event, as for logs whose timestamps could not be read. */
export function withoutTimes(events: LogEvent[]): LogEvent[] {
  return events.map(({ time: _time, ...rest }) => rest);
}

/**
 * Everyday traffic that must raise no finding: a few blocked knocks on 22/443/3389 from different
 * sources, browsing over HTTPS with its replies, DNS and NTP answers, one ping and its reply, and
 * busy but ordinary LAN clients.
 */
export function quietTraffic(): LogEvent[] {
  const lan = '192.168.1.20';
  const specs: EventSpec[] = [
    syn('198.51.100.7', '192.0.2.10', 22, { time: T0 }),
    syn('198.51.100.7', '192.0.2.10', 22, { time: T0 + 3 * SECOND }),
    syn('203.0.113.44', '192.0.2.10', 443, { time: T0 + MINUTE }),
    syn('203.0.113.90', '192.0.2.10', 3389, { time: T0 + 2 * MINUTE }),
    syn('192.0.2.200', '192.0.2.10', 22, { time: T0 + 3 * MINUTE }),
  ];
  // Browsing: 15 sites, each an outbound SYN, the server's SYN/ACK and a late RST/ACK that got denied.
  for (let i = 0; i < 15; i++) {
    const site = `93.184.${i}.${10 + i}`;
    const port = 51000 + i;
    const t = T0 + i * 20 * SECOND;
    specs.push(
      { time: t, action: 'allow', protocol: 'tcp', src: lan, srcPort: port, dst: site, dstPort: 443, tcpFlags: ['SYN'], direction: 'out' },
      { time: t + 30, action: 'allow', protocol: 'tcp', src: site, srcPort: 443, dst: lan, dstPort: port, tcpFlags: ['SYN', 'ACK'] },
      { time: t + 600_000, action: 'deny', protocol: 'tcp', src: site, srcPort: 443, dst: lan, dstPort: port, tcpFlags: ['RST', 'ACK'] },
    );
  }
  // DNS: a question and its answer, plus one late answer the firewall had forgotten.
  specs.push(
    udp(lan, 53124, '9.9.9.9', 53, { time: T0 + 5 * SECOND, action: 'allow' }),
    udp('9.9.9.9', 53, lan, 53124, { time: T0 + 5 * SECOND + 20, action: 'allow' }),
    udp('1.1.1.1', 53, lan, 61234, { time: T0 + 9 * MINUTE }),
    // NTP answer to a request, and a ping with its reply.
    udp(lan, 123, '162.159.200.1', 123, { time: T0 + 6 * MINUTE, action: 'allow' }),
    udp('162.159.200.1', 123, lan, 123, { time: T0 + 6 * MINUTE + 15, action: 'allow' }),
    icmp(lan, '8.8.8.8', 8, 0, { time: T0 + 7 * MINUTE, action: 'allow', ttl: 64 }),
    icmp('8.8.8.8', lan, 0, 0, { time: T0 + 7 * MINUTE + 12, action: 'allow', ttl: 117 }),
  );
  // A workstation talking to its domain controller, a mail client polling IMAPS, a phone's SIP
  // keep-alives and a UPnP device answering a discovery request.
  const dc = [53, 88, 123, 135, 389, 445, 464, 636, 3268, 49664, 49665, 49667];
  dc.forEach((port, i) => specs.push(syn(lan, '192.168.1.2', port, { action: 'allow', time: T0 + i * SECOND })));
  for (let i = 0; i < 10; i++) {
    specs.push(syn(lan, '198.51.100.25', 993, { action: 'allow', direction: 'out', time: T0 + i * MINUTE }));
    specs.push(udp('192.168.1.30', 5060, '198.51.100.5', 5060, { action: 'allow', time: T0 + i * 30 * SECOND }));
  }
  specs.push(
    udp(lan, 50123, '239.255.255.250', 1900, { action: 'allow', time: T0 + 8 * MINUTE }),
    udp('192.168.1.1', 1900, lan, 50123, { action: 'allow', time: T0 + 8 * MINUTE + 40 }),
  );
  // Server logs of an ordinary day: visitors of a WordPress site (its admin logging in, a missing
  // favicon), an admin who mistypes the SSH password once, mail accepted and one misaddressed message
  // refused for relay, DNS queries and the secondary server fetching the zone.
  const visitor = '198.51.100.80';
  specs.push(
    http(visitor, 'GET', '/', 200, { time: T0 }),
    http(visitor, 'GET', '/favicon.ico', 404, { time: T0 + 100 }),
    http(visitor, 'GET', '/blog/2024/05/hello/', 200, { time: T0 + 5 * SECOND }),
    http('203.0.113.81', 'GET', '/wp-login.php', 200, { time: T0 + MINUTE }),
    http('203.0.113.81', 'POST', '/wp-login.php', 302, { time: T0 + MINUTE + 9 * SECOND }),
    http('203.0.113.81', 'GET', '/wp-admin/', 200, { time: T0 + MINUTE + 10 * SECOND }),
    server('ssh', 'login-failed', '192.0.2.30', { action: 'deny', user: 'alice', time: T0 + 2 * MINUTE }),
    server('ssh', 'login-accepted', '192.0.2.30', { action: 'allow', user: 'alice', time: T0 + 2 * MINUTE + 8 * SECOND }),
    server('smtp', 'message-accepted', '198.51.100.90', { action: 'allow', time: T0 + 3 * MINUTE }),
    server('smtp', 'relay-denied', '192.0.2.31', { action: 'deny', status: 554, time: T0 + 4 * MINUTE }),
    server('smtp', 'login-failed', '192.0.2.31', { action: 'deny', time: T0 + 4 * MINUTE + SECOND }),
    server('smtp', 'login-accepted', '192.0.2.31', { action: 'allow', user: 'bob', time: T0 + 4 * MINUTE + 9 * SECOND }),
    server('dns', 'query', '192.168.1.20', { protocol: undefined, target: 'example.org', queryType: 'A', time: T0 + 5 * MINUTE }),
    server('dns', 'query', '192.168.1.21', { protocol: undefined, target: 'example.org', queryType: 'AAAA', time: T0 + 5 * MINUTE }),
    server('dns', 'zone-transfer', '192.0.2.54', { target: 'example.org', queryType: 'AXFR', time: T0 + 6 * MINUTE }),
    server('dns', 'zone-transfer', '192.0.2.54', { action: 'allow', target: 'example.org', queryType: 'AXFR', time: T0 + 6 * MINUTE + 10 }),
  );
  return log(specs);
}
