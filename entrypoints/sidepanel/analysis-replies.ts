// The panel's side of the worker conversation: rebuilds the analysis from the worker's replies.
// Kept apart from analysis-job.ts so the panel's bundle does not carry the log engine.
import type { LogAnalysis, LogEvent, UnparsedLine } from '../../knowledge';
import type { AnalysisReply } from './analysis-job';

/** Rebuilds the analysis from the worker's replies, on the panel's side. */
export function createReplyCollector(onProgress: (phase: 'analysing' | 'receiving', done: number, total: number) => void) {
  const events: LogEvent[] = [];
  const unparsed: UnparsedLine[] = [];
  return {
    /** Returns the finished analysis on "done", throws on "error", else undefined. */
    accept(reply: AnalysisReply): LogAnalysis | undefined {
      switch (reply.kind) {
        case 'progress':
          onProgress('analysing', reply.done, reply.total);
          return undefined;
        case 'part':
          for (const e of reply.events) events.push(e);
          for (const u of reply.unparsed) unparsed.push(u);
          onProgress('receiving', events.length, reply.eventTotal);
          return undefined;
        case 'done':
          return { events, unparsed, findings: reply.findings, stats: reply.stats };
        case 'error':
          throw new Error(reply.message);
      }
    },
  };
}
