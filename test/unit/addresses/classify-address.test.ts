import { describe, expect, it } from 'vitest';
import type { AddressScope } from '../../../knowledge/types';
import { classifyAddress } from '../../../knowledge/addresses';
import {
  COMPILED_RANGES,
  compileRanges,
  matchCompiled,
  parseAddressText,
} from '../../../knowledge/addresses/classify-address';
import { SPECIAL_RANGES } from '../../../knowledge/addresses/special-ranges';
import { MULTICAST_RANGES } from '../../../knowledge/addresses/multicast-groups';
import { WELL_KNOWN_HOSTS } from '../../../knowledge/addresses/well-known-hosts';

interface Case {
  input: string;
  address: string;
  version: 4 | 6;
  scope: AddressScope;
  /** Prefix of the most specific row; null when no row matches. */
  top: string | null;
  note?: RegExp;
}

const CASES: Case[] = [
  { input: '10.1.2.3', address: '10.1.2.3', version: 4, scope: 'private', top: '10.0.0.0/8', note: /spoofed/ },
  { input: '172.20.0.5', address: '172.20.0.5', version: 4, scope: 'private', top: '172.16.0.0/12', note: /spoofed/ },
  { input: '192.168.7.8', address: '192.168.7.8', version: 4, scope: 'private', top: '192.168.0.0/16', note: /WAN/ },
  { input: '100.64.1.1', address: '100.64.1.1', version: 4, scope: 'shared', top: '100.64.0.0/10', note: /carrier-grade NAT/ },
  { input: '127.0.0.1', address: '127.0.0.1', version: 4, scope: 'loopback', top: '127.0.0.0/8', note: /martian/ },
  { input: '0.0.0.0', address: '0.0.0.0', version: 4, scope: 'unspecified', top: '0.0.0.0/32', note: /DHCP/ },
  { input: '0.1.2.3', address: '0.1.2.3', version: 4, scope: 'reserved', top: '0.0.0.0/8' },
  { input: '192.0.0.9', address: '192.0.0.9', version: 4, scope: 'anycast', top: '192.0.0.9/32' },
  { input: '192.0.0.10', address: '192.0.0.10', version: 4, scope: 'anycast', top: '192.0.0.10/32' },
  { input: '192.0.0.3', address: '192.0.0.3', version: 4, scope: 'tunnel', top: '192.0.0.0/29' },
  { input: '192.0.0.170', address: '192.0.0.170', version: 4, scope: 'translation', top: '192.0.0.170/32' },
  { input: '192.0.2.1', address: '192.0.2.1', version: 4, scope: 'documentation', top: '192.0.2.0/24', note: /never appear/ },
  { input: '198.51.100.7', address: '198.51.100.7', version: 4, scope: 'documentation', top: '198.51.100.0/24', note: /test or example/ },
  { input: '203.0.113.50', address: '203.0.113.50', version: 4, scope: 'documentation', top: '203.0.113.0/24' },
  { input: '198.18.0.1', address: '198.18.0.1', version: 4, scope: 'benchmarking', top: '198.18.0.0/15', note: /proxy app.*fake addresses/ },
  { input: '198.19.255.7', address: '198.19.255.7', version: 4, scope: 'benchmarking', top: '198.18.0.0/15', note: /not an attack/ },
  { input: '169.254.169.254', address: '169.254.169.254', version: 4, scope: 'link-local', top: '169.254.169.254/32', note: /cloud metadata/ },
  { input: '100.100.100.100', address: '100.100.100.100', version: 4, scope: 'shared', top: '100.100.100.100/32', note: /Tailscale/ },
  { input: '192.168.100.1', address: '192.168.100.1', version: 4, scope: 'private', top: '192.168.100.1/32', note: /modem/ },
  { input: '192.88.99.2', address: '192.88.99.2', version: 4, scope: 'tunnel', top: '192.88.99.2/32' },
  { input: '8.8.8.8', address: '8.8.8.8', version: 4, scope: 'public', top: null },
  { input: '224.0.0.251', address: '224.0.0.251', version: 4, scope: 'multicast', top: '224.0.0.251/32' },
  { input: '239.255.255.250', address: '239.255.255.250', version: 4, scope: 'multicast', top: '239.255.255.250/32' },
  { input: '232.1.2.3', address: '232.1.2.3', version: 4, scope: 'multicast', top: '232.0.0.0/8' },
  { input: '240.1.2.3', address: '240.1.2.3', version: 4, scope: 'reserved', top: '240.0.0.0/4' },
  { input: '255.255.255.255', address: '255.255.255.255', version: 4, scope: 'broadcast', top: '255.255.255.255/32' },
  { input: '169.254.1.1', address: '169.254.1.1', version: 4, scope: 'link-local', top: '169.254.0.0/16', note: /DHCP failed/ },
  { input: '192.168.1.255', address: '192.168.1.255', version: 4, scope: 'private', top: '192.168.0.0/16', note: /directed broadcast.*smurf.*fraggle/is },
  { input: '010.001.002.003', address: '10.1.2.3', version: 4, scope: 'private', top: '10.0.0.0/8' },
  { input: '::1', address: '::1', version: 6, scope: 'loopback', top: '::1/128' },
  { input: '::', address: '::', version: 6, scope: 'unspecified', top: '::/128' },
  { input: 'fe80::1%eth0', address: 'fe80::1%eth0', version: 6, scope: 'link-local', top: 'fe80::/10' },
  { input: '[fe80::1%12]', address: 'fe80::1%12', version: 6, scope: 'link-local', top: 'fe80::/10' },
  { input: '2001:db8::1', address: '2001:db8::1', version: 6, scope: 'documentation', top: '2001:db8::/32' },
  { input: '2001:0db8:0000:0000:0000:0000:0000:0001', address: '2001:db8::1', version: 6, scope: 'documentation', top: '2001:db8::/32' },
  { input: '[2001:DB8::1]', address: '2001:db8::1', version: 6, scope: 'documentation', top: '2001:db8::/32' },
  { input: '3fff::1', address: '3fff::1', version: 6, scope: 'documentation', top: '3fff::/20' },
  { input: '2001:0:4136:e378:8000:63bf:3fff:fdd2', address: '2001:0:4136:e378:8000:63bf:3fff:fdd2', version: 6, scope: 'tunnel', top: '2001::/32', note: /UDP 3544/ },
  { input: '2002:c000:0204::1', address: '2002:c000:204::1', version: 6, scope: 'tunnel', top: '2002::/16' },
  { input: '64:ff9b::c000:221', address: '64:ff9b::c000:221', version: 6, scope: 'translation', top: '64:ff9b::/96' },
  { input: '64:ff9b::192.0.2.33', address: '64:ff9b::c000:221', version: 6, scope: 'translation', top: '64:ff9b::/96' },
  { input: '::ffff:192.0.2.1', address: '::ffff:192.0.2.1', version: 6, scope: 'translation', top: '::ffff:0:0/96', note: /192\.0\.2\.1.*Documentation/ },
  { input: '2001:1::1', address: '2001:1::1', version: 6, scope: 'anycast', top: '2001:1::1/128' },
  { input: '2001:2::5', address: '2001:2::5', version: 6, scope: 'benchmarking', top: '2001:2::/48' },
  { input: '100::1', address: '100::1', version: 6, scope: 'discard', top: '100::/64' },
  { input: '100:0:0:1::1', address: '100:0:0:1::1', version: 6, scope: 'reserved', top: '100:0:0:1::/64' },
  { input: 'fe80::211:22ff:fe33:4455', address: 'fe80::211:22ff:fe33:4455', version: 6, scope: 'link-local', top: 'fe80::/10' },
  { input: 'ff02::fb', address: 'ff02::fb', version: 6, scope: 'multicast', top: 'ff02::fb/128' },
  { input: 'ff02::1:ff33:4455', address: 'ff02::1:ff33:4455', version: 6, scope: 'multicast', top: 'ff02::1:ff00:0/104' },
  { input: 'fec0::1', address: 'fec0::1', version: 6, scope: 'reserved', top: 'fec0::/10' },
  { input: '4000::1', address: '4000::1', version: 6, scope: 'reserved', top: null, note: /bogon/ },
  { input: 'fc00::1', address: 'fc00::1', version: 6, scope: 'unique-local', top: 'fc00::/7' },
  { input: 'fd12::1', address: 'fd12::1', version: 6, scope: 'unique-local', top: 'fc00::/7' },
  { input: '2606:4700::1111', address: '2606:4700::1111', version: 6, scope: 'public', top: null },
];

