// trojan-probe, proxy-probe, brute-force, port-zero and source-port-53.
import { describe, expect, it } from 'vitest';
import {
  BRUTE_FORCE_THRESHOLDS,
  bruteForceDetector,
  createBruteForceDetector,
  portZeroDetector,
  proxyProbeDetector,
  sourcePort53Detector,
  trojanProbeDetector,
} from '../../../../knowledge/logs/detectors';
import { SECOND, T0, icmp, log, syn, times, udp } from './factory';

const SRC = '203.0.113.5';
const HOST = '192.0.2.10';

describe('trojan-probe', () => {
  it('names the trojans whose ports were tried', () => {
    const events = log(syn(SRC, HOST, 31337), syn(SRC, HOST, 12345), syn(SRC, HOST, 27374), udp('198.51.100.9', 1025, HOST, 31337));
    const findings = trojanProbeDetector.detect(events);
    expect(findings).toHaveLength(2);
    const hunt = findings.find((f) => f.sources[0] === SRC);
    expect(hunt).toMatchObject({ id: 'trojan-probe', severity: 'medium', lines: [1, 2, 3] });
    expect(hunt?.explanation).toContain('12345 (NetBus), 27374 (SubSeven) and 31337 (Back Orifice)');
    expect(findings.find((f) => f.sources[0] === '198.51.100.9')?.severity).toBe('low');
  });

  it('ignores replies that land on a trojan-numbered client port and our own outbound use', () => {
    const events = log(
      udp('9.9.9.9', 53, HOST, 12345),
      { protocol: 'tcp', action: 'deny', src: '93.184.216.34', srcPort: 443, dst: HOST, dstPort: 54320, tcpFlags: ['SYN', 'ACK'] },
      syn('192.168.1.20', '198.51.100.50', 6969, { action: 'allow' }),
    );
    expect(trojanProbeDetector.detect(events)).toEqual([]);
  });
});

describe('proxy-probe', () => {
  it('reports one source trying several proxy ports', () => {
    const events = log([1080, 3128, 8080, 8888].map((p, i) => syn(SRC, HOST, p, { time: T0 + i * SECOND })));
    const [finding] = proxyProbeDetector.detect(events);
    expect(finding).toMatchObject({ id: 'proxy-probe', severity: 'low', sources: [SRC], lines: [1, 2, 3, 4] });
    expect(finding.explanation).toContain('1080 (SOCKS), 3128 (Squid)');
  });

  it('ignores a single web server on 8080 and browsing to sites on proxy ports', () => {
    const events = log(
      syn(SRC, HOST, 8080), syn(SRC, HOST, 8080),
      syn('192.168.1.20', '198.51.100.50', 8080, { action: 'allow' }),
      syn('192.168.1.20', '198.51.100.51', 8000, { action: 'allow' }),
    );
    expect(proxyProbeDetector.detect(events)).toEqual([]);
  });
});

describe('brute-force', () => {
  const attempts = (n: number, port: number, extra = {}) =>
    times(n, (i) => syn(SRC, HOST, port, { srcPort: 40000 + i, time: T0 + i * 5 * SECOND, ...extra }));

  it('reports many connections to a login service, blocked ones as medium', () => {
    const [finding] = bruteForceDetector.detect(log(attempts(30, 22)));
    expect(finding).toMatchObject({ id: 'brute-force', severity: 'medium', sources: [SRC] });
    expect(finding.explanation).toContain(`30 connections to SSH (port 22) on ${HOST} within 3 min`);
  });

  it('is high when the connections got through', () => {
    const [finding] = bruteForceDetector.detect(log(attempts(25, 3389, { action: 'allow' })));
    expect(finding.severity).toBe('high');
    expect(finding.explanation).toContain('Remote Desktop');
  });

  it('ignores a few attempts, mid-session packets and allowed SIP keep-alives', () => {
    const events = log(
      attempts(5, 22),
      times(40, (i) => ({ protocol: 'tcp', action: 'allow', src: SRC, srcPort: 40000, dst: HOST, dstPort: 22, tcpFlags: ['ACK', 'PSH'], time: T0 + i })),
      times(40, (i) => udp('192.168.1.30', 5060, '198.51.100.5', 5060, { action: 'allow', time: T0 + i * 15 * SECOND })),
    );
    expect(bruteForceDetector.detect(events)).toEqual([]);
  });

  it('leaves a sweep (each host tried once) to host-sweep', () => {
    const sweep = times(40, (i) => syn(SRC, `192.0.2.${i + 1}`, 445, { srcPort: 40000 + i, time: T0 + i * SECOND }));
    expect(bruteForceDetector.detect(log(sweep))).toEqual([]);
    const twoServers = times(40, (i) => syn(SRC, `192.0.2.${1 + (i % 2)}`, 445, { srcPort: 40000 + i, time: T0 + i * SECOND }));
    expect(bruteForceDetector.detect(log(twoServers))[0].explanation).toContain('40 connections to SMB (port 445) on 2 hosts');
  });

  it('is tunable', () => {
    const events = log(attempts(8, 23));
    expect(bruteForceDetector.detect(events)).toEqual([]);
    expect(createBruteForceDetector({ ...BRUTE_FORCE_THRESHOLDS, minAttempts: 8 }).detect(events)).toHaveLength(1);
  });
});

describe('port-zero', () => {
  it('reports TCP/UDP to port 0', () => {
    const events = log(syn(SRC, HOST, 0), udp(SRC, 0, HOST, 143));
    const [finding] = portZeroDetector.detect(events);
    expect(finding).toMatchObject({ id: 'port-zero', severity: 'low', lines: [1, 2] });
    expect(finding.explanation).toContain('1 TCP packet to port 0 and 1 UDP packet from port 0');
  });

  it('ignores ICMP lines that some logs write with port 0', () => {
    expect(portZeroDetector.detect(log(icmp(SRC, HOST, 8, 0, { srcPort: 0, dstPort: 0 })))).toEqual([]);
  });
});

describe('source-port-53', () => {
  it('reports SYNs from port 53 to other services', () => {
    const events = log(syn(SRC, HOST, 22, { srcPort: 53 }), syn(SRC, HOST, 139, { srcPort: 53 }), syn(SRC, HOST, 80, { srcPort: 53 }));
    const [finding] = sourcePort53Detector.detect(events);
    expect(finding).toMatchObject({ id: 'source-port-53', severity: 'medium', sources: [SRC], lines: [1, 2, 3] });
    expect(finding.explanation).toContain('ports 22, 80 and 139');
    expect(finding.explanation).toContain('3 of them connection openings (SYN)');
  });

  it('ignores DNS replies to client ports, DNS between servers and answers to low-port NAT queries', () => {
    const events = log(
      udp('9.9.9.9', 53, HOST, 53124),
      udp('9.9.9.9', 53, HOST, 53),
      udp(HOST, 700, '9.9.9.9', 53, { action: 'allow' }),
      udp('9.9.9.9', 53, HOST, 700),
      { protocol: 'tcp', action: 'deny', src: '9.9.9.9', srcPort: 53, dst: HOST, dstPort: 41000, tcpFlags: ['ACK', 'FIN'] },
    );
    expect(sourcePort53Detector.detect(events)).toEqual([]);
  });
});
