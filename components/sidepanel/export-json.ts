// JSON export: the whole analysis, with a small header saying what it is.
import type { EventSequence, LogAnalysis, LogEvent } from '../../knowledge';
import { eventsOf } from './event-filter';

export interface AnalysisExport {
  format: 'portlens-log-analysis';
  version: 1;
  exportedAt: string;
  /** Events in the file: all of them, or only those the filters let through. */
  filtered: boolean;
  summary: string;
  findings: LogAnalysis['findings'];
  stats: LogAnalysis['stats'];
  events: readonly LogEvent[];
  unparsed: LogAnalysis['unparsed'];
}

export function analysisToJson(analysis: LogAnalysis, events: EventSequence = analysis.events, now = new Date()): string {
  const doc: AnalysisExport = {
    format: 'portlens-log-analysis',
    version: 1,
    exportedAt: now.toISOString(),
    filtered: events !== analysis.events,
    summary: analysis.summary.text,
    findings: analysis.findings,
    stats: analysis.stats,
    events: eventsOf(events),
    unparsed: analysis.unparsed,
  };
  return JSON.stringify(doc, null, 2);
}