describe('classifyAddress: table of scopes', () => {
  it.each(CASES)('$input → $scope', (c) => {
    const r = classifyAddress(c.input);
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.address).toBe(c.address);
    expect(r.version).toBe(c.version);
    expect(r.scope).toBe(c.scope);
    expect(r.ranges[0]?.prefix ?? null).toBe(c.top);
    expect(r.summary.length).toBeGreaterThan(20);
    if (c.note) expect(r.notes.join('\n')).toMatch(c.note);
    // references are the union of the ranges' references
    for (const range of r.ranges) for (const ref of range.references) expect(r.references.map((x) => x.label)).toContain(ref.label);
    expect(r.references.length).toBeGreaterThan(0);
  });
});

describe('classifyAddress: well-known hosts inside special blocks', () => {
  it('reads 169.254.169.254 as the cloud metadata service, not as a failed DHCP lease', () => {
    const r = classifyAddress('169.254.169.254')!;
    expect(r.summary).toMatch(/metadata service/);
    expect(r.notes.join(' ')).not.toMatch(/DHCP failed/);
    expect(r.ranges.map((x) => x.prefix)).toEqual(['169.254.169.254/32', '169.254.0.0/16']);
    expect(classifyAddress('169.254.169.253')!.notes.join(' ')).toMatch(/DHCP failed/);
  });

  it('keeps the block\'s own meaning next to the host\'s', () => {
    expect(classifyAddress('100.100.100.100')!.ranges.map((x) => x.prefix)).toEqual(['100.100.100.100/32', '100.64.0.0/10']);
    expect(classifyAddress('100.100.100.101')!.notes.join(' ')).toMatch(/carrier-grade NAT/);
    expect(classifyAddress('192.168.100.1')!.ranges.map((x) => x.prefix)).toEqual(['192.168.100.1/32', '192.168.0.0/16']);
    expect(classifyAddress('198.18.0.1')!.summary).toMatch(/Clash and sing-box/);
    expect(classifyAddress('198.18.0.1')!.references.map((x) => x.label).join(' ')).toMatch(/sing-box/);
  });

  it('cites a source for every well-known host', () => {
    for (const row of WELL_KNOWN_HOSTS) {
      expect(row.references.length, row.prefix).toBeGreaterThan(0);
      expect(row.note, row.prefix).toBeTruthy();
      expect(row.prefix, row.prefix).toMatch(/\/32$/);
    }
  });
});

