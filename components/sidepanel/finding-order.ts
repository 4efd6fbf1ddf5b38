// Findings are shown most severe first; detectors of equal severity keep the registry's order.
import type { Finding, Risk } from '../../knowledge';

const SEVERITY_RANK: Record<Risk, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export function sortFindingsBySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => (SEVERITY_RANK[a.finding.severity] ?? 5) - (SEVERITY_RANK[b.finding.severity] ?? 5) || a.index - b.index)
    .map((x) => x.finding);
}

