import { describe, expect, it } from 'vitest';
import { parseQuery, search } from '../../../knowledge';

const top = async (q: string) => (await search(q)).results[0];

describe('parseQuery', () => {
  it.each([
    ['3389', { kind: 'port', port: 3389 }],
    ['tcp/3389', { kind: 'port', port: 3389, protocol: 'tcp' }],
    ['3389/udp', { kind: 'port', port: 3389, protocol: 'udp' }],
    ['6970-7170', { kind: 'port-range', first: 6970, last: 7170 }],
    ['1024:65535', { kind: 'port-range', first: 1024, last: 65535 }],
    ['icmp 3/4', { kind: 'icmp', version: 4, type: 3, code: 4 }],
    ['type 11 code 0', { kind: 'icmp', version: 4, type: 11, code: 0 }],
    ['icmpv6 135', { kind: 'icmp', version: 6, type: 135 }],
    ['10.0.0.0/8', { kind: 'cidr', text: '10.0.0.0/8' }],
    ['2001:db8::1', { kind: 'address', text: '2001:db8::1' }],
    ['back orifice', { kind: 'words', text: 'back orifice' }],
    ['   ', { kind: 'empty' }],
  ])('%s', (q, expected) => expect(parseQuery(q)).toMatchObject(expected));

  it.each([
    ['DPT=23', { kind: 'port', port: 23, role: 'destination' }],
    ['SPT=53', { kind: 'port', port: 53, role: 'source' }],
    ['dpt:23', { kind: 'port', port: 23, role: 'destination' }],
    ['dst port 3389', { kind: 'port', port: 3389, role: 'destination' }],
    ['src port 53', { kind: 'port', port: 53, role: 'source' }],
    ['sport=443', { kind: 'port', port: 443, role: 'source' }],
    ['--dport 22', { kind: 'port', port: 22, role: 'destination' }],
    ['dst_port 8080', { kind: 'port', port: 8080, role: 'destination' }],
    ['PROTO=UDP SPT=19', { kind: 'port', port: 19, protocol: 'udp', role: 'source' }],
    ['SPT=443 PROTO=TCP', { kind: 'port', port: 443, protocol: 'tcp', role: 'source' }],
    ['udp 53', { kind: 'port', port: 53, protocol: 'udp' }],
    [':443', { kind: 'port', port: 443 }],
    ['DPT=445 DROP', { kind: 'port', port: 445, role: 'destination', action: 'deny' }],
    ['blocked 445', { kind: 'port', port: 445, action: 'deny' }],
    ['ACCEPT dpt=22', { kind: 'port', port: 22, role: 'destination', action: 'allow' }],
    ['203.0.113.5:22', { kind: 'endpoint', address: '203.0.113.5', port: 22 }],
    ['[2001:db8::1]:443', { kind: 'endpoint', address: '2001:db8::1', port: 443 }],
    ['[fe80::1%eth0]:53/udp', { kind: 'endpoint', address: 'fe80::1%eth0', port: 53, protocol: 'udp' }],
  ])('reads log notation %s', (q, expected) => expect(parseQuery(q)).toMatchObject(expected));

  it.each(['DPT=70000', '203.0.113.5:99999', 'SPT=65536'])('says why %s is out of range', (q) => {
    expect(parseQuery(q)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/above 65535/) });
  });

  it('says why a port above 65535 is wrong', () => {
    expect(parseQuery('70000')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/65535/) });
  });
});

