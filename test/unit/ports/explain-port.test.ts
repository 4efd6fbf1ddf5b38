import { describe, expect, it } from 'vitest';
import { explainPort } from '../../../knowledge';

describe('explainPort', () => {
  it('names Back Orifice on 31337 and keeps the IANA name', async () => {
    const e = await explainPort(31337);
    expect(e.facts.some((f) => /Back Orifice/.test(f.service))).toBe(true);
    expect(e.iana.some((r) => r.names.includes('eldim'))).toBe(true);
    expect(e.category).toBe('trojan');
    expect(e.references.length).toBeGreaterThan(1);
  });

  it('gives all IANA names, a title, advice, risk and the ranges for 3389/tcp', async () => {
    const e = await explainPort(3389, { protocol: 'tcp' });
    expect(e.title).toMatch(/^3389\/tcp/);
    expect(e.iana.map((r) => r.protocol)).toEqual(['tcp']);
    expect(e.iana[0].names).toContain('ms-wbt-server');
    expect(['high', 'critical']).toContain(e.risk);
    expect(e.advice.length).toBeGreaterThan(20);
    expect(e.ranges.map((r) => r.id)).toContain('user-ports');
    expect(e.references.map((r) => r.label)).toContain('CVE-2019-0708');
  });

  it('reads source UDP 4000 as an ICQ server answering', async () => {
    const e = await explainPort(4000, { protocol: 'udp', role: 'source' });
    expect(e.title).toMatch(/ICQ/);
    expect(e.role).toBe('source');
  });

  it('reads source port 53 as a DNS reply or the stateless-firewall trick', async () => {
    const e = await explainPort(53, { protocol: 'udp', role: 'source' });
    const text = [e.summary, e.probing, ...e.facts.map((f) => f.summary)].join(' ');
    expect(text).toMatch(/repl/i);
    expect(text).toMatch(/stateless|filter/i);
  });

  it('reads an ephemeral destination port as most likely a reply', async () => {
    const e = await explainPort(51234, { protocol: 'tcp', role: 'destination' });
    expect(e.category).toBe('reply');
    expect(e.summary).toMatch(/reply|answer/i);
    expect(e.ranges.map((r) => r.id)).toEqual(expect.arrayContaining(['dynamic-ports', 'ephemeral-linux', 'ephemeral-windows']));
  });

  it('does not call a trojan port a reply just because it is high', async () => {
    const e = await explainPort(50505, { role: 'destination' });
    expect(e.category).not.toBe('reply');
  });

  it('falls back to the FAQ advice for a port nobody knows', async () => {
    const e = await explainPort(47123);
    expect(e.category).toBe('unassigned');
    expect(e.advice).toMatch(/listen|netcat|nc /i);
  });

  it('never lets a source-only fact become the headline without a role', async () => {
    const e = await explainPort(400);
    expect(e.title).not.toMatch(/NAT/);
  });

  it('explains RealAudio inside its range and traceroute ports', async () => {
    expect((await explainPort(7000, { protocol: 'udp' })).facts.some((f) => /RealAudio/i.test(f.service))).toBe(true);
    expect((await explainPort(33450, { protocol: 'udp' })).facts.some((f) => /traceroute/i.test(f.service))).toBe(true);
  });

  it.each([-1, 65536, 1.5, Number.NaN])('rejects %s with a clear RangeError', async (bad) => {
    await expect(explainPort(bad)).rejects.toThrow(/0 to 65535/);
  });
});
