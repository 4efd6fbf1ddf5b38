// The detector registry as a whole: ids, exports, quiet traffic, evidence limits and speed.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../../knowledge/logs/types';
import { LOG_DETECTORS, MAX_EVIDENCE_LINES, portScanDetector, runLogDetectors } from '../../../../knowledge/logs/detectors';
import { SECOND, T0, log, quietTraffic, syn, times, withoutTimes } from './factory';

const DIR = 'knowledge/logs/detectors';
/** Files in the folder that are helpers, not detectors. */
const HELPERS = new Set(['define-thresholds', 'evidence', 'index', 'packet-shape', 'registry', 'windows']);
const EXPECTED_IDS = [
  'port-scan', 'host-sweep', 'decoy-scan', 'traceroute', 'sscan', 'smurf', 'fraggle', 'netbios-noise', 'trojan-probe',
  'proxy-probe', 'dialup-leftover', 'source-port-53', 'frag-needed-blocked', 'port-zero', 'stealth-scan', 'amplification',
  'backscatter', 'brute-force', 'proxy-connect', 'open-relay', 'zone-transfer', 'web-exploit-scan', 'scanner-answered',
];
const detectorFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).filter((f) => !HELPERS.has(f));
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());

describe('LOG_DETECTORS', () => {
  it('registers every detector file once, under the file name as id', () => {
    const ids = LOG_DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect([...detectorFiles].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it.each(EXPECTED_IDS)('%s exports a documented threshold object and a factory', async (id) => {
    const mod = (await import(`../../../../knowledge/logs/detectors/${id}.ts`)) as Record<string, unknown>;
    const constName = `${id.replace(/-/g, '_').toUpperCase()}_THRESHOLDS`;
    const thresholds = mod[constName] as Record<string, number>;
    expect(Object.isFrozen(thresholds)).toBe(true);
    expect(Object.values(thresholds).every((v) => typeof v === 'number' && v > 0)).toBe(true);
    const factory = mod[`create${camel(id)}Detector`] as (t: unknown) => { id: string; detect: unknown };
    expect(factory(thresholds).id).toBe(id);
  });

  it('raises no finding at all on ordinary traffic, with or without times', () => {
    const events = quietTraffic();
    expect(runLogDetectors(events)).toEqual([]);
    expect(runLogDetectors(withoutTimes(events))).toEqual([]);
    expect(runLogDetectors([])).toEqual([]);
  });

  it('gives every finding sorted line numbers, sources, and a severity', () => {
    const events = log(times(60, (i) => syn('203.0.113.5', '192.0.2.10', 1 + ((i * 37) % 200), { time: T0 + i * SECOND })));
    const findings = runLogDetectors(events);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.lines).toEqual([...f.lines].sort((a, b) => a - b));
      expect(f.sources.length).toBeGreaterThan(0);
      expect(['info', 'low', 'medium', 'high', 'critical']).toContain(f.severity);
      expect(f.explanation.length).toBeGreaterThan(80);
    }
  });

  it('caps evidence lines and says how many there were', () => {
    const events = log(times(800, (i) => syn('203.0.113.5', '192.0.2.10', 1000 + i, { time: T0 + i * 100 })));
    const [finding] = portScanDetector.detect(events);
    expect(finding.lines).toHaveLength(MAX_EVIDENCE_LINES);
    expect(finding.explanation).toContain('800 log lines belong to this finding');
  });

  // Speed is measured by `npm run bench`; this checks that a large random log gives sound findings.
  it('handles 100k random events: every finding cites real lines', () => {
    const events: LogEvent[] = [];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const protocols = ['tcp', 'udp', 'icmp'];
    for (let i = 0; i < 100_000; i++) {
      const protocol = protocols[rnd(3)];
      events.push({
        line: i + 1, format: 'test', raw: '', time: T0 + i * 20, action: rnd(4) ? 'deny' : 'allow', protocol,
        src: `198.${rnd(4)}.${rnd(200)}.${rnd(250)}`, dst: `192.0.2.${rnd(250)}`,
        ...(protocol === 'icmp'
          ? { icmpType: [0, 3, 8, 11][rnd(4)], icmpCode: rnd(5), ttl: 30 + rnd(40) }
          : { srcPort: rnd(65536), dstPort: rnd(4) ? rnd(1024) : rnd(65536), ttl: 30 + rnd(40), tcpFlags: protocol === 'tcp' ? [['SYN'], ['SYN', 'ACK'], ['RST'], ['FIN'], []][rnd(5)] : undefined }),
      });
    }
    for (const findings of [runLogDetectors(events), runLogDetectors(withoutTimes(events))]) {
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) for (const line of f.lines) expect(line >= 1 && line <= events.length).toBe(true);
    }
  });
});
