// Runs the analysis of the current input: debounced while typing, one job at a time (a newer input
// cancels the older job), with progress, cancel, and the last finished result kept on screen.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EventStore, LogAnalysis } from '../../knowledge';
import { AnalysisCancelled, type AnalysisJob, type AnalysisProgress, type SidePanelDeps } from './sidepanel-deps';

export type AnalysisStatus = 'idle' | 'waiting' | 'running' | 'done' | 'cancelled' | 'failed';

export interface AnalysisState {
  status: AnalysisStatus;
  progress: AnalysisProgress | null;
  /** The last finished analysis; kept while a newer one runs until that one's first events arrive. */
  analysis: LogAnalysis | null;
  /** The running analysis's events so far (shown before it ends), with their count when last seen. */
  live?: { events: EventStore; count: number };
  error?: string;
  /** Milliseconds the last analysis took, worker start to last event received. */
  ms?: number;
}

/** Longest wait before the progress bar and the rows shown catch up with the worker. */
export const PROGRESS_EVERY_MS = 100;

/** Quiet time after the last keystroke before the analysis starts. */
export const TYPING_DEBOUNCE_MS = 400;

const IDLE: AnalysisState = { status: 'idle', progress: null, analysis: null };

export function useLogAnalysis(deps: Pick<SidePanelDeps, 'analyse'>) {
  const [state, setState] = useState<AnalysisState>(IDLE);
  const job = useRef<AnalysisJob | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const running = job.current;
    job.current = undefined;
    running?.cancel();
  };

  const start = useCallback((text: string) => {
    const started = performance.now();
    let current: AnalysisJob | undefined;
    // Progress is shown at most every PROGRESS_EVERY_MS (the first rows at once): every render of the
    // panel takes time from the worker's thread on a small machine.
    let latest: AnalysisProgress | undefined;
    let events: EventStore | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = undefined;
      if ((current && job.current !== current) || !latest) return;
      const progress = latest;
      const live = events ? { events, count: events.length } : undefined;
      setState((s) => ({ ...s, status: 'running', progress, live: live ?? s.live }));
    };
    const onProgress = (progress: AnalysisProgress) => {
      if (current && job.current !== current) return;
      const firstRows = !events && progress.events !== undefined;
      latest = progress;
      events = progress.events ?? events;
      if (firstRows) {
        clearTimeout(timer);
        show();
      } else {
        timer ??= setTimeout(show, PROGRESS_EVERY_MS);
      }
    };
    setState((s) => ({ ...s, status: 'running', progress: null, error: undefined, live: undefined }));
    try {
      current = deps.analyse(text, onProgress);
    } catch (e) {
      setState((s) => ({ ...s, status: 'failed', progress: null, live: undefined, error: e instanceof Error ? e.message : String(e) }));
      return;
    }
    job.current = current;
    const mine = current;
    mine.result.finally(() => clearTimeout(timer)).catch(() => undefined);
    mine.result.then(
      (analysis) => {
        if (job.current !== mine) return;
        job.current = undefined;
        setState({ status: 'done', progress: null, analysis, ms: Math.round(performance.now() - started) });
      },
      (e: unknown) => {
        if (job.current !== mine || e instanceof AnalysisCancelled) return;
        job.current = undefined;
        setState((s) => ({ ...s, status: 'failed', progress: null, live: undefined, error: e instanceof Error ? e.message : String(e) }));
      },
    );
  }, [deps]);

  /** Analyses `text` now, or after `delayMs` of quiet; empty text clears the result. */
  const analyse = useCallback((text: string, delayMs = 0) => {
    stop();
    if (!text.trim()) {
      setState(IDLE);
      return;
    }
    if (delayMs > 0) {
      setState((s) => ({ ...s, status: 'waiting', progress: null, live: undefined }));
      timer.current = setTimeout(() => start(text), delayMs);
    } else {
      start(text);
    }
  }, [start]);

  const cancel = useCallback(() => {
    stop();
    setState((s) => ({ ...s, status: 'cancelled', progress: null, live: undefined }));
  }, []);

  useEffect(() => stop, []);

  return { state, analyse, cancel };
}
