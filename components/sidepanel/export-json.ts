// JSON export: the whole analysis, with a small header saying what it is. Each event carries the
// owner of its source address (asn, asName, country; null when none is known).
import type { EventSequence, LogAnalysis, LogEvent } from '../../knowledge';
import { ownerFields } from './export-csv';
import { eventsOf } from './event-filter';
import type { OwnerOf, OwnerState } from './source-owners';

export type ExportedEvent = LogEvent & ReturnType<typeof ownerFields>;

export interface AnalysisExport {
  format: 'portlens-log-analysis';
  version: 1;
  exportedAt: string;
  /** Events in the file: all of them, or only those the filters let through. */
  filtered: boolean;
  summary: string;
  findings: LogAnalysis['findings'];
  stats: LogAnalysis['stats'];
  /** Where the events' owner fields come from: the data's date, or why there are none. */
  owners: { of: 'source address'; dataDate: string } | { unavailable: string };
  events: readonly ExportedEvent[];
  unparsed: LogAnalysis['unparsed'];
}

const NO_OWNERS: OwnerState = { status: 'pending' };

function ownersHeader(owners: OwnerState): AnalysisExport['owners'] {
  if (owners.status === 'ready') return { of: 'source address', dataDate: owners.dataDate };
  return { unavailable: owners.status === 'unavailable' ? owners.reason : 'owners were still being looked up' };
}

export function analysisToJson(
  analysis: LogAnalysis,
  events: EventSequence = analysis.events,
  now = new Date(),
  owners: OwnerState = NO_OWNERS,
  ownerOf: (e: LogEvent) => OwnerOf = () => null,
): string {
  const doc: AnalysisExport = {
    format: 'portlens-log-analysis',
    version: 1,
    exportedAt: now.toISOString(),
    filtered: events !== analysis.events,
    summary: analysis.summary.text,
    findings: analysis.findings,
    stats: analysis.stats,
    owners: ownersHeader(owners),
    events: eventsOf(events).map((e) => ({ ...e, ...ownerFields(ownerOf(e)) })),
    unparsed: analysis.unparsed,
  };
  return JSON.stringify(doc, null, 2);
}
