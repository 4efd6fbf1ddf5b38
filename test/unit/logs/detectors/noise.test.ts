// traceroute, netbios-noise, dialup-leftover and frag-needed-blocked.
import { describe, expect, it } from 'vitest';
import {
  createTracerouteDetector,
  dialupLeftoverDetector,
  fragNeededBlockedDetector,
  netbiosNoiseDetector,
  TRACEROUTE_THRESHOLDS,
  tracerouteDetector,
} from '../../../../knowledge/logs/detectors';
import { leftoverServiceOf } from '../../../../knowledge/logs/detectors/dialup-leftover';
import { SECOND, T0, icmp, log, times, udp } from './factory';

const SRC = '203.0.113.5';
const HOST = '192.0.2.10';

describe('traceroute', () => {
  it('recognises UDP probes climbing from port 33434', () => {
    const events = log(times(6, (i) => udp(SRC, 45000, HOST, 33434 + 3 * 9 + i, { time: T0 + i * 100, ttl: 1 + Math.floor(i / 3) })));
    const [finding] = tracerouteDetector.detect(events);
    expect(finding).toMatchObject({ id: 'traceroute', severity: 'low', sources: [SRC], lines: [1, 2, 3, 4, 5, 6] });
    expect(finding.explanation).toContain('UDP to ports climbing from 33461 to 33466');
  });

  it('recognises pings whose TTL climbs (Windows tracert)', () => {
    const events = log(times(9, (i) => icmp(SRC, HOST, 8, 0, { time: T0 + i * SECOND, ttl: 1 + Math.floor(i / 3) })));
    const [finding] = tracerouteDetector.detect(events);
    expect(finding.explanation).toContain('pings whose TTL climbs, arriving with TTL 1, 2 and 3');
  });

  it('recognises a burst of time-exceeded answers from routers', () => {
    const events = log(times(5, (i) => icmp(`10.0.${i}.1`, HOST, 11, 0, { time: T0 + i * 50 })));
    const [finding] = tracerouteDetector.detect(events);
    expect(finding).toMatchObject({ severity: 'info', title: `Traceroute answers for ${HOST}` });
    expect(finding.sources).toHaveLength(5);
  });

  it('ignores steady pings, a path change and a single router complaining', () => {
    const events = log(
      times(10, (i) => icmp(SRC, HOST, 8, 0, { time: T0 + i * SECOND, ttl: 52 })),
      times(4, (i) => icmp('198.51.100.4', HOST, 8, 0, { time: T0 + i * SECOND, ttl: i < 2 ? 50 : 51 })),
      times(6, (i) => icmp('10.0.0.1', HOST, 11, 0, { time: T0 + i * SECOND })),
    );
    expect(tracerouteDetector.detect(events)).toEqual([]);
  });

  it('is tunable', () => {
    const events = log(times(2, (i) => udp(SRC, 45000, HOST, 33434 + i)));
    expect(tracerouteDetector.detect(events)).toEqual([]);
    expect(createTracerouteDetector({ ...TRACEROUTE_THRESHOLDS, minProbes: 2 }).detect(events)).toHaveLength(1);
  });
});

describe('netbios-noise', () => {
  it('sums up UDP 137 chatter as one info finding', () => {
    const events = log(times(6, (i) => udp(`192.0.2.${30 + (i % 3)}`, 137, '192.0.2.255', 137)));
    const [finding, ...rest] = netbiosNoiseDetector.detect(events);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'netbios-noise', severity: 'info', lines: [1, 2, 3, 4, 5, 6] });
    expect(finding.sources).toHaveLength(3);
  });

  it('stays quiet for a stray packet and for TCP 139', () => {
    const events = log(udp('192.0.2.30', 137, HOST, 137), { protocol: 'tcp', action: 'deny', src: SRC, srcPort: 4000, dst: HOST, dstPort: 139 });
    expect(netbiosNoiseDetector.detect(events)).toEqual([]);
  });
});

describe('dialup-leftover', () => {
  it('names the service of a source port, ranges included, and nothing else', () => {
    expect(leftoverServiceOf(27015)).toBe('Half-Life / Source engine games');
    expect(leftoverServiceOf(27910)).toBe('Quake II / Quake III family');
    expect(leftoverServiceOf(27961)).toBe('Quake II / Quake III family');
    expect(leftoverServiceOf(6970)).toBe('RealAudio streaming');
    for (const port of [27962, 6969, 0, 80, 65535, 70000, -1]) expect(leftoverServiceOf(port)).toBeUndefined();
  });


  it('reports a game server that keeps talking to a port nobody here uses', () => {
    const events = log(times(5, (i) => udp('198.51.100.60', 27960, HOST, 28123, { time: T0 + i * 10 * SECOND })));
    const [finding] = dialupLeftoverDetector.detect(events);
    expect(finding).toMatchObject({ id: 'dialup-leftover', severity: 'info', sources: ['198.51.100.60'] });
    expect(finding.title).toContain('Quake II / Quake III family');
    expect(finding.explanation).toContain(`to ${HOST}:28123`);
  });

  it('ignores a game that someone here is playing and one-off packets', () => {
    const events = log(
      udp(HOST, 28123, '198.51.100.60', 27015, { action: 'allow' }),
      times(5, () => udp('198.51.100.60', 27015, HOST, 28123)),
      udp('198.51.100.61', 4000, HOST, 33000),
    );
    expect(dialupLeftoverDetector.detect(events)).toEqual([]);
  });
});

describe('frag-needed-blocked', () => {
  it('reports denied ICMP fragmentation-needed and ICMPv6 packet-too-big', () => {
    const events = log(icmp('198.51.100.1', HOST, 3, 4), { protocol: 'icmpv6', action: 'deny', src: '2001:db8::1', dst: '2001:db8:1::10', icmpType: 2, icmpCode: 0 });
    const [finding] = fragNeededBlockedDetector.detect(events);
    expect(finding).toMatchObject({ id: 'frag-needed-blocked', severity: 'medium', lines: [1, 2], sources: ['198.51.100.1', '2001:db8::1'] });
  });

  it('ignores them when allowed, and other unreachable codes', () => {
    const events = log(icmp('198.51.100.1', HOST, 3, 4, { action: 'allow' }), icmp('198.51.100.1', HOST, 3, 3), icmp('198.51.100.1', HOST, 3, 4, { action: undefined }));
    expect(fragNeededBlockedDetector.detect(events)).toEqual([]);
  });
});
