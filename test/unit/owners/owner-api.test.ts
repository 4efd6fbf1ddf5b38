// ipOwner and asLookup as the popup, hover card and side panel will call them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_NAMES, KNOWN_NETWORKS, NETWORK_KINDS, asLookup, bundledOwnerSource, describeCountry, ipOwner, kindFromAsName,
} from '../../../knowledge';

describe('ipOwner', () => {
  it('names AS15169 Google, registered in the US, for 8.8.8.8, with the data date', async () => {
    const owner = await ipOwner('8.8.8.8');
    expect(owner).toMatchObject({ asn: 15169, asName: 'Google LLC', country: 'US', dataDate: '2026-06-17', kind: 'dns-resolver' });
    expect(owner?.range).toEqual({ first: '8.8.8.0', last: '8.8.8.255', cidr: '8.8.8.0/24' });
    expect(owner?.network?.references[0].url).toMatch(/^https:\/\//);
  });

  it('returns null for special-purpose addresses, which classifyAddress explains', async () => {
    for (const a of ['10.1.2.3', '192.168.1.1', '172.16.5.4', '127.0.0.1', '169.254.1.1', '192.0.2.7', '198.51.100.1', '203.0.113.9',
      '100.64.0.1', '224.0.0.251', '239.255.255.250', '198.18.0.1', '240.0.0.1', '255.255.255.255', '0.0.0.0', '::1', '::',
      'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1', '3fff::1', '2001:2::1', '::ffff:10.0.0.1', '2002:c0a8:0101::1']) {
      expect(await ipOwner(a), a).toBeNull();
    }
  });

  it('answers for the IPv4 address inside IPv4-mapped, 6to4, Teredo and NAT64 addresses, and says so', async () => {
    const cases: [string, string, string][] = [
      ['::ffff:8.8.8.8', 'ipv4-mapped', 'IPv4-mapped'],
      ['2002:0808:0808::1', '6to4', '6to4'],
      ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'teredo', 'Teredo'],
      ['64:ff9b::8.8.8.8', 'nat64', 'NAT64'],
    ];
    for (const [address, kind, word] of cases) {
      const owner = await ipOwner(address);
      expect(owner?.embedded, address).toEqual({ kind, ipv4: '8.8.8.8' });
      expect(owner?.asn, address).toBe(15169);
      expect(owner?.note, address).toContain(`inside this ${word} address`);
    }
  });

  it('gives null, never a throw, for zone ids and bad input', async () => {
    const bad: unknown[] = ['fe80::1%eth0', '2a01:4f8::1%eth0', '', ' ', 'junk', '1.2.3', '256.1.1.1', '1.2.3.4.5', '8.8.8.8/33', 'x'.repeat(5000),
      '::ffff:999.1.1.1', '12345::', null, undefined, 42, {}, ['8.8.8.8']];
    for (const input of bad) await expect(ipOwner(input as string), String(input)).resolves.toBeNull();
  });

  it('answers a CIDR for its first address and warns when the block spans several registrations', async () => {
    expect((await ipOwner('8.8.8.0/24'))?.note ?? '').not.toMatch(/spans/);
    expect((await ipOwner('8.0.0.0/8'))?.note).toMatch(/spans more than one registration/);
  });

  it('tells research scanners, clouds, hosting and CDNs apart, each with its source', async () => {
    expect(await ipOwner('162.142.125.10')).toMatchObject({ kind: 'research-scanner', network: { id: 'censys', by: 'prefix' } });
    expect(await ipOwner('71.6.233.7')).toMatchObject({ kind: 'research-scanner', network: { id: 'rapid7-sonar' } });
    expect(await ipOwner('2a01:4f8::1')).toMatchObject({ asn: 24940, country: 'DE', kind: 'hosting', network: { id: 'hetzner', by: 'asn' } });
    expect(await ipOwner('104.16.0.1')).toMatchObject({ asn: 13335, kind: 'cdn' });
    const cloud = await ipOwner('3.5.140.1');
    expect(cloud).toMatchObject({ kind: 'cloud', network: { id: 'aws' } });
    expect(cloud?.note).toBe(NETWORK_KINDS.cloud.meaning);
  });

  it('says "home" or "mobile" only when the AS name makes it plain', () => {
    expect(kindFromAsName('Comcast Cable Communications, LLC')).toBe('residential');
    expect(kindFromAsName('Excitel Broadband Private Limited')).toBe('residential');
    expect(kindFromAsName('Drahtlos-DSL GmbH Mittelsachsen')).toBe('residential');
    expect(kindFromAsName('T-Mobile USA, Inc.')).toBe('mobile');
    expect(kindFromAsName('Evolve Cellular Inc.')).toBe('mobile');
    for (const name of ['Bouygues Telecom SA', 'Deutsche Telekom AG', 'Residential Mortgage Services, Inc', 'Capital City Home Loans',
      'OJI FIBRE SOLUTIONS', 'Exxon Mobil Corporation', 'ExxonMobil', 'Hetzner Online GmbH', '', null]) {
      expect(kindFromAsName(name), String(name)).toBeUndefined();
    }
  });
});