describe('classifyAddress: details', () => {
  it('puts 192.0.0.9/32 before 192.0.0.0/24', () => {
    expect(classifyAddress('192.0.0.9')!.ranges.map((r) => r.prefix)).toEqual(['192.0.0.9/32', '192.0.0.0/24']);
  });

  it('nests multicast rows most specific first', () => {
    expect(classifyAddress('239.255.255.250')!.ranges.map((r) => r.prefix)).toEqual([
      '239.255.255.250/32', '239.255.0.0/16', '239.0.0.0/8', '224.0.0.0/4',
    ]);
    expect(classifyAddress('224.0.0.251')!.ranges.map((r) => r.prefix)).toEqual(['224.0.0.251/32', '224.0.0.0/24', '224.0.0.0/4']);
  });

  it('orders matches by prefix length whatever the table order', () => {
    const rows = [...SPECIAL_RANGES, ...MULTICAST_RANGES];
    const reversed = compileRanges([...rows].reverse());
    let seed = 7;
    const shuffled = compileRanges(
      rows.map((r) => ({ r, k: (seed = (seed * 48271) % 2147483647) })).sort((a, b) => a.k - b.k).map((x) => x.r),
    );
    for (const text of ['192.0.0.9', '2001:1::3', '0.0.0.0', '224.0.0.1', 'ff02::1:2', '2001:0:1:2:3:4:5:6']) {
      const p = parseAddressText(text)!;
      const expected = matchCompiled(COMPILED_RANGES, p.version, p.value).map((r) => r.prefix);
      const lengths = expected.map((x) => Number(x.split('/')[1]));
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
      expect(matchCompiled(reversed, p.version, p.value).map((r) => r.prefix)).toEqual(expected);
      expect(matchCompiled(shuffled, p.version, p.value).map((r) => r.prefix)).toEqual(expected);
    }
  });

  it('keeps a CIDR prefix length', () => {
    const r = classifyAddress('10.1.2.3/8')!;
    expect(r.address).toBe('10.1.2.3');
    expect(r.prefixLength).toBe(8);
    expect(classifyAddress('[2001:db8::]/32')!.prefixLength).toBe(32);
    expect(classifyAddress('8.8.8.8')!.prefixLength).toBeUndefined();
  });

  it('treats the directed-broadcast heuristic with care', () => {
    expect(classifyAddress('192.168.1.0')!.notes.join(' ')).toMatch(/subnet mask/);
    expect(classifyAddress('8.8.4.255')!.notes.join(' ')).toMatch(/no ip directed-broadcast/);
    expect(classifyAddress('8.8.4.4')!.notes).toEqual([]);
    // with a mask we know: the broadcast of a /24, but not a host of a /16
    expect(classifyAddress('192.168.1.255/24')!.notes.join(' ')).toMatch(/broadcast address of its \/24/);
    expect(classifyAddress('192.168.1.255/16')!.notes.join(' ')).not.toMatch(/directed broadcast/);
    expect(classifyAddress('192.168.1.0/24')!.notes.join(' ')).not.toMatch(/directed broadcast/);
    expect(classifyAddress('255.255.255.255')!.notes.join(' ')).not.toMatch(/directed/);
    expect(classifyAddress('224.0.0.255')!.notes.join(' ')).not.toMatch(/directed/);
  });

  it('decodes embedded addresses while classifying', () => {
    expect(classifyAddress('2001:0:4136:e378:8000:63bf:3fff:fdd2')!.embedded[0]).toMatchObject({
      kind: 'teredo', teredoServer: '65.54.227.120', teredoClient: '192.0.2.45', teredoClientPort: 40000,
    });
    expect(classifyAddress('fe80::211:22ff:fe33:4455%eth0')!.embedded).toEqual([
      expect.objectContaining({ kind: 'eui64', mac: '00:11:22:33:44:55' }),
    ]);
    expect(classifyAddress('10.0.0.1')!.embedded).toEqual([]);
  });

  it('reads "::1.2.3.4" as the deprecated IPv4-compatible form, not as IPv4-mapped', () => {
    const r = classifyAddress('::1.2.3.4')!;
    expect(r.address).toBe('::102:304');
    expect(r.ranges[0].prefix).toBe('::/96');
  });

  it('adds the FAQ reference to the spoofing and DHCP notes', () => {
    expect(classifyAddress('10.0.0.1')!.references.map((r) => r.label)).toContain('Firewall Forensics FAQ §3');
    expect(classifyAddress('169.254.9.9')!.references.map((r) => r.label)).toContain('Firewall Forensics FAQ §3');
  });
});

describe('classifyAddress: junk', () => {
  it.each([
    '999.1.1.1', '256.1.1.1', '1.2.3', 'abc', 'hello', '', '   ', '12:34', '1.2.3.4.5', ':::', 'fe80::1%',
    '10.0.19045', '1.2.3.-4', '1.2.3.4/33', '::1/129', '1.2.3.4/', '1.2.3.4/x', '1::2::3', '12345::1',
    '::ffff:1.2.3', '::ffff:256.1.1.1', '[1.2.3.4]', '[::1', '[::1]x', '1.2.3.4%eth0', 'fe80::1%eth 0', '0x7f.1.1.1',
    '1.2.3.0004',
  ])('%j → null', (text) => {
    expect(classifyAddress(text)).toBeNull();
  });

  it('reads leading zeros as decimal, never octal', () => {
    expect(classifyAddress('010.010.010.010')!.address).toBe('10.10.10.10');
    expect(classifyAddress('::ffff:010.0.0.1')!.address).toBe('::ffff:10.0.0.1');
  });

  it('trims surrounding whitespace', () => {
    expect(classifyAddress('  8.8.8.8 ')!.address).toBe('8.8.8.8');
  });
});
