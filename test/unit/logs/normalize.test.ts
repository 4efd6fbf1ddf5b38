// The address normaliser every parser uses: plain IPv4 passes straight through, anything else is
// parsed and written the normal way, and what is not an address comes back undefined.
import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../../knowledge/logs/parsers/lib/normalize';

describe('normalizeAddress', () => {
  it('keeps plain IPv4 as written', () => {
    for (const a of ['0.0.0.0', '192.0.2.10', '255.255.255.255', '198.51.100.7']) expect(normalizeAddress(a)).toBe(a);
  });

  it('drops leading zeros and rejects octets above 255 or the wrong number of parts', () => {
    expect(normalizeAddress('010.001.002.003')).toBe('10.1.2.3');
    expect(normalizeAddress('192.0.2.256')).toBeUndefined();
    expect(normalizeAddress('192.0.2')).toBeUndefined();
    expect(normalizeAddress('192.0.2.1.5')).toBeUndefined();
    expect(normalizeAddress('192..2.1')).toBeUndefined();
    expect(normalizeAddress('1234.0.2.1')).toBeUndefined();
  });

  it('writes IPv6 in RFC 5952 form, with or without brackets', () => {
    expect(normalizeAddress('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normalizeAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress(' 192.0.2.1 ')).toBe('192.0.2.1');
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1');
  });

  it('returns undefined for what is not an address', () => {
    for (const t of ['', 'eth0', 'gw.example.net', '1.2.3.x', undefined, null]) expect(normalizeAddress(t)).toBeUndefined();
  });
});
