// Walks the FAQ-derived port tables: shape, uniqueness, and coverage of every port the FAQ lists.
import { describe, it, expect } from 'vitest';
import type { PortFact } from '../../../knowledge/types';
import { FAQ_DESTINATION_PORTS, FAQ_DESTINATION_PORTS_LOW, UNKNOWN_PORT_ADVICE } from '../../../knowledge/ports/faq-destination-ports';
import { FAQ_DESTINATION_PORTS_HIGH } from '../../../knowledge/ports/faq-destination-ports-high';
import { FAQ_SOURCE_PORTS } from '../../../knowledge/ports/faq-source-ports';
import { GAME_CHAT_PORTS, LEFTOVER_TRAFFIC_NOTE } from '../../../knowledge/ports/game-chat-ports';
import { REMAPPED_PORTS, REMAPPING_NOTE } from '../../../knowledge/ports/remapped-ports';

const TABLES: Record<string, readonly PortFact[]> = {
  FAQ_DESTINATION_PORTS,
  FAQ_SOURCE_PORTS,
  GAME_CHAT_PORTS,
  REMAPPED_PORTS,
};
const ALL: PortFact[] = Object.values(TABLES).flat();

type Proto = 'tcp' | 'udp';
type Role = 'source' | 'destination';
/** [first, last, protocol?, role?]: the fact must cover the whole range for that protocol and role. */
type Expected = [number, number, (Proto | Role)?, Role?];

// FAQ §1.1 (destination ports), §1.10 (games/chat), §1.11 (proxies), §1.12 (remapped).
const EXPECTED_DESTINATION: Expected[] = [
  [0, 0], [1, 1, 'tcp'], [7, 7], [11, 11], [19, 19], [21, 21, 'tcp'], [22, 22, 'tcp'], [22, 22, 'udp'],
  [23, 23, 'tcp'], [25, 25, 'tcp'], [53, 53, 'tcp'], [53, 53, 'udp'], [67, 67, 'udp'], [68, 68, 'udp'],
  [69, 69, 'udp'], [79, 79, 'tcp'], [98, 98, 'tcp'], [109, 109, 'tcp'], [110, 110, 'tcp'], [111, 111],
  [113, 113, 'tcp'], [119, 119, 'tcp'], [135, 135], [137, 137, 'udp'], [139, 139, 'tcp'], [143, 143, 'tcp'],
  [161, 161, 'udp'], [162, 162, 'udp'], [177, 177, 'udp'], [513, 513, 'udp'], [535, 535, 'udp'], [600, 600, 'tcp'],
  [635, 635], [1024, 1024], [1025, 1025], [1026, 1026], [1027, 1027], [1080, 1080, 'tcp'], [1114, 1114, 'tcp'],
  [1243, 1243, 'tcp'], [1524, 1524, 'tcp'], [2049, 2049], [3128, 3128, 'tcp'], [5632, 5632], [6776, 6776, 'tcp'],
  [6970, 7170, 'udp'], [7070, 7070, 'tcp'], [13223, 13223, 'tcp'], [17027, 17027, 'tcp'], [27374, 27374, 'tcp'],
  [30100, 30100, 'tcp'], [31337, 31337], [31789, 31789, 'udp'], [31790, 31790, 'udp'], [32770, 32900],
  [33434, 33600, 'udp'], [41508, 41508, 'udp'],
  // §1.11 proxy probes
  [8000, 8001, 'tcp'], [8080, 8080, 'tcp'], [8888, 8888, 'tcp'],
  // §1.10 games and chat
  [4000, 4000, 'udp'], [7777, 7777, 'udp'], [7778, 7778, 'udp'], [22450, 22450, 'udp'], [26000, 26000, 'udp'],
  [26900, 26900, 'udp'], [26950, 26950, 'udp'], [27015, 27015, 'udp'], [27500, 27500, 'udp'], [27910, 27910, 'udp'],
  [28000, 28008, 'udp'], [28910, 28910, 'udp'],
  // §1.12 remapped
  [81, 81, 'tcp'], [88, 88, 'tcp'], [1100, 1100, 'tcp'], [12345, 12345], [23456, 23456], [34567, 34567],
  [42, 42], [666, 666],
];

