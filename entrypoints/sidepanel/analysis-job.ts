// The work the analysis worker does, apart from the worker itself so it can be tested in Node: analyse,
// and hand the events back in parts while the rest is still being read, as column chunks whose buffers
// move to the panel without copying. Findings, stats and the summary follow at the end.
import type { EventChunk, LogAnalysis, UnparsedLine } from '../../knowledge';
// The log engine alone (not the knowledge index), so the worker does not carry the port tables.
import { analyzeLog, chunkTransferables } from '../../knowledge/logs';
import { LOG_DETECTORS } from '../../knowledge/logs/detectors';

export interface AnalysisRequest {
  text: string;
}

/** What the panel sends a worker: a job, or (to a standby worker) the request to warm up. */
export type WorkerRequest = AnalysisRequest | { warmUp: true };

export type AnalysisReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'part'; chunk: EventChunk; done: number; total: number }
  | { kind: 'done'; findings: LogAnalysis['findings']; stats: LogAnalysis['stats']; summary: LogAnalysis['summary']; unparsed: UnparsedLine[] }
  | { kind: 'error'; message: string };

/** Events in the first part, sent early so the first rows show at once. */
export const FIRST_PART_EVENTS = 500;
/** Events in each later part. */
export const PART_EVENTS = 4_000;

export function runAnalysisJob(request: AnalysisRequest, post: (reply: AnalysisReply, transfer?: ArrayBuffer[]) => void): void {
  try {
    let sent = 0;
    const analysis = analyzeLog(String(request.text ?? ''), {
      detectors: LOG_DETECTORS,
      chunkLines: FIRST_PART_EVENTS,
      onProgress: (done, total) => post({ kind: 'progress', done, total }),
      onEvents: (store, done, total) => {
        if (done < total && store.length - sent < (sent === 0 ? FIRST_PART_EVENTS : PART_EVENTS)) return;
        const chunk = store.takeChunk(sent);
        sent = store.length;
        post({ kind: 'part', chunk, done, total }, chunkTransferables(chunk));
      },
    });
    post({ kind: 'done', findings: analysis.findings, stats: analysis.stats, summary: analysis.summary, unparsed: analysis.unparsed });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
