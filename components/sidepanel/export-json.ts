// JSON export: the whole analysis, with a small header saying what it is.
import type { LogAnalysis, LogEvent } from '../../knowledge';

export interface AnalysisExport {
  format: 'portlens-log-analysis';
  version: 1;
  exportedAt: string;
  /** Events in the file: all of them, or only those the filters let through. */
  filtered: boolean;
  findings: LogAnalysis['findings'];
  stats: LogAnalysis['stats'];
  events: readonly LogEvent[];
  unparsed: LogAnalysis['unparsed'];
}

export function analysisToJson(analysis: LogAnalysis, events: readonly LogEvent[] = analysis.events, now = new Date()): string {
  const doc: AnalysisExport = {
    format: 'portlens-log-analysis',
    version: 1,
    exportedAt: now.toISOString(),
    filtered: events !== analysis.events,
    findings: analysis.findings,
    stats: analysis.stats,
    events,
    unparsed: analysis.unparsed,
  };
  return JSON.stringify(doc, null, 2);
}
