import { describe, expect, it } from 'vitest';
import { explainIcmp } from '../../../knowledge/icmp';
import { RISK_ORDER, type IcmpExplanation, type Risk } from '../../../knowledge/types';

const text = (x: IcmpExplanation) => [x.summary, x.forensic, x.advice].filter(Boolean).join(' ');
const atLeast = (r: Risk, floor: Risk) => RISK_ORDER.indexOf(r) >= RISK_ORDER.indexOf(floor);

describe('explainIcmp, ICMPv4', () => {
  it('3/4: fragmentation needed dropped by your own firewall means its rules need fixing, or connections hang', () => {
    const x = explainIcmp(3, 4);
    expect(x.typeName).toBe('Destination Unreachable');
    expect(x.codeName).toMatch(/fragmentation needed/i);
    expect(text(x)).toMatch(/rules need fixing/i);
    expect(text(x)).toMatch(/hang/i);
    expect(text(x)).toMatch(/path mtu/i);
    expect(atLeast(x.risk, 'medium')).toBe(true);
    expect(x.unassigned).toBe(false);
    expect(x.codes).toHaveLength(16);
  });

  it('3/13: communication administratively prohibited, what firewalls send', () => {
    const x = explainIcmp(3, 13);
    expect(x.codeName).toMatch(/administratively prohibited/i);
    expect(text(x)).toMatch(/firewall/i);
  });

  it('3/3 and 3/1: nobody listening, and no ARP answer', () => {
    expect(text(explainIcmp(3, 3))).toMatch(/listen/i);
    expect(text(explainIcmp(3, 1))).toMatch(/ARP/);
  });

  it('11/0 mentions traceroute and routing loops', () => {
    const x = explainIcmp(11, 0);
    expect(x.codeName).toMatch(/ttl exceeded/i);
    expect(text(x)).toMatch(/traceroute/i);
    expect(text(x)).toMatch(/loop/i);
  });

  it('11/1 is a fragment reassembly timeout', () => {
    expect(text(explainIcmp(11, 1))).toMatch(/fragment/i);
  });

  it('11 (time exceeded) gives advice for the type and each code', () => {
    for (const x of [explainIcmp(11), explainIcmp(11, 0), explainIcmp(11, 1)]) {
      expect(x.advice, x.codeName ?? 'type 11').toBeTruthy();
    }
    expect(explainIcmp(11, 0).advice).toMatch(/traceroute/i);
    expect(explainIcmp(11, 0).advice).toMatch(/forging your address/i);
    expect(explainIcmp(11, 1).advice).toMatch(/MTU/);
  });

  it('0 is an echo reply, with the smurf angle', () => {
    const x = explainIcmp(0);
    expect(x.typeName).toBe('Echo Reply');
    expect(x.code).toBeUndefined();
    expect(x.codeName).toBeUndefined();
    expect(text(x)).toMatch(/ping/i);
    expect(text(x)).toMatch(/smurf/i);
  });

  it('5 is a redirect that may be a man-in-the-middle attempt', () => {
    const x = explainIcmp(5);
    expect(x.typeName).toBe('Redirect');
    expect(text(x)).toMatch(/man-in-the-middle/i);
    expect(text(x)).toMatch(/ignore|drop/i);
    expect(atLeast(x.risk, 'medium')).toBe(true);
  });

  it('4 source quench is deprecated (RFC 6633)', () => {
    const x = explainIcmp(4, 0);
    expect(x.deprecated).toBe(true);
    expect(x.references.map((r) => r.label)).toContain('RFC 6633');
  });

  it('8, 9, 12, 13 and 17 carry their forensic meaning', () => {
    expect(text(explainIcmp(8))).toMatch(/sweep/i);
    expect(text(explainIcmp(9))).toMatch(/Solaris/);
    expect(text(explainIcmp(12))).toMatch(/craft|hand-made/i);
    expect(text(explainIcmp(13))).toMatch(/uptime|fingerprint/i);
    expect(text(explainIcmp(17))).toMatch(/reconnaissance/i);
  });

  it('type 11 without a code still explains both codes', () => {
    const x = explainIcmp(11);
    expect(x.codes.map((c) => c.code)).toEqual([0, 1]);
    expect(x.forensic).toMatch(/traceroute/i);
  });

  it('99 is unassigned and flagged as crafted or a covert channel', () => {
    const x = explainIcmp(99);
    expect(x.unassigned).toBe(true);
    expect(x.codes).toEqual([]);
    expect(x.summary).toMatch(/not assigned by IANA/);
    expect(x.summary).toMatch(/covert channel/);
    expect(x.references.length).toBeGreaterThan(0);
  });

  it('a known type with an unknown code says so honestly', () => {
    const x = explainIcmp(3, 99);
    expect(x.unassigned).toBe(false);
    expect(x.typeName).toBe('Destination Unreachable');
    expect(x.code).toBe(99);
    expect(x.codeName).toBeUndefined();
    expect(x.summary).toMatch(/code 99/);
    expect(x.summary).toMatch(/not defined/);
    expect(x.summary).toContain('0–15');
    expect(x.codes).toHaveLength(16);
  });

  it('a reserved type with a code is not called unassigned', () => {
    const x = explainIcmp(20, 0);
    expect(x.unassigned).toBe(false);
    expect(x.summary).toMatch(/defines no codes/);
  });

  it('throws RangeError for numbers outside 0-255 or not whole', () => {
    for (const bad of [256, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => explainIcmp(bad), String(bad)).toThrow(RangeError);
      expect(() => explainIcmp(3, bad), `code ${bad}`).toThrow(RangeError);
    }
    expect(() => explainIcmp(256)).toThrow(/0 to 255/);
    expect(() => explainIcmp(3, 4, 5 as 4)).toThrow(RangeError);
  });
});

describe('explainIcmp, ICMPv6', () => {
  it('2 is Packet Too Big and must never be blocked', () => {
    const x = explainIcmp(2, 0, 6);
    expect(x.version).toBe(6);
    expect(x.typeName).toBe('Packet Too Big');
    expect(text(x)).toMatch(/never block/i);
    expect(x.references.map((r) => r.label)).toContain('RFC 4890');
  });

  it('135 is Neighbor Solicitation, LAN housekeeping', () => {
    const x = explainIcmp(135, undefined, 6);
    expect(x.typeName).toBe('Neighbor Solicitation');
    expect(text(x)).toMatch(/ARP/);
    expect(text(x)).toMatch(/LAN/);
  });

  it('128 floods are ping sweeps; 3/0 is hop limit (traceroute)', () => {
    expect(text(explainIcmp(128, 0, 6))).toMatch(/ping sweep/i);
    expect(text(explainIcmp(3, 0, 6))).toMatch(/traceroute/i);
  });

  it('1/5 and 4/3 have their RFC names', () => {
    expect(explainIcmp(1, 5, 6).codeName).toMatch(/ingress\/egress/);
    expect(explainIcmp(4, 3, 6).codeName).toMatch(/Header Chain/);
  });

  it('unassigned ICMPv6 types say which range they fall in', () => {
    const err = explainIcmp(99, undefined, 6);
    expect(err.unassigned).toBe(true);
    expect(err.summary).toMatch(/error range/);
    expect(explainIcmp(170, undefined, 6).summary).toMatch(/informational range/);
  });

  it('v4 type numbers are not mixed up with v6 ones', () => {
    expect(explainIcmp(0, undefined, 6).typeName).toBe('Reserved');
    expect(explainIcmp(8, undefined, 6).unassigned).toBe(true);
    expect(explainIcmp(128).unassigned).toBe(true);
  });
});
