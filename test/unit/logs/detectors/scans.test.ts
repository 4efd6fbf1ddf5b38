// port-scan, host-sweep, decoy-scan, stealth-scan and sscan.
import { describe, expect, it } from 'vitest';
import {
  PORT_SCAN_THRESHOLDS,
  createPortScanDetector,
  decoyScanDetector,
  hostSweepDetector,
  portScanDetector,
  sscanDetector,
  stealthScanDetector,
} from '../../../../knowledge/logs/detectors';
import { SECOND, T0, log, syn, times, udp, withoutTimes } from './factory';

const SCANNER = '203.0.113.5';
const HOST = '192.0.2.10';
const PORTS = [21, 22, 23, 25, 53, 80, 110, 111, 135, 139, 143, 443, 445, 993, 1433, 1723, 3306, 3389, 5900, 8080];

describe('port-scan', () => {
  it('reports one source trying many ports on one host, with counts and timing', () => {
    const events = log(times(PORTS.length, (i) => syn(SCANNER, HOST, PORTS[i], { time: T0 + i * 2 * SECOND })));
    const [finding, ...rest] = portScanDetector.detect(events);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'port-scan', severity: 'low', sources: [SCANNER] });
    expect(finding.explanation).toContain(`${SCANNER} tried 20 ports on ${HOST} within 38 s`);
    expect(finding.lines).toEqual(events.map((e) => e.line));
  });

  it('raises severity when some probes were allowed through', () => {
    const events = log(times(12, (i) => syn(SCANNER, HOST, PORTS[i], { time: T0 + i * SECOND, action: i === 1 ? 'allow' : 'deny' })));
    const [finding] = portScanDetector.detect(events);
    expect(finding.severity).toBe('medium');
    expect(finding.explanation).toContain('let probes to 22 through');
  });

  it('stays quiet when the ports are spread over more than the window', () => {
    const events = log(times(12, (i) => syn(SCANNER, HOST, PORTS[i], { time: T0 + i * 5 * 60 * SECOND })));
    expect(portScanDetector.detect(events)).toEqual([]);
  });

  it('uses the whole input when lines carry no time', () => {
    const events = withoutTimes(log(times(12, (i) => syn(SCANNER, HOST, PORTS[i], { time: T0 + i * 5 * 60 * SECOND }))));
    const [finding] = portScanDetector.detect(events);
    expect(finding.explanation).toContain('tried 12 ports');
    expect(finding.explanation).not.toContain('within');
  });

  it('ignores a client using many services of one server (mostly allowed)', () => {
    const dc = [53, 88, 123, 135, 389, 445, 464, 636, 3268, 49664, 49665, 49667];
    const events = log(times(dc.length, (i) => syn('192.168.1.20', '192.168.1.2', dc[i], { action: 'allow', time: T0 + i * SECOND })));
    expect(portScanDetector.detect(events)).toEqual([]);
  });

  it('ignores replies from a server to many client ports', () => {
    const events = log(times(30, (i) => udp('9.9.9.9', 53, HOST, 50000 + i, { time: T0 + i * SECOND })));
    expect(portScanDetector.detect(events)).toEqual([]);
  });

  it('is tunable: a lower threshold catches a short scan the default lets pass', () => {
    const events = log(times(5, (i) => syn(SCANNER, HOST, PORTS[i], { time: T0 + i * SECOND })));
    expect(portScanDetector.detect(events)).toEqual([]);
    const tuned = createPortScanDetector({ ...PORT_SCAN_THRESHOLDS, minDistinctPorts: 5 });
    expect(tuned.detect(events)).toHaveLength(1);
  });
});

describe('host-sweep', () => {
  it('reports one source trying one port across a network', () => {
    const events = log(times(16, (i) => syn(SCANNER, `192.0.2.${i + 1}`, 445, { time: T0 + i * SECOND })));
    const [finding] = hostSweepDetector.detect(events);
    expect(finding).toMatchObject({ id: 'host-sweep', severity: 'medium', sources: [SCANNER] });
    expect(finding.explanation).toContain('tried tcp port 445 on 16 addresses in 192.0.2.0/24 within 15 s');
  });

  it('reports ping sweeps as low', () => {
    const events = log(times(12, (i) => ({ protocol: 'icmp', icmpType: 8, action: 'deny', src: SCANNER, dst: `192.0.2.${i + 1}` })));
    const [finding] = hostSweepDetector.detect(events);
    expect(finding.severity).toBe('low');
    expect(finding.explanation).toContain('pinged 12 addresses');
  });

  it('does not mistake browsing many sites on 443 for a sweep', () => {
    const events = log(times(30, (i) => syn('192.168.1.20', `192.0.2.${i + 1}`, 443, { action: 'allow', time: T0 + i * SECOND })));
    expect(hostSweepDetector.detect(events)).toEqual([]);
  });
});

