// smurf, fraggle, amplification and backscatter: floods and their side effects.
import { describe, expect, it } from 'vitest';
import {
  AMPLIFICATION_THRESHOLDS,
  amplificationDetector,
  backscatterDetector,
  createAmplificationDetector,
  createSmurfDetector,
  fraggleDetector,
  smurfDetector,
  SMURF_THRESHOLDS,
} from '../../../../knowledge/logs/detectors';
import { SECOND, T0, icmp, log, times, udp } from './factory';

const VICTIM = '192.0.2.10';

describe('smurf', () => {
  const replies = (n: number, sources: number) =>
    times(n, (i) => icmp(`198.51.100.${(i % sources) + 1}`, VICTIM, 0, 0, { time: T0 + i * 100 }));

  it('reports unrequested echo replies from many machines, grouped per target', () => {
    const events = log(replies(40, 20));
    const [finding, ...rest] = smurfDetector.detect(events);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'smurf', severity: 'high' });
    expect(finding.sources).toHaveLength(20);
    expect(finding.explanation).toContain(`${VICTIM} received 40 ping replies from 20 machines within 4 s`);
    expect(finding.explanation).toContain('198.51.100.0/24');
  });

  it('stays quiet when the target pinged those machines itself', () => {
    const asked = times(20, (i) => icmp(VICTIM, `198.51.100.${i + 1}`, 8, 0, { time: T0 - SECOND }));
    expect(smurfDetector.detect(log(asked, replies(40, 20)))).toEqual([]);
  });

  it('stays quiet for a handful of replies, unless tuned down', () => {
    const events = log(replies(8, 4));
    expect(smurfDetector.detect(events)).toEqual([]);
    const tuned = createSmurfDetector({ ...SMURF_THRESHOLDS, minSources: 4, minReplies: 8 });
    expect(tuned.detect(events)).toHaveLength(1);
  });
});

describe('fraggle', () => {
  it('reports UDP echo/chargen sent to broadcast addresses', () => {
    const events = log(
      udp(VICTIM, 31337, '198.51.100.255', 7, { time: T0 }),
      udp(VICTIM, 31337, '198.51.100.0', 19, { time: T0 + SECOND }),
      udp(VICTIM, 31337, '255.255.255.255', 7, { time: T0 + 2 * SECOND }),
    );
    const [finding] = fraggleDetector.detect(events);
    expect(finding).toMatchObject({ id: 'fraggle', severity: 'medium', sources: [VICTIM], lines: [1, 2, 3] });
    expect(finding.explanation).toContain('chargen (19)');
    expect(finding.explanation).toContain('198.51.100.255');
  });

  it('calls a burst an attack', () => {
    const events = log(times(25, (i) => udp(VICTIM, 5000, '198.51.100.255', 19, { time: T0 + i * 10 })));
    expect(fraggleDetector.detect(events)[0].severity).toBe('high');
  });

  it('ignores echo to ordinary hosts and other ports at broadcast', () => {
    const events = log(udp(VICTIM, 5000, '198.51.100.20', 7), udp(VICTIM, 5000, '198.51.100.255', 137), udp(VICTIM, 68, '255.255.255.255', 67));
    expect(fraggleDetector.detect(events)).toEqual([]);
  });
});

describe('amplification', () => {
  const flood = (n: number, reflectors: number, srcPort = 123) =>
    times(n, (i) => udp(`198.51.100.${(i % reflectors) + 1}`, srcPort, VICTIM, 80, { time: T0 + i * 50, length: 468 }));

  it('reports a target buried in unrequested replies from reflector ports', () => {
    const events = log(flood(50, 10));
    const [finding] = amplificationDetector.detect(events);
    expect(finding).toMatchObject({ id: 'amplification', severity: 'high' });
    expect(finding.sources).toHaveLength(10);
    expect(finding.explanation).toContain(`${VICTIM} received 50 UDP replies from NTP (123) on 10 servers`);
    expect(finding.explanation).toContain('23,400 bytes');
  });

  it('ignores answers to questions that were asked', () => {
    const asked = times(10, (i) => udp(VICTIM, 80, `198.51.100.${i + 1}`, 123, { time: T0 - SECOND, action: 'allow' }));
    expect(amplificationDetector.detect(log(asked, flood(50, 10)))).toEqual([]);
  });

  it('ignores SSDP and mDNS answers from inside the LAN', () => {
    const events = log(times(60, (i) => udp(`192.168.1.${(i % 6) + 2}`, i % 2 ? 1900 : 5353, '192.168.1.20', 50000, { time: T0 + i * 100 })));
    expect(amplificationDetector.detect(events)).toEqual([]);
  });

  it('is tunable', () => {
    const events = log(flood(12, 3, 53));
    expect(amplificationDetector.detect(events)).toEqual([]);
    expect(createAmplificationDetector({ ...AMPLIFICATION_THRESHOLDS, minPackets: 10 }).detect(events)).toHaveLength(1);
  });
});

describe('backscatter', () => {
  const answer = (i: number, flags: string[]) => ({
    time: T0 + i * SECOND, action: 'deny' as const, protocol: 'tcp', src: '203.0.113.80', srcPort: 80, dst: VICTIM, dstPort: 1024 + i * 977, tcpFlags: flags,
  });

  it('reports SYN/ACKs and resets from a web server to random high ports', () => {
    const events = log(times(14, (i) => answer(i, i % 2 ? ['SYN', 'ACK'] : ['RST'])));
    const [finding] = backscatterDetector.detect(events);
    expect(finding).toMatchObject({ id: 'backscatter', severity: 'low', sources: ['203.0.113.80'] });
    expect(finding.explanation).toContain('7 RST and 7 SYN/ACK');
    expect(finding.explanation).toContain('14 different ports');
  });

  it('ignores answers to connections opened from here', () => {
    const opened = times(14, (i) => ({ time: T0, action: 'allow' as const, protocol: 'tcp', src: VICTIM, srcPort: 1024 + i * 977, dst: '203.0.113.80', dstPort: 80, tcpFlags: ['SYN'] }));
    expect(backscatterDetector.detect(log(opened, times(14, (i) => answer(i, ['SYN', 'ACK']))))).toEqual([]);
  });

  it('ignores a few late resets', () => {
    expect(backscatterDetector.detect(log(times(3, (i) => answer(i, ['RST', 'ACK']))))).toEqual([]);
  });
});
