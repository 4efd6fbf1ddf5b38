// Findings with their owners: each finding about one actor names who holds that address, and one line
// says how many of the scanning sources are research scanners (or rented servers). Runs after the
// analysis, over whatever owner lookup the panel has, so the detectors stay pure and owner-free.
import type { Finding } from '../../knowledge';
import { SCANNER_FINDING_IDS } from '../../knowledge/logs/summary';
import { formatCount, translateCount, type Translate } from '../i18n/messages';
import { ownerLabel, type AddressOwner } from './source-owners';

type OwnerLookup = (address: string) => AddressOwner | null | undefined;

/**
 * The findings in the same order, each whose actor is its sender given `actorLabel` from the owner
 * where known (a decoy scan's actor is the target, whose owner is not news).
 */
export function findingsWithOwners(findings: readonly Finding[], lookup: OwnerLookup, t: Translate): Finding[] {
  return findings.map((f) => {
    const owner = f.actor && f.sources.includes(f.actor) ? lookup(f.actor) : undefined;
    return owner && !f.actorLabel ? { ...f, actorLabel: ownerLabel(owner, t) } : f;
  });
}

const SCANNERS = new Set(SCANNER_FINDING_IDS);

/** The distinct addresses scanning: the sources of scan findings. */
export function scanningSources(findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) if (SCANNERS.has(f.id)) f.sources.forEach((s) => out.add(s));
  return [...out];
}

/**
 * "4 of the 6 scanning sources are research scanners, 1 is a rented cloud or hosting server";
 * undefined when nothing scanned.
 */
export function scanningSourcesLine(findings: readonly Finding[], lookup: OwnerLookup, t: Translate): string | undefined {
  const sources = scanningSources(findings);
  if (sources.length === 0) return undefined;
  let research = 0;
  let rented = 0;
  for (const s of sources) {
    const kind = lookup(s)?.kind;
    if (kind === 'research-scanner') research++;
    else if (kind === 'cloud' || kind === 'hosting') rented++;
  }
  const lead = research === 0
    ? translateCount(t, 'sidepanel_scanNoneKnown', sources.length)
    : sources.length === 1 ? t('sidepanel_scanOneResearch') : translateCount(t, 'sidepanel_scanResearch', research, formatCount(t, sources.length));
  return rented > 0 ? t('sidepanel_scanLineWithRented', lead, translateCount(t, 'sidepanel_scanRented', rented)) : t('sidepanel_scanLine', lead);
}
