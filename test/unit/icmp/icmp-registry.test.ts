// Walks the hand-written ICMP tables against the IANA registries as summarised in the knowledge
// sources (§3): every type and every code must be present, and nothing else.
import { describe, expect, it } from 'vitest';
import { ICMP_V4_TYPES, ICMP_V6_TYPES, type IcmpTypeEntry } from '../../../knowledge/icmp';
import { RISK_ORDER } from '../../../knowledge/types';

const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

/** [type, codes]: the IANA ICMPv4 registry. Reserved rows carry no codes. */
const EXPECTED_V4: [number, number[]][] = [
  [0, [0]],
  [3, range(0, 15)],
  [4, [0]],
  [5, range(0, 3)],
  [6, [0]],
  [8, [0]],
  [9, [0, 16]],
  [10, [0]],
  [11, [0, 1]],
  [12, [0, 1, 2]],
  [13, [0]],
  [14, [0]],
  [15, [0]],
  [16, [0]],
  [17, [0]],
  [18, [0]],
  [19, []],
  ...range(20, 29).map((t): [number, number[]] => [t, []]),
  ...range(30, 39).map((t): [number, number[]] => [t, [0]]),
  [40, range(0, 5)],
  [41, []],
  [42, [0]],
  [43, range(0, 4)],
  [253, []],
  [254, []],
  [255, []],
];

/** [type, codes]: the IANA ICMPv6 registry. */
const EXPECTED_V6: [number, number[]][] = [
  [0, []],
  [1, range(0, 8)],
  [2, [0]],
  [3, [0, 1]],
  [4, range(0, 10)],
  [100, []],
  [101, []],
  [127, []],
  [128, [0]],
  [129, [0]],
  [130, [0]],
  [131, [0]],
  [132, [0]],
  [133, [0]],
  [134, [0]],
  [135, [0]],
  [136, [0]],
  [137, [0]],
  [138, [0, 1, 255]],
  [139, [0, 1, 2]],
  [140, [0, 1, 2]],
  ...range(141, 149).map((t): [number, number[]] => [t, [0]]),
  [150, []],
  [151, [0]],
  [152, [0]],
  [153, [0]],
  [154, [0]],
  [155, [0x00, 0x01, 0x02, 0x03, 0x80, 0x81, 0x82, 0x83, 0x8a]],
  [156, [0]],
  [157, [0]],
  [158, [0]],
  [159, [0]],
  [160, [0]],
  [161, range(0, 4)],
  [200, []],
  [201, []],
  [255, []],
];

/** Types deprecated by RFC 6633 (4) and RFC 6918 (the others). */
const DEPRECATED_V4 = [4, 6, 15, 16, 17, 18, ...range(30, 39)];

function checkTable(name: string, table: readonly IcmpTypeEntry[], expected: [number, number[]][]) {
  describe(name, () => {
    it('lists exactly the expected types, in order, without duplicates', () => {
      expect(table.map((e) => e.type)).toEqual(expected.map(([t]) => t));
    });

    it.each(expected)('type %i has exactly the expected codes', (type, codes) => {
      const entry = table.find((e) => e.type === type);
      expect(entry, `type ${type} missing`).toBeDefined();
      expect(entry!.codes.map((c) => c.code)).toEqual(codes);
    });

    it('gives every row a name, a summary, a known risk and at least one reference', () => {
      for (const e of table) {
        expect(e.name.length, `type ${e.type}`).toBeGreaterThan(2);
        expect(e.summary.length, `type ${e.type}`).toBeGreaterThan(20);
        expect(RISK_ORDER).toContain(e.risk);
        expect(e.references.length, `type ${e.type}`).toBeGreaterThan(0);
        for (const c of e.codes) {
          expect(Number.isInteger(c.code) && c.code >= 0 && c.code <= 255).toBe(true);
          expect(c.name.length, `type ${e.type} code ${c.code}`).toBeGreaterThan(1);
          if (c.risk) expect(RISK_ORDER).toContain(c.risk);
        }
      }
    });
  });
}

checkTable('ICMPv4 table', ICMP_V4_TYPES, EXPECTED_V4);
checkTable('ICMPv6 table', ICMP_V6_TYPES, EXPECTED_V6);

describe('ICMPv4 deprecations', () => {
  it('marks exactly the types RFC 6633 and RFC 6918 deprecated', () => {
    expect(ICMP_V4_TYPES.filter((e) => e.deprecated).map((e) => e.type)).toEqual(DEPRECATED_V4);
  });

  it('cites RFC 6633 for source quench and RFC 6918 for the rest', () => {
    for (const e of ICMP_V4_TYPES.filter((x) => x.deprecated)) {
      const labels = e.references.map((r) => r.label);
      expect(labels, `type ${e.type}`).toContain(e.type === 4 ? 'RFC 6633' : 'RFC 6918');
    }
  });
});

describe('ICMP table facts', () => {
  const v4 = (t: number) => ICMP_V4_TYPES.find((e) => e.type === t)!;
  const v6 = (t: number) => ICMP_V6_TYPES.find((e) => e.type === t)!;

  it('names the key codes', () => {
    expect(v4(3).codes[4].name).toMatch(/fragmentation needed/i);
    expect(v4(3).codes[13].name).toMatch(/administratively prohibited/i);
    expect(v4(11).codes[0].name).toMatch(/ttl exceeded/i);
    expect(v6(1).codes[8].name).toMatch(/headers too long/i);
    expect(v6(4).codes[3].name).toMatch(/incomplete/i);
  });

  it('tells people to let Neighbor Discovery and MLD through on the LAN (RFC 4890)', () => {
    for (const t of [130, 131, 132, 133, 134, 135, 136, 137, 143]) {
      const e = v6(t);
      expect(e.references.map((r) => r.label), `type ${t}`).toContain('RFC 4890');
      expect(`${e.forensic} ${e.advice}`, `type ${t}`).toMatch(/LAN|local router|link/i);
    }
  });

  it('tells people not to drop ICMPv6 errors 1-4', () => {
    for (const t of [1, 2, 3, 4]) expect(v6(t).advice, `type ${t}`).toMatch(/never|must not/i);
  });
});
