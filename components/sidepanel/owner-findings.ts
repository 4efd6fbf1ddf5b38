// Findings with their owners: each finding about one actor names who holds that address, and one line
// says how many of the scanning sources are research scanners (or rented servers). Runs after the
// analysis, over whatever owner lookup the panel has, so the detectors stay pure and owner-free.
import type { Finding } from '../../knowledge';
import { SCANNER_FINDING_IDS } from '../../knowledge/logs/summary';
import { ownerLabel, type AddressOwner } from './source-owners';

type OwnerLookup = (address: string) => AddressOwner | null | undefined;

/**
 * The findings in the same order, each whose actor is its sender given `actorLabel` from the owner
 * where known (a decoy scan's actor is the target, whose owner is not news).
 */
export function findingsWithOwners(findings: readonly Finding[], lookup: OwnerLookup): Finding[] {
  return findings.map((f) => {
    const owner = f.actor && f.sources.includes(f.actor) ? lookup(f.actor) : undefined;
    return owner && !f.actorLabel ? { ...f, actorLabel: ownerLabel(owner) } : f;
  });
}

const SCANNERS = new Set(SCANNER_FINDING_IDS);

/** The distinct addresses scanning: the sources of scan findings. */
export function scanningSources(findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) if (SCANNERS.has(f.id)) f.sources.forEach((s) => out.add(s));
  return [...out];
}

const TEXT = {
  research: (n: number, of: number) => `${n} of the ${of} scanning sources ${n === 1 ? 'is a research scanner' : 'are research scanners'}`,
  rented: (n: number) => `${n} ${n === 1 ? 'is a rented cloud or hosting server' : 'are rented cloud or hosting servers'}`,
  noneKnown: (of: number) => (of === 1 ? 'The scanning source is no known research scanner' : `None of the ${of} scanning sources is a known research scanner`),
  oneResearch: 'The scanning source is a research scanner',
};

/**
 * "4 of the 6 scanning sources are research scanners, 1 is a rented cloud or hosting server";
 * undefined when nothing scanned.
 */
export function scanningSourcesLine(findings: readonly Finding[], lookup: OwnerLookup): string | undefined {
  const sources = scanningSources(findings);
  if (sources.length === 0) return undefined;
  let research = 0;
  let rented = 0;
  for (const s of sources) {
    const kind = lookup(s)?.kind;
    if (kind === 'research-scanner') research++;
    else if (kind === 'cloud' || kind === 'hosting') rented++;
  }
  const lead = research === 0 ? TEXT.noneKnown(sources.length) : sources.length === 1 ? TEXT.oneResearch : TEXT.research(research, sources.length);
  return rented > 0 ? `${lead}; ${TEXT.rented(rented)}.` : `${lead}.`;
}
