// Web Worker: runs analyzeLog off the panel's thread. The panel terminates it to cancel. A standby
// worker is first asked to warm up (warm-up.ts) while the panel is idle; a job stops the warm-up.
import { runAnalysisJob, type AnalysisReply, type WorkerRequest } from './analysis-job';
import { warmUp } from './warm-up';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: AnalysisReply, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
let busy = false;
scope.onmessage = (event) => {
  if ('warmUp' in event.data) {
    if (!busy) warmUp(() => busy);
    return;
  }
  busy = true;
  runAnalysisJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
