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

  it('is total over any port and any protocol, role or action it is handed', async () => {
    const odd = ['icmp', 'TCP', '', 'sctp', 'source', undefined, 42, null] as unknown[];
    for (let port = 0; port <= 65535; port += 97) {
      const value = odd[port % odd.length];
      const e = await explainPort(port, { protocol: value, role: value, action: value } as never);
      expect(e.port).toBe(port);
      expect(e.advice.length).toBeGreaterThan(10);
      expect(e.outcome.text.length).toBeGreaterThan(10);
    }
    const shouting = await explainPort(445, { protocol: 'TCP', role: 'Destination', action: 'DENY' } as never);
    expect([shouting.protocol, shouting.role, shouting.action]).toEqual(['tcp', 'destination', 'deny']);
    const junk = await explainPort(445, { protocol: 'icmp', role: 'sideways', action: 'maybe' } as never);
    expect([junk.protocol, junk.role, junk.action]).toEqual([undefined, undefined, undefined]);
  });
});

describe('explainPort: the side a port was seen on', () => {
  it('says what each side means, in the explanation itself', async () => {
    expect((await explainPort(443, { role: 'source' })).roleNote).toMatch(/sender's own end/);
    expect((await explainPort(443, { role: 'destination' })).roleNote).toMatch(/wanted to reach/);
    expect((await explainPort(443)).roleNote).toBeUndefined();
  });

  it('reads late HTTPS replies as replies, with no "listen on it"', async () => {
    const e = await explainPort(443, { protocol: 'tcp', role: 'source', action: 'deny' });
    expect(e.title).toBe('443/tcp (source) — HTTPS server reply');
    expect(e.category).toBe('reply');
    expect(e.summary).toMatch(/state table/);
    expect(e.advice).not.toMatch(/nc -l|listen/);
  });

  it('keeps "DNS query through NAT" to destination 53', async () => {
    const hasNat = async (port: number, role?: 'source' | 'destination', protocol?: 'udp') =>
      (await explainPort(port, { role, protocol })).facts.some((f) => f.id === 'faq-dns-low-source-nat');
    expect(await hasNat(53, 'destination', 'udp')).toBe(true);
    for (const port of [67, 137, 443, 19, 161, 389, 80, 22, 25, 445]) {
      expect(await hasNat(port, 'source', 'udp'), `${port}`).toBe(false);
      expect(await hasNat(port, 'source'), `${port}`).toBe(false);
      expect(await hasNat(port), `${port}`).toBe(false);
    }
  });

  it('names the service a source port replies for, or the client port it is', async () => {
    expect((await explainPort(3389, { protocol: 'tcp', role: 'source' })).title).toMatch(/RDP server reply/);
    expect((await explainPort(1500, { protocol: 'tcp', role: 'source' })).summary).toMatch(/1500 is registered for vlsi-lm.*client connections/);
    expect((await explainPort(600, { protocol: 'udp', role: 'source' })).summary).toMatch(/NAT|pcserver/);
    expect((await explainPort(31337, { role: 'source' })).title).toMatch(/Sent from the Back Orifice port/);
  });
});

describe('explainPort: what the firewall did', () => {
  it('tells a blocked probe from an exposed service, in words every surface shows', async () => {
    const blocked = await explainPort(445, { protocol: 'tcp', role: 'destination', action: 'deny' });
    expect(blocked.outcome).toEqual({ kind: 'blocked-probe', text: expect.stringMatching(/dropped it.*Act only if you forward this port/) });
    expect(blocked.risk).toBe('low');
    const exposed = await explainPort(445, { protocol: 'tcp', role: 'destination', action: 'allow' });
    expect(exposed.outcome).toEqual({ kind: 'exposed-service', text: expect.stringMatching(/let it in/) });
    expect(exposed.risk).toBe('critical');
    const unknown = await explainPort(445, { protocol: 'tcp', role: 'destination' });
    expect(unknown.outcome.text).toMatch(/If your firewall dropped it.*If it was let in/);
  });

  it('points a probe sent from a port at the port it was sent to', async () => {
    const e = await explainPort(0, { protocol: 'tcp', role: 'source', action: 'deny' });
    expect(e.outcome.text).toMatch(/the port it was sent to/);
  });

  it('keeps the facts the same whatever the action, only the outcome and risk change', async () => {
    const ids = async (action?: 'allow' | 'deny') => (await explainPort(23, { protocol: 'tcp', role: 'destination', action })).facts.map((f) => f.id);
    expect(await ids('deny')).toEqual(await ids());
    expect(await ids('allow')).toEqual(await ids());
  });
});
