// analyzeLog through the knowledge base's public API runs every registered detector by default.
import { describe, expect, it } from 'vitest';
import { analyzeLog, LOG_DETECTORS, LOG_PARSERS, type LogAnalysis } from '../../../knowledge';
import { fixture } from './sidepanel-harness';

describe('analyzeLog from knowledge/index.ts', () => {
  it('names the port scan in the mixed fixture, and reads every format in it', () => {
    const result: LogAnalysis = analyzeLog(fixture('mixed-scan.log'));
    const scan = result.findings.find((f) => f.id === 'port-scan');
    expect(scan?.sources).toEqual(['203.0.113.66']);
    expect(scan?.lines).toHaveLength(16);
    expect(new Set(result.events.toArray().map((e) => e.format))).toEqual(new Set(['netfilter', 'pf-filterlog', 'cisco-asa']));
    expect(result.unparsed.map((u) => u.line)).toEqual([20, 21]);
  });

  it('raises nothing on quiet traffic', () => {
    const result = analyzeLog(fixture('quiet.log'));
    expect(result.events).toHaveLength(5);
    expect(result.findings).toEqual([]);
  });

  it('runs only the detectors it is given, and exports the registries', () => {
    expect(analyzeLog(fixture('mixed-scan.log'), { detectors: [] }).findings).toEqual([]);
    expect(LOG_DETECTORS.map((d) => d.id)).toContain('port-scan');
    expect(LOG_PARSERS.map((p) => p.id)).toContain('netfilter');
  });
});