describe('decoy-scan', () => {
  const decoys = ['198.51.100.1', '198.51.100.77', '203.0.113.200', '192.0.2.99'];
  const scanFrom = (src: string, ttl: number, offset: number) =>
    times(8, (i) => syn(src, HOST, PORTS[i], { time: T0 + offset + i * SECOND, ttl }));

  it('reports several sources probing the same ports at once and points at the odd TTL', () => {
    const events = log(scanFrom(decoys[0], 48, 0), scanFrom(decoys[1], 48, 200), scanFrom(decoys[2], 55, 400), scanFrom(decoys[3], 48, 600));
    const [finding] = decoyScanDetector.detect(events);
    expect(finding).toMatchObject({ id: 'decoy-scan', severity: 'medium' });
    expect(finding.sources.sort()).toEqual([...decoys].sort());
    expect(finding.explanation).toContain('probed the same 8 ports on 192.0.2.10');
    expect(finding.explanation).toContain('203.0.113.200 stands out with TTL 55');
    expect(finding.lines).toHaveLength(32);
  });

  it('notes when every decoy arrives with the same TTL', () => {
    const events = log(scanFrom(decoys[0], 50, 0), scanFrom(decoys[1], 50, 0), scanFrom(decoys[2], 50, 0));
    expect(decoyScanDetector.detect(events)[0].explanation).toContain('Every probe arrived with TTL 50');
  });

  it('stays quiet for several clients using the same server at once (allowed)', () => {
    const clients = ['192.168.1.20', '192.168.1.21', '192.168.1.22'];
    const events = log(clients.flatMap((c) => times(8, (i) => syn(c, '192.168.1.2', PORTS[i], { action: 'allow', time: T0 + i * SECOND }))));
    expect(decoyScanDetector.detect(events)).toEqual([]);
  });

  it('stays quiet for unrelated scanners at different times or on different ports', () => {
    const far = log(scanFrom(decoys[0], 48, 0), scanFrom(decoys[1], 50, 3_600_000), scanFrom(decoys[2], 52, 7_200_000));
    expect(decoyScanDetector.detect(far)).toEqual([]);
    const differentPorts = log(
      times(8, (i) => syn(decoys[0], HOST, 1000 + i, { time: T0 })),
      times(8, (i) => syn(decoys[1], HOST, 2000 + i, { time: T0 })),
      times(8, (i) => syn(decoys[2], HOST, 3000 + i, { time: T0 })),
    );
    expect(decoyScanDetector.detect(differentPorts)).toEqual([]);
  });
});

describe('stealth-scan', () => {
  it('names FIN, Xmas and NULL probes', () => {
    const events = log(
      syn(SCANNER, HOST, 22, { tcpFlags: ['FIN'], time: T0 }),
      syn(SCANNER, HOST, 80, { tcpFlags: ['FIN', 'PSH', 'URG'], time: T0 + SECOND }),
      syn(SCANNER, HOST, 443, { tcpFlags: [], time: T0 + 2 * SECOND }),
      syn(SCANNER, HOST, 25, { tcpFlags: ['FPU'], time: T0 + 3 * SECOND }),
    );
    const [finding] = stealthScanDetector.detect(events);
    expect(finding).toMatchObject({ id: 'stealth-scan', severity: 'medium', lines: [1, 2, 3, 4] });
    expect(finding.explanation).toContain('1 FIN, 2 Xmas and 1 NULL');
  });

  it('ignores normal closing packets (FIN+ACK) and logs without flags', () => {
    const events = log(
      times(10, (i) => ({
        protocol: 'tcp', action: 'deny', src: '93.184.216.34', srcPort: 443, dst: HOST, dstPort: 50000 + i, tcpFlags: ['FIN', 'ACK'],
      })),
      times(5, (i) => ({ protocol: 'tcp', action: 'deny', src: SCANNER, dst: HOST, dstPort: 22 + i })),
    );
    expect(stealthScanDetector.detect(events)).toEqual([]);
  });
});

describe('sscan', () => {
  it('spots probes sent from source ports 1-5', () => {
    const events = log(times(6, (i) => syn(SCANNER, HOST, PORTS[i], { srcPort: (i % 5) + 1 })));
    const [finding] = sscanDetector.detect(events);
    expect(finding).toMatchObject({ id: 'sscan', severity: 'medium', sources: [SCANNER] });
    expect(finding.explanation).toContain('came from source ports 1, 2, 3, 4 and 5');
  });

  it('spots port 1114 probed together with other services', () => {
    const events = log([1, 21, 23, 1114, 6000].map((p) => syn(SCANNER, HOST, p)));
    expect(sscanDetector.detect(events)[0].explanation).toContain('port 1114 (mSQL)');
  });

  it('stays quiet for 1114 alone and for ordinary source ports', () => {
    const events = log(syn(SCANNER, HOST, 1114), syn(SCANNER, HOST, 1114), syn('198.51.100.3', HOST, 22), syn('198.51.100.3', HOST, 80));
    expect(sscanDetector.detect(events)).toEqual([]);
  });
});
