// The work the analysis worker does, apart from the worker itself so it can be tested in Node:
// analyse, report progress, then hand the events back in parts so no single message blocks the
// panel while it is copied in.
import { analyzeLog, type LogAnalysis, type LogEvent, type UnparsedLine } from '../../knowledge';

export interface AnalysisRequest {
  text: string;
}

export type AnalysisReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'part'; events: LogEvent[]; unparsed: UnparsedLine[]; eventTotal: number }
  | { kind: 'done'; findings: LogAnalysis['findings']; stats: LogAnalysis['stats']; eventCount: number; unparsedCount: number }
  | { kind: 'error'; message: string };

/** Events (and unparsed lines) per message back to the panel: about 20 ms of copying each. */
export const PART_SIZE = 5_000;

export function runAnalysisJob(request: AnalysisRequest, post: (reply: AnalysisReply) => void): void {
  try {
    const analysis = analyzeLog(String(request.text ?? ''), { onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    const { events, unparsed } = analysis;
    for (let i = 0; i < Math.max(events.length, unparsed.length); i += PART_SIZE) {
      post({ kind: 'part', events: events.slice(i, i + PART_SIZE), unparsed: unparsed.slice(i, i + PART_SIZE), eventTotal: events.length });
    }
    post({ kind: 'done', findings: analysis.findings, stats: analysis.stats, eventCount: events.length, unparsedCount: unparsed.length });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
