// Every row of the role table must hold: the headline fact, the risk and the outcome line of the
// explanation for that port, transport, side and firewall action.
import { describe, expect, it } from 'vitest';
import { CURATED_PORT_FACTS, explainPort } from '../../../knowledge';
import { ROLE_TABLE, type RoleRow } from './role-table.golden';

const label = (r: RoleRow) => `${r.port}/${r.protocol ?? 'any'} ${r.role ?? 'no role'} ${r.action ?? 'no action'}`;

describe('role table', () => {
  it('has about a hundred rows, each naming a fact that exists or a role reading', () => {
    expect(ROLE_TABLE.length).toBeGreaterThanOrEqual(100);
    const ids = new Set(CURATED_PORT_FACTS.map((f) => f.id));
    for (const row of ROLE_TABLE) expect(ids.has(row.fact) || row.fact.startsWith('role-'), row.fact).toBe(true);
  });

  it.each(ROLE_TABLE.map((r) => [label(r), r] as const))('%s', async (_label, row) => {
    const e = await explainPort(row.port, { protocol: row.protocol, role: row.role, action: row.action });
    expect({ fact: e.facts[0]?.id, risk: e.risk, outcome: e.outcome.kind }, row.why).toEqual({ fact: row.fact, risk: row.risk, outcome: row.outcome });
    expect(e.action).toBe(row.action);
    expect(e.outcome.text.length).toBeGreaterThan(40);
  });

  it('never tells anyone to listen on a port seen as the source', async () => {
    for (const row of ROLE_TABLE.filter((r) => r.role === 'source')) {
      const e = await explainPort(row.port, { protocol: row.protocol, role: 'source', action: row.action });
      expect(`${e.summary} ${e.advice}`, label(row)).not.toMatch(/nc -l|listen on it|treat a hit as a probe/i);
    }
  });
});
