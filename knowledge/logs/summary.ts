// The one-line gist at the top of an analysis: "3 scanners, 1 brute force, 1 scanner got an answer on
// 22/tcp". Findings are counted by what they mean for the reader, and scanners by address, not by finding.
import type { AnalysisSummary, Finding } from './types';
import { formatList } from './detectors/evidence';

interface Category {
  /** Finding ids that fall in it. */
  ids: readonly string[];
  one: string;
  many: string;
  /** Count distinct actors rather than findings (one scanner may trip several detectors). */
  byActor?: boolean;
}

/** The findings whose actors the summary counts as scanners. */
export const SCANNER_FINDING_IDS: readonly string[] = [
  'port-scan', 'host-sweep', 'stealth-scan', 'sscan', 'decoy-scan', 'trojan-probe', 'proxy-probe', 'proxy-connect', 'web-exploit-scan', 'port-zero', 'source-port-53',
];

/** Reading order of the summary. */
const CATEGORIES: readonly Category[] = [
  { ids: SCANNER_FINDING_IDS, one: 'scanner', many: 'scanners', byActor: true },
  { ids: ['brute-force'], one: 'brute force', many: 'brute forces', byActor: true },
  { ids: ['open-relay'], one: 'open-relay attempt', many: 'open-relay attempts', byActor: true },
  { ids: ['zone-transfer'], one: 'zone-transfer attempt', many: 'zone-transfer attempts', byActor: true },
  { ids: ['smurf', 'fraggle', 'amplification'], one: 'flood', many: 'floods' },
  { ids: ['frag-needed-blocked'], one: 'filter mistake', many: 'filter mistakes' },
  { ids: ['traceroute', 'backscatter', 'dialup-leftover', 'netbios-noise'], one: 'harmless pattern', many: 'harmless patterns' },
];

function countIn(findings: readonly Finding[], category: Category): number {
  const hits = findings.filter((f) => category.ids.includes(f.id));
  if (!category.byActor) return hits.length;
  return new Set(hits.map((f, i) => f.actor ?? `#${i}`)).size;
}

export function summarizeFindings(findings: readonly Finding[]): AnalysisSummary {
  const parts: string[] = [];
  for (const category of CATEGORIES) {
    const n = countIn(findings, category);
    if (n) parts.push(`${n} ${n === 1 ? category.one : category.many}`);
  }
  const answered = findings.filter((f) => f.id === 'scanner-answered');
  if (answered.length) {
    const on = formatList([...new Set(answered.flatMap((f) => f.targets ?? []))], 4);
    parts.push(`${answered.length} ${answered.length === 1 ? 'scanner' : 'scanners'} got an answer${on ? ` on ${on}` : ''}`);
  }
  const known = new Set([...CATEGORIES.flatMap((c) => c.ids), 'scanner-answered']);
  const other = findings.filter((f) => !known.has(f.id)).length;
  if (other) parts.push(`${other} other ${other === 1 ? 'finding' : 'findings'}`);
  return { text: parts.length ? parts.join(', ') : 'No attack pattern found', parts };
}
