// Web Worker: runs analyzeLog off the panel's thread. The panel terminates it to cancel.
import { runAnalysisJob, type AnalysisReply, type AnalysisRequest } from './analysis-job';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisReply, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => runAnalysisJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