// FAQ §1.2, the source-side readings of §1.1 (DHCP, NetBIOS, Squid echo, port 0) and of §1.10 (ICQ,
// the game servers, which send FROM the ports the FAQ lists), the Hack'a'Tack pair, and the Quake
// range in both directions.
const EXPECTED_SOURCE: Expected[] = [
  [1, 5, 'tcp', 'source'], [20, 20, 'tcp', 'source'], [53, 53, 'udp', 'source'], [53, 53, 'tcp', 'source'],
  [123, 123, 'udp', 'source'], [27910, 27961, 'udp', 'source'], [27910, 27961, 'udp', 'destination'], [61000, 65535, 'source'],
  [4000, 4000, 'udp', 'source'], [0, 0, 'source'], [67, 67, 'udp', 'source'], [68, 68, 'udp', 'source'],
  [137, 137, 'udp', 'source'], [3130, 3130, 'udp', 'source'], [31789, 31790, 'udp', 'source'],
  [7777, 7777, 'udp', 'source'], [7778, 7778, 'udp', 'source'], [22450, 22450, 'udp', 'source'], [26000, 26000, 'udp', 'source'],
  [26900, 26900, 'udp', 'source'], [26950, 26950, 'udp', 'source'], [27015, 27015, 'udp', 'source'], [27500, 27500, 'udp', 'source'],
  [27910, 27910, 'udp', 'source'], [28000, 28008, 'udp', 'source'], [28910, 28910, 'udp', 'source'],
];

function covers(fact: PortFact, [lo, hi, a, b]: Expected): boolean {
  const proto = a === 'tcp' || a === 'udp' ? a : undefined;
  const role: Role = (a === 'source' || a === 'destination' ? a : b) ?? 'destination';
  if (fact.ports[0] > lo || fact.ports[1] < hi) return false;
  if (proto && fact.protocols && !fact.protocols.includes(proto)) return false;
  const factRole = fact.role ?? 'destination';
  return factRole === 'any' || factRole === role;
}

