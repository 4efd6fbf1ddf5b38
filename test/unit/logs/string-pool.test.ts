// The interning pool behind the event store: IPv4 addresses are found by value, other text by a map,
// and both must hand out one id per distinct string.
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../../knowledge/logs/string-pool';

describe('StringPool', () => {
  it('gives each distinct string one id, addresses and other text alike', () => {
    const pool = new StringPool();
    const texts = ['192.0.2.1', 'tcp', '255.255.255.255', '0.0.0.0', '2001:db8::1', '192.0.2.1 ', '01.2.3.4', '1.2.3.4', '256.1.1.1'];
    const ids = texts.map((t) => pool.idOf(t));
    expect(new Set(ids).size).toBe(texts.length);
    expect(texts.map((t) => pool.idOf(t))).toEqual(ids);
    expect(texts.map((t) => pool.find(t))).toEqual(ids);
    expect(ids.map((id) => pool.get(id))).toEqual(texts);
    expect(pool.find('192.0.2.2')).toBe(-1);
    expect(pool.find('1.2.3.04')).toBe(-1);
  });

  it('keeps every id when the address table grows past thousands of entries', () => {
    const pool = new StringPool();
    const addresses = Array.from({ length: 70_000 }, (_, i) => `198.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const ids = addresses.map((a) => pool.idOf(a));
    expect(ids).toEqual(addresses.map((_, i) => i));
    expect(addresses.every((a, i) => pool.find(a) === i && pool.idOf(a) === i)).toBe(true);
    expect(pool.size).toBe(70_000);
  });
});
