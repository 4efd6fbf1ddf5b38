// Findings are shown most important first: a scanner that got an answer before everything, then by
// severity; detectors of equal severity keep the registry's order.
import type { Finding, Risk } from '../../knowledge';

const SEVERITY_RANK: Record<Risk, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Findings that go first whatever their severity. */
const FIRST = new Set(['scanner-answered']);

export function sortFindingsBySeverity(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (FIRST.has(f.id) ? -1 : SEVERITY_RANK[f.severity] ?? 5);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map((x) => x.finding);
}
