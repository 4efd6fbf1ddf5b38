// Everything the panel shows about who owns its senders, from one owner lookup per analysis: the
// owner of a row's source, the findings naming their actor's owner, the scanning-sources line and
// the charts by AS and country.
import { useCallback, useMemo } from 'preact/hooks';
import type { EventStore, Finding, LogAnalysis, LogEvent } from '../../knowledge';
import { englishTranslator, useTranslate } from '../i18n/translate-context';
import { ownerBars, type OwnerBars } from './owner-charts';
import { findingsWithOwners, scanningSourcesLine } from './owner-findings';
import { ownerOf, type AddressOwner, type OwnerOf, type OwnerState } from './source-owners';
import type { SidePanelDeps } from './sidepanel-deps';
import { useSourceOwners } from './use-source-owners';

export interface OwnerView {
  owners: OwnerState;
  /** The findings in the same order, naming their actor's owner once known, in the shown language. */
  findings: Finding[];
  /** The same for the exports, whose words stay English in every language (tools read them). */
  exportFindings: Finding[];
  /** "4 of the 6 scanning sources are research scanners."; undefined when none scanned or owners are not known. */
  scanningLine?: string;
  /** The charts, or a note while owners are looked up or when they cannot be. */
  bars?: OwnerBars | string;
  ownerOfEvent(e: LogEvent): OwnerOf;
}

/** `store` and `rows`: the events as they stream in; `analysis` once complete. */
export function useOwnerView(deps: SidePanelDeps, store: EventStore | undefined, rows: number, analysis: LogAnalysis | null, findings: Finding[]): OwnerView {
  const t = useTranslate();
  const owners = useSourceOwners(deps, store, rows, analysis);
  const known = useCallback((address: string): AddressOwner | undefined => {
    const o = ownerOf(owners, address);
    return o && typeof o === 'object' ? o : undefined;
  }, [owners]);
  const named = useMemo(() => findingsWithOwners(findings, known, t), [findings, known, t]);
  const exportFindings = useMemo(() => findingsWithOwners(findings, known, englishTranslator), [findings, known]);
  const scanningLine = useMemo(() => (owners.status === 'ready' ? scanningSourcesLine(findings, known, t) : undefined), [findings, known, owners, t]);
  const bars = useMemo(() => {
    if (!analysis) return undefined;
    if (owners.status === 'ready') return ownerBars(analysis.events, owners);
    return t(owners.status === 'pending' ? 'sidepanel_ownersPending' : 'sidepanel_ownersUnavailable');
  }, [analysis, owners, t]);
  const ownerOfEvent = useCallback((e: LogEvent) => ownerOf(owners, e.src), [owners]);
  return { owners, findings: named, exportFindings, scanningLine, bars, ownerOfEvent };
}