describe('asLookup', () => {
  it('finds an AS by "AS15169", "as15169" and "15169" alike', async () => {
    const [a, b, c] = await Promise.all(['AS15169', 'as15169', ' 15169 '].map((q) => asLookup(q)));
    expect(a).toEqual(b);
    expect(a).toEqual(c);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ asn: 15169, name: 'Google LLC', country: 'US', kind: 'cloud' });
    expect(a[0].ranges.v4).toBeGreaterThan(10);
    expect(a[0].ranges.v6).toBeGreaterThan(0);
  });

  it('lists a provider by name, curated ASes first', async () => {
    const found = await asLookup('hetzner');
    expect(found.slice(0, 3).map((e) => e.asn)).toEqual([24940, 213230, 212317]);
    expect(found.every((e) => /hetzner/i.test(e.name))).toBe(true);
    expect((await asLookup('linode'))[0]).toMatchObject({ asn: 63949 });
  });

  it('answers nothing for unknown numbers and too-short names', async () => {
    expect(await asLookup('AS4199999999')).toEqual([]);
    expect(await asLookup('ab')).toEqual([]);
    expect(await asLookup('')).toEqual([]);
  });
});

describe('curated data', () => {
  it('names every country code the data uses, with its flag', () => {
    const codes = new Set<string>();
    for (const v of [4, 6]) {
      for (const line of readFileSync(`node_modules/@ip-location-db/asn-country/asn-country-ipv${v}-num.csv`, 'utf8').split('\n')) {
        if (line) codes.add(line.slice(line.lastIndexOf(',') + 1));
      }
    }
    for (const code of codes) expect(COUNTRY_NAMES[code], code).toBeTruthy();
    expect(describeCountry('de')).toEqual({ code: 'DE', name: 'Germany', flag: '🇩🇪' });
    expect(describeCountry('XX')).toBeNull();
  });

  it('gives every known network a public source, and its AS numbers the expected names in the data', async () => {
    const db = await bundledOwnerSource().database();
    for (const network of KNOWN_NETWORKS) {
      expect(network.references.length, network.id).toBeGreaterThan(0);
      for (const r of network.references) expect(r.url, network.id).toMatch(/^https:\/\//);
      expect((network.asns?.length ?? 0) + (network.prefixes?.length ?? 0), network.id).toBeGreaterThan(0);
      for (const asn of network.asns ?? []) {
        const index = db.indexOfAs(asn);
        expect(index, `AS${asn}`).toBeGreaterThan(0);
        expect(db.asName(index), `AS${asn}`).toContain(network.asNameContains);
      }
    }
  });
});

describe('owners for many addresses', () => {
  it('looks each distinct address up once and answers like ipOwner', async () => {
    const { ownersFor, createOwnerMemo } = await import('../../../knowledge');
    const db = await bundledOwnerSource().database();
    const owners = ownersFor(db, ['8.8.8.8', '10.0.0.1', '8.8.8.8', '2a01:4f8::1', 'junk']);
    expect([...owners.keys()]).toEqual(['8.8.8.8', '10.0.0.1', '2a01:4f8::1', 'junk']);
    expect(owners.get('8.8.8.8')).toEqual(await ipOwner('8.8.8.8'));
    expect(owners.get('10.0.0.1')).toBeNull();
    const memo = createOwnerMemo(db);
    expect(memo('1.1.1.1')).toBe(memo('1.1.1.1'));
  });
});