describe('FAQ-derived port facts', () => {
  it('has non-empty tables, and the destination table is exactly low + high', () => {
    for (const [name, table] of Object.entries(TABLES)) expect(table.length, name).toBeGreaterThan(0);
    expect(FAQ_DESTINATION_PORTS).toEqual([...FAQ_DESTINATION_PORTS_LOW, ...FAQ_DESTINATION_PORTS_HIGH]);
  });

  it('uses ids that are unique across all four files', () => {
    const ids = ALL.map((f) => f.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(ALL.map((f) => [f.id, f] as const))('%s is well formed', (_id, f) => {
    expect(f.references.length).toBeGreaterThanOrEqual(1);
    for (const r of f.references) expect(r.label.trim()).not.toBe('');
    expect(f.references.some((r) => /Firewall Forensics FAQ §\d/.test(r.label))).toBe(true);
    expect(f.summary.trim().length).toBeGreaterThan(20);
    expect(f.service.trim()).not.toBe('');
    expect(f.probing?.trim()).toBeTruthy();
    expect(f.advice?.trim()).toBeTruthy();
    const [lo, hi] = f.ports;
    expect(Number.isInteger(lo) && Number.isInteger(hi)).toBe(true);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(65535);
    expect(lo).toBeLessThanOrEqual(hi);
    for (const a of f.aliases ?? []) expect(a).toBe(a.toLowerCase());
    if (f.protocols) expect(f.protocols.length).toBeGreaterThan(0);
  });

  it('keeps each table to its own provenance and category', () => {
    for (const f of FAQ_DESTINATION_PORTS) expect(f.table).toBe('faq');
    for (const f of FAQ_SOURCE_PORTS) {
      expect(['faq-source', 'role']).toContain(f.table);
      expect(f.role === 'source' || f.id === 'faq-src-27910-27961-quake', f.id).toBe(true);
    }
    for (const f of GAME_CHAT_PORTS) expect([f.table, f.category]).toEqual(['game-chat', 'game-chat']);
    for (const f of GAME_CHAT_PORTS.filter((g) => g.role === 'source')) expect(f.id, f.service).toMatch(/-src$/);
    for (const f of REMAPPED_PORTS) expect([f.table, f.category]).toEqual(['remapped', 'remapped']);
    for (const id of ['faq-1080', 'faq-3128', 'faq-proxy-8000-8001', 'faq-proxy-8080', 'faq-proxy-8888']) {
      expect(ALL.find((f) => f.id === id)?.category, id).toBe('proxy');
    }
  });

  it.each(EXPECTED_DESTINATION.map((e) => [e.join('/'), e] as const))('covers destination %s', (_label, e) => {
    expect(ALL.some((f) => covers(f, e))).toBe(true);
  });

  it.each(EXPECTED_SOURCE.map((e) => [e.join('/'), e] as const))('covers source %s', (_label, e) => {
    expect(ALL.some((f) => covers(f, e))).toBe(true);
  });

  it('tells UDP 22 (pcAnywhere) apart from TCP 22 (ssh)', () => {
    const udp = ALL.filter((f) => covers(f, [22, 22, 'udp']));
    expect(udp.map((f) => f.id)).toEqual(['faq-22-udp-pcanywhere']);
    expect(udp[0].summary).toMatch(/0x1600/);
    expect(ALL.find((f) => f.id === 'faq-22')?.protocols).toEqual(['tcp']);
  });

  it('keeps the §1.9 low-source DNS fact on destination 53 only', () => {
    const f = ALL.find((x) => x.id === 'faq-dns-low-source-nat');
    expect(f).toMatchObject({ role: 'destination', protocols: ['udp'], ports: [53, 53], risk: 'info' });
    expect(f?.aliases).toContain('dns from low port');
    expect(f?.summary).toMatch(/DNS/);
    // No source-side fact may claim a whole range of low ports: a low source port is the sender's business.
    expect(ALL.filter((x) => x.role !== 'destination' && x.ports[1] - x.ports[0] > 100 && x.ports[0] < 1024)).toEqual([]);
  });

  it('reads every game of §1.10 on both sides', () => {
    const destinations = GAME_CHAT_PORTS.filter((f) => f.role === 'destination' && f.references.some((r) => /§1\.10/.test(r.label)));
    for (const d of destinations.filter((f) => !['game-4000-icq', 'game-13223-powwow'].includes(f.id))) {
      expect(GAME_CHAT_PORTS.find((f) => f.id === `${d.id}-src`)?.ports, d.id).toEqual(d.ports);
    }
  });

  it('explains the role-dependent source ports', () => {
    const icq = ALL.find((f) => f.id === 'role-src-4000-icq');
    expect(icq?.table).toBe('role');
    expect(icq?.role).toBe('source');
    const dns = ALL.filter((f) => f.role === 'source' && f.ports[0] === 53 && f.ports[1] === 53);
    expect(dns.map((f) => f.id).sort()).toEqual(['faq-src-53-dns', 'role-src-53-forged']);
    expect(dns.map((f) => f.table).sort()).toEqual(['faq-source', 'role']);
  });

  it('exports the shared advice texts', () => {
    expect(UNKNOWN_PORT_ADVICE).toMatch(/nc -l/);
    expect(UNKNOWN_PORT_ADVICE).toMatch(/netstat -an/);
    expect(UNKNOWN_PORT_ADVICE).toMatch(/ss -/);
    expect(UNKNOWN_PORT_ADVICE).toMatch(/source port/);
    expect(LEFTOVER_TRAFFIC_NOTE).toMatch(/DHCP|NAT/);
    expect(REMAPPING_NOTE).toMatch(/1024/);
  });
});