describe('search', () => {
  it('finds a port and its curated story', async () => {
    const r = await top('27374');
    expect(r.kind).toBe('port');
    expect(r.kind === 'port' && r.explanation.facts.some((f) => /SubSeven/i.test(f.service))).toBe(true);
  });

  it('shows the range a port falls in (33434 is traceroute)', async () => {
    const { results } = await search('33434');
    expect(results.some((r) => r.kind === 'port-range' && /traceroute/i.test(r.label))).toBe(true);
  });

  it('explains a named range', async () => {
    const r = await top('6970-7170');
    expect(r.kind === 'port-range' && r.label).toMatch(/RealAudio/i);
  });

  it.each([
    ['ssh', /22/],
    ['sub7', /SubSeven/i],
    ['netbus', /12345/],
    ['back orifice', /31337/],
    ['ms-wbt-server', /3389/],
  ])('finds names: %s', async (q, label) => {
    const { results } = await search(q);
    expect(results.slice(0, 3).map((r) => r.label).join(' | ')).toMatch(label);
  });

  it('finds partial service names (netbios)', async () => {
    const { results } = await search('netbios');
    expect(results.some((r) => r.kind === 'port' && [137, 138, 139].includes(r.port))).toBe(true);
  });

  it('classifies addresses and describes CIDRs', async () => {
    const a = await top('192.168.1.1');
    expect(a.kind === 'address' && a.classification.scope).toBe('private');
    const c = await top('10.0.0.0/8');
    expect(c.kind === 'cidr' && c.cidr.size).toBe('16777216');
  });

  it('answers ICMP queries', async () => {
    const r = await top('icmp 3/4');
    expect(r.kind === 'icmp' && r.explanation.codeName).toMatch(/fragmentation/i);
    const v6 = await top('icmpv6 135');
    expect(v6.kind === 'icmp' && v6.explanation.typeName).toMatch(/neighbor solicitation/i);
  });

  it.each(['smurf', 'traceroute', 'decoy', 'fraggle'])('finds the topic %s', async (q) => {
    const { results } = await search(q);
    expect(results.some((r) => r.kind === 'topic')).toBe(true);
  });

  // Each notation people copy out of logs gives the right card first (issue 9 §6).
  it.each([
    ['DPT=23', /^23\/tcp\/udp — Telnet/, undefined],
    ['SPT=53', /^53\/tcp\/udp \(source\) — DNS server reply/, 'reply'],
    ['dst port 3389', /^3389\/tcp\/udp — RDP/, 'probe'],
    ['tcp/3389', /^3389\/tcp — RDP/, undefined],
    ['3389/tcp', /^3389\/tcp — RDP/, undefined],
    ['udp 53', /^53\/udp — DNS/, undefined],
    [':443', /^443\/tcp\/udp — HTTPS/, undefined],
    ['203.0.113.5:22', /^22\/tcp\/udp — SSH/, undefined],
    ['[2001:db8::1]:443', /^443\/tcp\/udp — HTTPS/, undefined],
    ['SPT=443 PROTO=TCP', /^443\/tcp \(source\) — HTTPS server reply/, 'reply'],
    ['DPT=445 DROP', /^445\/tcp\/udp — SMB/, 'blocked-probe'],
  ])('%s puts the right port card first', async (q, title, outcome) => {
    const r = await top(q);
    expect(r.kind).toBe('port');
    if (r.kind !== 'port') return;
    expect(r.explanation.title).toMatch(title);
    if (outcome) expect(r.explanation.outcome.kind).toBe(outcome);
  });

  it('shows the address of an address:port right after its port', async () => {
    const { results } = await search('[2001:db8::1]:443');
    expect(results[1]).toMatchObject({ kind: 'address', label: '2001:db8::1' });
    expect(results[1].kind === 'address' && results[1].classification.scope).toBe('documentation');
    const v4 = await search('203.0.113.5:22');
    expect(v4.results[1].kind === 'address' && v4.results[1].classification.scope).toBe('documentation');
  });

  it('rates a dropped probe low and an allowed one by its worst story', async () => {
    const dropped = await top('DPT=445 DROP');
    const allowed = await top('DPT=445 ACCEPT');
    expect(dropped.kind === 'port' && dropped.explanation.risk).toBe('low');
    expect(allowed.kind === 'port' && allowed.explanation.risk).toBe('critical');
  });

  it('gives a helpful message for nonsense and for bad input', async () => {
    expect((await search('qwertyuiopzz')).message).toMatch(/Try a port/);
    expect((await search('10.0.0.0/33')).message).toMatch(/not a valid CIDR/);
    expect((await search('70000')).message).toMatch(/65535/);
    expect((await search('')).results).toEqual([]);
  });
});
