// Starts one Web Worker per analysis and turns its replies into an AnalysisJob.
import { AnalysisCancelled, type AnalysisJob, type AnalysisProgress } from '../../components/sidepanel/sidepanel-deps';
import type { AnalysisReply, WorkerRequest } from './analysis-job';
import { createReplyCollector } from './analysis-replies';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

export const createAnalysisWorker = (): WorkerLike => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

/**
 * One worker started ahead of need and warmed up (warm-up.ts), so an analysis does not wait for a worker
 * to load and tune its code: `take` hands it out (or starts one when none waits), `warm` starts the
 * next while the panel is idle.
 */
export function standbyWorkers(create: () => WorkerLike = createAnalysisWorker) {
  let ready: WorkerLike | undefined;
  return {
    warm(): void {
      if (ready) return;
      try {
        ready = create();
        ready.postMessage({ warmUp: true });
      } catch {
        ready = undefined; // take() starts one and reports the failure then
      }
    },
    take(): WorkerLike {
      const worker = ready ?? create();
      ready = undefined;
      return worker;
    },
  };
}

export function startWorkerAnalysis(text: string, onProgress: (p: AnalysisProgress) => void, createWorker = createAnalysisWorker): AnalysisJob {
  let worker: WorkerLike | undefined;
  let settle: { reject(e: Error): void } | undefined;
  const result = new Promise<Awaited<AnalysisJob['result']>>((resolve, reject) => {
    settle = { reject };
    try {
      worker = createWorker();
    } catch (e) {
      reject(new Error(`The analysis worker could not start: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    const collector = createReplyCollector(text, onProgress);
    const finish = () => {
      worker?.terminate();
      worker = undefined;
    };
    worker.onmessage = (event) => {
      try {
        const analysis = collector.accept(event.data);
        if (analysis) {
          finish();
          resolve(analysis);
        }
      } catch (e) {
        finish();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish();
      reject(new Error(`The analysis worker failed: ${event.message || 'out of memory?'}`));
    };
    worker.postMessage({ text });
  });
  return {
    result,
    cancel() {
      if (!worker) return;
      worker.terminate();
      worker = undefined;
      settle?.reject(new AnalysisCancelled());
    },
  };
}
