import { describe, it, expect } from 'vitest';
import type { PortFact } from '../../../knowledge/types';
import { TROJAN_PORTS } from '../../../knowledge/ports/trojan-ports';
import { MODERN_ATTACKED_PORTS } from '../../../knowledge/ports/modern-attacked-ports';

const covers = (f: PortFact, port: number, protocol?: 'tcp' | 'udp') =>
  port >= f.ports[0] && port <= f.ports[1] && (!protocol || !f.protocols || f.protocols.includes(protocol));

const find = (facts: readonly PortFact[], port: number, protocol?: 'tcp' | 'udp') =>
  facts.filter((f) => covers(f, port, protocol));

describe.each([
  ['TROJAN_PORTS', TROJAN_PORTS, 'trojan'],
  ['MODERN_ATTACKED_PORTS', MODERN_ATTACKED_PORTS, 'modern'],
] as const)('%s', (_name, facts, table) => {
  it('has unique ids with the table prefix', () => {
    const ids = facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${table}-`)).toBe(true);
  });

  it('gives every entry a reference, a table, texts and lower-case aliases', () => {
    for (const f of facts) {
      expect(f.references.length, f.id).toBeGreaterThanOrEqual(1);
      for (const r of f.references) expect(r.label.trim().length, f.id).toBeGreaterThan(0);
      expect(f.table, f.id).toBe(table);
      expect(f.summary.length, f.id).toBeGreaterThan(20);
      expect(f.probing?.length ?? 0, f.id).toBeGreaterThan(10);
      expect(f.advice?.length ?? 0, f.id).toBeGreaterThan(10);
      expect(f.ports[0], f.id).toBeLessThanOrEqual(f.ports[1]);
      for (const a of f.aliases ?? []) expect(a, f.id).toBe(a.toLowerCase());
    }
  });
});

describe('trojan ports (FAQ §1.4 and §1.4.1)', () => {
  const expected: [number, string][] = [
    [555, 'phase zero'],
    [1243, 'sub7'],
    [3129, 'masters paradise'],
    [6670, 'deepthroat'],
    [6711, 'sub7'],
    [6969, 'gatecrasher'],
    [21544, 'girlfriend'],
    [12345, 'netbus'],
    [12346, 'netbus'],
    [23456, 'evilftp'],
    [27374, 'sub7'],
    [30100, 'netsphere'],
    [31789, 'hackatack'],
    [31337, 'back orifice'],
    [50505, 'sockets de troie'],
    [20034, 'netbus pro'],
    // SubSeven port family (§1.4.1)
    [6712, 'subseven'],
    [6713, 'subseven'],
    [6776, 'subseven'],
    [7215, 'subseven'],
    [54283, 'subseven'],
  ];

  it.each(expected)('port %i is a trojan entry with alias "%s"', (port, alias) => {
    const hits = find(TROJAN_PORTS, port);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((f) => f.aliases?.includes(alias))).toBe(true);
    for (const f of hits) {
      expect(f.category).toBe('trojan');
      expect(f.table).toBe('trojan');
    }
  });

  it('cites the FAQ sections, or a vendor write-up for trojans the FAQ does not list', () => {
    for (const f of TROJAN_PORTS) expect(f.references.some((r) => r.label.startsWith('FAQ §1.4') || /^Symantec Security Response/.test(r.label)), f.id).toBe(true);
    expect(find(TROJAN_PORTS, 20034)[0]!.references[0].label).toMatch(/Backdoor\.Netbus/);
    expect(find(TROJAN_PORTS, 27374)[0]!.references.map((r) => r.label)).toContain('FAQ §1.4.1');
  });

  it('knows the SubSeven and Back Orifice spellings people type', () => {
    const sub7 = find(TROJAN_PORTS, 27374)[0]!;
    expect(sub7.aliases).toEqual(expect.arrayContaining(['sub7', 'subseven', 'sub-7']));
    const bo = find(TROJAN_PORTS, 31337)[0]!;
    expect(bo.aliases).toEqual(expect.arrayContaining(['back orifice', 'bo', 'backorifice', 'bo2k']));
    expect(bo.protocols).toBeUndefined(); // BO used UDP, BO2K and later "elite" backdoors TCP too
    expect(bo.summary).toMatch(/UDP/);
  });

  it('tells the reader to look for a local listener', () => {
    for (const f of TROJAN_PORTS) expect(f.advice).toMatch(/netstat|ss -tlnp|lsof/);
  });
});

describe('modern attacked ports (knowledge-sources §4)', () => {
  // One line per port/protocol of the 68 table rows, including the ports named in parentheses.
  const expected: [number, 'tcp' | 'udp'][] = [
    [19, 'udp'], [21, 'tcp'], [22, 'tcp'], [23, 'tcp'], [2323, 'tcp'], [25, 'tcp'],
    [53, 'udp'], [53, 'tcp'], [69, 'udp'], [80, 'tcp'], [81, 'tcp'], [111, 'tcp'], [111, 'udp'],
    [123, 'udp'], [135, 'tcp'], [137, 'udp'], [161, 'udp'], [389, 'udp'], [427, 'udp'], [427, 'tcp'],
    [443, 'tcp'], [445, 'tcp'], [139, 'tcp'], [500, 'udp'], [4500, 'udp'], [502, 'tcp'],
    [623, 'udp'], [873, 'tcp'], [1433, 'tcp'], [1434, 'udp'], [1723, 'tcp'], [1883, 'tcp'], [8883, 'tcp'],
    [1900, 'udp'], [2375, 'tcp'], [2376, 'tcp'], [2379, 'tcp'], [2404, 'tcp'], [3000, 'tcp'], [3306, 'tcp'],
    [3389, 'tcp'], [3389, 'udp'], [3702, 'udp'], [4444, 'tcp'], [4786, 'tcp'], [5060, 'udp'], [5060, 'tcp'],
    [5061, 'tcp'], [5353, 'udp'], [5432, 'tcp'], [5555, 'tcp'], [5900, 'tcp'], [5800, 'tcp'], [5985, 'tcp'],
    [5986, 'tcp'], [6379, 'tcp'], [6443, 'tcp'],
    [7001, 'tcp'], [7547, 'tcp'], [8009, 'tcp'], [8080, 'tcp'], [8081, 'tcp'], [8443, 'tcp'], [8888, 'tcp'],
    [8291, 'tcp'], [8728, 'tcp'], [8729, 'tcp'], [9034, 'udp'], [9100, 'tcp'], [9200, 'tcp'], [9300, 'tcp'],
    [10000, 'tcp'], [10074, 'udp'], [10250, 'tcp'], [10255, 'tcp'], [11211, 'udp'], [11211, 'tcp'],
    [11434, 'tcp'], [16992, 'tcp'], [16993, 'tcp'], [20256, 'tcp'], [27015, 'udp'], [27017, 'tcp'],
    [37215, 'tcp'], [47808, 'udp'], [50050, 'tcp'], [52869, 'tcp'],
    // added with issue 9: cameras and recorders, and discovery protocols abused as reflectors
    [554, 'tcp'], [554, 'udp'], [8554, 'tcp'], [37777, 'tcp'], [3283, 'udp'], [5683, 'udp'], [10001, 'udp'], [37810, 'udp'],
  ];

  it('lists at least one pair per table row', () => {
    expect(expected.length).toBeGreaterThanOrEqual(68);
    expect(new Set(expected.map(([p]) => p)).size).toBeGreaterThanOrEqual(68);
  });

  it.each(expected)('%i/%s is covered', (port, protocol) => {
    const hits = find(MODERN_ATTACKED_PORTS, port, protocol);
    expect(hits.length).toBe(1);
    expect(hits[0]!.protocols).toContain(protocol);
  });

  it('states the transports explicitly, reads every port as a destination and uses only the attacked/ics categories', () => {
    for (const f of MODERN_ATTACKED_PORTS) {
      expect(f.role, f.id).toBe('destination');
      expect(f.protocols?.length, f.id).toBeGreaterThan(0);
      expect(['attacked', 'ics'], f.id).toContain(f.category);
      for (const r of f.references) expect(r.label).toMatch(/^(CVE-\d{4}-\d+|.*TA\d|.*AA\d|RFC \d+|.+)$/);
    }
  });

  it('puts the industrial protocols in the ics category', () => {
    for (const port of [502, 2404, 20256, 47808]) expect(find(MODERN_ATTACKED_PORTS, port)[0]!.category).toBe('ics');
  });

  it('rates exposure-means-compromise services as high or critical', () => {
    for (const port of [445, 2375, 6379, 10250, 27017, 623, 16992]) {
      expect(['high', 'critical'], String(port)).toContain(find(MODERN_ATTACKED_PORTS, port)[0]!.risk);
    }
  });

  const cves: [number, 'tcp' | 'udp', string][] = [
    [21, 'tcp', 'CVE-2011-2523'],
    [21, 'tcp', 'CVE-2015-3306'],
    [22, 'tcp', 'CVE-2024-6387'],
    [22, 'tcp', 'CVE-2025-32433'],
    [25, 'tcp', 'CVE-2019-10149'],
    [53, 'udp', 'CVE-2020-1350'],
    [69, 'udp', 'CVE-2003-0352'],
    [80, 'tcp', 'CVE-2021-36260'],
    [81, 'tcp', 'CVE-2017-8225'],
    [123, 'udp', 'CVE-2013-5211'],
    [135, 'tcp', 'CVE-2003-0352'],
    [161, 'udp', 'CVE-2017-6742'],
    [427, 'udp', 'CVE-2023-29552'],
    [427, 'tcp', 'CVE-2021-21974'],
    [443, 'tcp', 'CVE-2018-13379'],
    [443, 'tcp', 'CVE-2019-11510'],
    [443, 'tcp', 'CVE-2019-19781'],
    [443, 'tcp', 'CVE-2023-4966'],
    [443, 'tcp', 'CVE-2024-21887'],
    [443, 'tcp', 'CVE-2024-3400'],
    [445, 'tcp', 'CVE-2017-0144'],
    [445, 'tcp', 'CVE-2020-0796'],
    [500, 'udp', 'CVE-2016-6415'],
    [623, 'udp', 'CVE-2013-4786'],
    [873, 'tcp', 'CVE-2024-12084'],
    [1434, 'udp', 'CVE-2002-0649'],
    [1900, 'udp', 'CVE-2020-12695'],
    [3000, 'tcp', 'CVE-2021-43798'],
    [3306, 'tcp', 'CVE-2012-2122'],
    [3389, 'tcp', 'CVE-2019-0708'],
    [4786, 'tcp', 'CVE-2018-0171'],
    [80, 'tcp', 'CVE-2019-19006'],
    [8081, 'tcp', 'CVE-2024-4956'],
    [37777, 'tcp', 'CVE-2013-6117'],
    [5432, 'tcp', 'CVE-2019-9193'],
    [5900, 'tcp', 'CVE-2006-2369'],
    [5985, 'tcp', 'CVE-2021-38647'],
    [6379, 'tcp', 'CVE-2022-0543'],
    [6379, 'tcp', 'CVE-2025-49844'],
    [6443, 'tcp', 'CVE-2018-1002105'],
    [7001, 'tcp', 'CVE-2019-2725'],
    [7001, 'tcp', 'CVE-2020-14882'],
    [7547, 'tcp', 'CVE-2016-10372'],
    [8009, 'tcp', 'CVE-2020-1938'],
    [8080, 'tcp', 'CVE-2024-23897'],
    [8291, 'tcp', 'CVE-2018-14847'],
    [8291, 'tcp', 'CVE-2023-30799'],
    [9034, 'udp', 'CVE-2021-35394'],
    [9200, 'tcp', 'CVE-2015-1427'],
    [10000, 'tcp', 'CVE-2019-15107'],
    [10074, 'udp', 'CVE-2022-26143'],
    [11211, 'udp', 'CVE-2018-1000115'],
    [11434, 'tcp', 'CVE-2024-37032'],
    [16992, 'tcp', 'CVE-2017-5689'],
    [27017, 'tcp', 'CVE-2025-14847'],
    [37215, 'tcp', 'CVE-2017-17215'],
    [52869, 'tcp', 'CVE-2014-8361'],
  ];

  it.each(cves)('%i/%s cites %s', (port, protocol, id) => {
    const labels = find(MODERN_ATTACKED_PORTS, port, protocol).flatMap((f) => f.references.map((r) => r.label));
    expect(labels).toContain(id);
  });

  const advisories: [number, 'tcp' | 'udp', string][] = [
    [19, 'udp', 'US-CERT TA14-017A'],
    [23, 'tcp', 'US-CERT TA16-288A'],
    [445, 'tcp', 'US-CERT TA17-132A'],
    [502, 'tcp', 'CISA AA22-103A'],
    [623, 'udp', 'US-CERT TA13-207A'],
    [3389, 'tcp', 'CISA AA19-168A'],
    [4786, 'tcp', 'US-CERT TA18-106A'],
    [20256, 'tcp', 'CISA AA23-335A'],
    [4500, 'udp', 'RFC 3947 (IKE NAT traversal)'],
    [10255, 'tcp', 'CIS Kubernetes Benchmark 4.2.4 (--read-only-port=0)'],
    [10250, 'tcp', 'CIS Kubernetes Benchmark 4.2.1'],
    [8291, 'tcp', 'MikroTik blog: Meris botnet (Sept 2021)'],
    [37810, 'udp', 'NETSCOUT ASERT: DHCPDiscover reflection/amplification (Jul 2021)'],
  ];

  it.each(advisories)('%i/%s cites %s', (port, protocol, label) => {
    const labels = find(MODERN_ATTACKED_PORTS, port, protocol).flatMap((f) => f.references.map((r) => r.label));
    expect(labels).toContain(label);
  });

  // Claims the fact check of issue 9 found wrong or unsupported must stay out.
  const corrected: [number, 'tcp' | 'udp', RegExp][] = [
    [5060, 'udp', /CVE-2019-19006|FreePBX|KEV/], // a FreePBX web-admin bypass, not a SIP flaw
    [5061, 'tcp', /CVE-2019-19006|FreePBX|KEV/],
    [8081, 'tcp', /CVE-2024-23897|Jenkins/], // Jenkins defaults to 8080
    [8443, 'tcp', /CVE-2024-23897|Jenkins/],
    [8888, 'tcp', /CVE-2024-23897|Jenkins/],
    [8291, 'tcp', /VPNFilter/i],
    [8728, 'tcp', /VPNFilter/i],
    [11434, 'tcp', /CVE-2026-7482|Bleeding Llama/i],
    [10255, 'tcp', /4\.2\.1/],
    [4500, 'udp', /CVE-2016-6415/],
  ];

  it.each(corrected)('%i/%s no longer claims %s', (port, protocol, claim) => {
    for (const f of find(MODERN_ATTACKED_PORTS, port, protocol)) {
      const text = [f.summary, f.probing, f.advice, ...(f.aliases ?? []), ...f.references.map((r) => r.label)].join(' ');
      expect(text, f.id).not.toMatch(claim);
    }
  });

  it('keeps Jenkins on 8080, its default port', () => {
    expect(find(MODERN_ATTACKED_PORTS, 8080, 'tcp')[0]!.references.map((r) => r.label)).toContain('CVE-2024-23897');
  });

  it('no longer files QUIC and BitTorrent as attacked services', () => {
    expect(find(MODERN_ATTACKED_PORTS, 443, 'udp')).toEqual([]);
    expect(find(MODERN_ATTACKED_PORTS, 6881)).toEqual([]);
  });

  it('links every CVE reference to its NVD page', () => {
    for (const f of MODERN_ATTACKED_PORTS) {
      for (const r of f.references) {
        if (/^CVE-\d{4}-\d+$/.test(r.label)) expect(r.url).toBe(`https://nvd.nist.gov/vuln/detail/${r.label}`);
      }
    }
  });
});
