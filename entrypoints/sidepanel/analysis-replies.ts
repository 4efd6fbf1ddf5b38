// The panel's side of the worker conversation: appends the event chunks to the panel's own store over
// the same text as they arrive, and completes the analysis when the findings come.
// Kept apart from analysis-job.ts so the panel's bundle does not carry the log engine's parsers.
import type { LogAnalysis } from '../../knowledge';
import { EventStore } from '../../knowledge/logs/event-store';
import type { AnalysisProgress } from '../../components/sidepanel/sidepanel-deps';
import type { AnalysisReply } from './analysis-job';

/** Rebuilds the analysis of `text` from the worker's replies. */
export function createReplyCollector(text: string, onProgress: (progress: AnalysisProgress) => void) {
  const events = new EventStore(text);
  return {
    /** Returns the finished analysis on "done", throws on "error", else undefined. */
    accept(reply: AnalysisReply): LogAnalysis | undefined {
      switch (reply.kind) {
        case 'progress':
          onProgress({ done: reply.done, total: reply.total });
          return undefined;
        case 'part':
          // At most one event per line: room for all at once instead of copying as the store grows.
          events.reserve(reply.total);
          events.appendChunk(reply.chunk);
          onProgress({ done: reply.done, total: reply.total, events });
          return undefined;
        case 'done':
          events.trim();
          return { events, unparsed: reply.unparsed, findings: reply.findings, stats: reply.stats, summary: reply.summary };
        case 'error':
          throw new Error(reply.message);
      }
    },
  };
}
