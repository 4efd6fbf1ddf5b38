// The everyday-traffic table, the reflection source ports, and the rules every curated fact obeys.
import { describe, expect, it } from 'vitest';
import { CURATED_PORT_FACTS } from '../../../knowledge';
import { EVERYDAY_SERVICES } from '../../../knowledge/ports/everyday-services';
import { REFLECTION_SOURCE_PORTS } from '../../../knowledge/ports/reflection-sources';

describe('every curated fact', () => {
  it('has a unique id, a deliberate role and at least one source', () => {
    const ids = CURATED_PORT_FACTS.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const f of CURATED_PORT_FACTS) {
      expect(['source', 'destination', 'any'], f.id).toContain(f.role);
      expect(f.references.length, f.id).toBeGreaterThan(0);
      for (const r of f.references) expect(r.label.trim(), f.id).not.toBe('');
    }
  });

  it('keeps the "reply" and "reflection" categories to facts that say so', () => {
    for (const f of CURATED_PORT_FACTS.filter((x) => x.category === 'reflection')) {
      expect(f.role, f.id).toBe('source');
      expect(f.summary, f.id).toMatch(/flood/);
    }
  });
});

describe('everyday services', () => {
  it('covers the ports of today\'s ordinary traffic, each with a specification or vendor source', () => {
    const wanted: [number, 'tcp' | 'udp'][] = [
      [443, 'udp'], [6881, 'udp'], [51820, 'udp'], [41641, 'udp'], [3478, 'udp'], [19302, 'udp'], [5223, 'tcp'],
      [853, 'tcp'], [3544, 'udp'], [6667, 'tcp'], [60001, 'udp'],
    ];
    for (const [port, protocol] of wanted) {
      const hit = EVERYDAY_SERVICES.find((f) => port >= f.ports[0] && port <= f.ports[1] && (!f.protocols || f.protocols.includes(protocol)));
      expect(hit, `${port}/${protocol}`).toBeDefined();
      expect(hit!.references.some((r) => /RFC \d|docs|KB|Support|BEP|quick start|manual|samples|whitepaper/i.test(r.label)), hit!.id).toBe(true);
    }
  });

  it('are never "attacked" and never high risk', () => {
    for (const f of EVERYDAY_SERVICES) {
      expect(f.table, f.id).toBe('everyday');
      expect(['info', 'low'], f.id).toContain(f.risk);
      expect(f.category, f.id).not.toBe('attacked');
    }
  });
});

describe('reflection source ports', () => {
  const amplifiers = [19, 53, 123, 161, 389, 1900, 3283, 3702, 5353, 5683, 10001, 11211, 37810];

  it('reads each amplification service, as a UDP source port, as a flood aimed at the receiver', () => {
    expect(REFLECTION_SOURCE_PORTS.map((f) => f.ports[0]).sort((a, b) => a - b)).toEqual(amplifiers);
    for (const f of REFLECTION_SOURCE_PORTS) {
      expect(f).toMatchObject({ role: 'source', protocols: ['udp'], category: 'reflection', id: `reflect-src-${f.ports[0]}` });
      expect(f.advice, f.id).toMatch(/ISP/);
    }
  });

  it('says when the same packets are normal on a LAN', () => {
    for (const port of [1900, 3702, 5353, 10001]) {
      expect(REFLECTION_SOURCE_PORTS.find((f) => f.ports[0] === port)!.summary, String(port)).toMatch(/Inside your LAN/);
    }
  });
});
