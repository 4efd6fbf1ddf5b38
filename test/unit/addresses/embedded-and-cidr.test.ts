import { describe, expect, it } from 'vitest';
import { decodeEmbedded, describeCidr, MULTICAST_RANGES, SPECIAL_RANGES, WELL_KNOWN_HOSTS } from '../../../knowledge/addresses';
import { parseAddressText, maskOf } from '../../../knowledge/addresses/classify-address';

describe('decodeEmbedded', () => {
  it('decodes Teredo server, client and port', () => {
    expect(decodeEmbedded('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toEqual([
      expect.objectContaining({
        kind: 'teredo',
        ipv4: '192.0.2.45',
        teredoServer: '65.54.227.120',
        teredoClient: '192.0.2.45',
        teredoClientPort: 40000,
      }),
    ]);
  });

  it('decodes 6to4', () => {
    expect(decodeEmbedded('2002:c000:0204::1')).toEqual([expect.objectContaining({ kind: '6to4', ipv4: '192.0.2.4' })]);
  });

  it('decodes 6to4 together with an EUI-64 interface id', () => {
    const kinds = decodeEmbedded('2002:c000:204:1:211:22ff:fe33:4455').map((e) => e.kind);
    expect(kinds).toEqual(['6to4', 'eui64']);
  });

  it('decodes NAT64 (hex and dotted tails)', () => {
    expect(decodeEmbedded('64:ff9b::c000:221')).toEqual([expect.objectContaining({ kind: 'nat64', ipv4: '192.0.2.33' })]);
    expect(decodeEmbedded('64:ff9b::192.0.2.33')[0].ipv4).toBe('192.0.2.33');
  });

  it('decodes IPv4-mapped', () => {
    expect(decodeEmbedded('::ffff:192.0.2.1')).toEqual([expect.objectContaining({ kind: 'ipv4-mapped', ipv4: '192.0.2.1' })]);
    expect(decodeEmbedded('::ffff:c000:201')[0].ipv4).toBe('192.0.2.1');
  });

  it('recovers the MAC from an EUI-64 interface id (U/L bit flipped back)', () => {
    expect(decodeEmbedded('fe80::211:22ff:fe33:4455')).toEqual([
      expect.objectContaining({ kind: 'eui64', mac: '00:11:22:33:44:55' }),
    ]);
    expect(decodeEmbedded('[fe80::21b:63ff:fe84:a2c1%en0]')[0].mac).toBe('00:1b:63:84:a2:c1');
    expect(decodeEmbedded('2a00:1450::a8bb:ccff:fedd:eeff')[0].mac).toBe('aa:bb:cc:dd:ee:ff');
  });

  it('finds nothing in ordinary or invalid addresses', () => {
    expect(decodeEmbedded('2606:4700::1111')).toEqual([]);
    expect(decodeEmbedded('fe80::1')).toEqual([]);
    expect(decodeEmbedded('ff02::1:ff33:4455')).toEqual([]);
    expect(decodeEmbedded('not an address')).toEqual([]);
    expect(decodeEmbedded('10.0.0.1')).toEqual([]);
  });
});

describe('describeCidr', () => {
  it('normalises an IPv4 block', () => {
    const c = describeCidr('10.1.2.3/8')!;
    expect(c).toMatchObject({
      version: 4, network: '10.0.0.0/8', prefixLength: 8, size: '16777216', first: '10.0.0.0', last: '10.255.255.255',
    });
    expect(c.overlaps.map((r) => r.prefix)).toEqual(['10.0.0.0/8']);
    expect(c.classification.scope).toBe('private');
    expect(c.classification.prefixLength).toBe(8);
  });

  it('lists rows inside a wider block', () => {
    const c = describeCidr('192.168.0.0/15')!;
    expect(c.last).toBe('192.169.255.255');
    expect(c.overlaps.map((r) => r.prefix)).toContain('192.168.0.0/16');
    expect(c.classification.notes.join(' ')).toMatch(/192\.168\.0\.0\/16/);
  });

  it('lists containing rows most specific first, then contained rows', () => {
    const c = describeCidr('192.0.0.0/29')!;
    expect(c.overlaps.map((r) => r.prefix)).toEqual(['192.0.0.0/29', '192.0.0.0/24']);
    const d = describeCidr('192.0.0.0/24')!;
    expect(d.overlaps.map((r) => r.prefix)).toEqual([
      '192.0.0.0/24', '192.0.0.0/29', '192.0.0.8/32', '192.0.0.9/32', '192.0.0.10/32', '192.0.0.170/32', '192.0.0.171/32',
    ]);
  });

  it('handles IPv6 sizes beyond Number', () => {
    const c = describeCidr('2001:db8::/32')!;
    expect(c.size).toBe('79228162514264337593543950336');
    expect(c.first).toBe('2001:db8::');
    expect(c.last).toBe('2001:db8:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(c.overlaps.map((r) => r.prefix)).toEqual(['2001:db8::/32']);
    expect(describeCidr('2001:db8:1:2::99/64')!.network).toBe('2001:db8:1:2::/64');
    expect(describeCidr('::/0')!.size).toBe((1n << 128n).toString());
  });

  it('handles the edges', () => {
    expect(describeCidr('8.8.8.8/32')).toMatchObject({ size: '1', first: '8.8.8.8', last: '8.8.8.8', overlaps: [] });
    expect(describeCidr('0.0.0.0/0')).toMatchObject({ size: '4294967296', last: '255.255.255.255' });
    expect(describeCidr('0.0.0.0/0')!.overlaps.length).toBe(
      [...SPECIAL_RANGES, ...WELL_KNOWN_HOSTS, ...MULTICAST_RANGES].filter((r) => !r.prefix.includes(':')).length,
    );
  });

  it('rejects bad input', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0', '10.0.0.0/', '2001:db8::/129', 'abc/8', '1.2.3/8', '10.0.0.0/-1']) {
      expect(describeCidr(bad)).toBeNull();
    }
  });
});

describe('range tables', () => {
  const rows = [...SPECIAL_RANGES, ...MULTICAST_RANGES];

  it('has well-formed, unique, host-bit-free prefixes with references', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const p = parseAddressText(r.prefix);
      expect(p, r.prefix).not.toBeNull();
      expect(p!.prefixLength, r.prefix).toBeDefined();
      expect(p!.value & ~maskOf(p!.version, p!.prefixLength!) & ((1n << 128n) - 1n), r.prefix).toBe(0n);
      expect(seen.has(r.prefix), r.prefix).toBe(false);
      seen.add(r.prefix);
      expect(r.references.length, r.prefix).toBeGreaterThan(0);
      expect(r.summary.length, r.prefix).toBeGreaterThan(20);
    }
  });

  it('covers the IANA special-purpose rows', () => {
    const prefixes = new Set(SPECIAL_RANGES.map((r) => r.prefix));
    for (const p of [
      '0.0.0.0/8', '100.64.0.0/10', '192.0.0.171/32', '192.88.99.2/32', '255.255.255.255/32', '224.0.0.0/4',
      '100:0:0:1::/64', '2001:1::3/128', '2001:30::/28', '3fff::/20', '5f00::/16', 'ff00::/8', 'fec0::/10', '::/96',
    ]) expect(prefixes.has(p), p).toBe(true);
    expect(SPECIAL_RANGES.length).toBeGreaterThanOrEqual(55);
    expect(MULTICAST_RANGES.every((r) => r.scope === 'multicast')).toBe(true);
  });
});
