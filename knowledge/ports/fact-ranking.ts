// Which curated facts apply to a port seen on one side of a packet, and in what order they are told.
import { RISK_ORDER, type PortFact, type PortRole } from '../types';

/** Source-port facts spanning many ports (IP masquerade) say nothing useful without a role. */
const WIDE_SOURCE_FACT = 256;

/**
 * How much a table's reading is trusted for the headline, most trusted first. The FAQ's own
 * meaning (including its trojan, source-port and game lists) comes first; a guess that someone
 * moved a service onto a "clever" number comes next, so a named trojan wins over a digit
 * pattern; then our role-dependent readings; then today's attack and everyday-traffic stories,
 * which add detail but must not override what the FAQ says the traffic is (137 is normal).
 */
const TABLE_TIER: Record<PortFact['table'], number> = {
  faq: 0,
  'faq-source': 0,
  trojan: 0,
  'game-chat': 0,
  remapped: 1,
  role: 2,
  modern: 3,
  everyday: 3,
};

/** The side a question is about: no role is read as a destination, the side firewalls log. */
const sideOf = (role: PortRole | undefined): PortRole => role ?? 'destination';

/** True when the fact reads the port on this side (or on both). */
export function readsSide(fact: PortFact, role: PortRole | undefined): boolean {
  return fact.role === 'any' || fact.role === sideOf(role);
}

/**
 * A fact applies when its transport matches and it reads the port on the asked side. Without a
 * role, narrow source-only facts are kept as extra context (they never headline).
 */
export function factApplies(fact: PortFact, protocol: 'tcp' | 'udp' | undefined, role: PortRole | undefined): boolean {
  if (protocol && fact.protocols && !fact.protocols.includes(protocol)) return false;
  if (readsSide(fact, role)) return true;
  return !role && fact.role === 'source' && fact.ports[1] - fact.ports[0] < WIDE_SOURCE_FACT;
}

function sortKey(fact: PortFact, role: PortRole | undefined): number[] {
  const side = fact.role === sideOf(role) ? 0 : fact.role === 'any' ? 1 : 2;
  const width = fact.ports[1] - fact.ports[0];
  const breadth = width === 0 ? 0 : width < 16 ? 1 : 2;
  return [side, TABLE_TIER[fact.table], breadth, -RISK_ORDER.indexOf(fact.risk)];
}

/** Most relevant first: side, then table tier, then the narrowest range, then the higher risk. */
export function rankFacts(facts: readonly PortFact[], role: PortRole | undefined): PortFact[] {
  const keyed = facts.map((fact, index) => ({ fact, index, key: sortKey(fact, role) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.index - b.index;
  });
  return keyed.map((k) => k.fact);
}
