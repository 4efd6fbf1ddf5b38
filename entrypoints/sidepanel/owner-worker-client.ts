// The panel's side of the owner worker: one worker for the panel's life, started at once so the
// table loads while the panel is idle; each request gets its answer by id. A worker that cannot start
// or fails answers every request with "owner data unavailable", so the rest of the panel keeps working.
import { UNAVAILABLE as OWNER_DATA_UNAVAILABLE } from '../../knowledge/owners/owner-source';
import type { OwnerBatch } from '../../components/sidepanel/source-owners';
import type { OwnerLookupReply, OwnerLookupRequest } from './owner-lookup-job';

export interface OwnerWorkerLike {
  onmessage: ((event: MessageEvent<OwnerLookupReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: OwnerLookupRequest): void;
}

export const createOwnerWorker = (): OwnerWorkerLike => new Worker(new URL('./owner.worker.ts', import.meta.url), { type: 'module' });

export function ownerWorkerClient(create: () => OwnerWorkerLike = createOwnerWorker) {
  const waiting = new Map<number, (batch: OwnerBatch) => void>();
  let nextId = 1;
  let failure: string | undefined;
  const failAll = (reason: string) => {
    failure = reason;
    for (const answer of waiting.values()) answer({ available: false, reason });
    waiting.clear();
  };
  let worker: OwnerWorkerLike | undefined;
  try {
    worker = create();
    worker.onmessage = (event) => {
      const reply = event.data;
      const answer = waiting.get(reply.id);
      waiting.delete(reply.id);
      answer?.(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      failAll(`${OWNER_DATA_UNAVAILABLE}: the owner worker failed (${event.message || 'out of memory?'})`);
    };
  } catch (e) {
    failAll(`${OWNER_DATA_UNAVAILABLE}: the owner worker could not start (${e instanceof Error ? e.message : String(e)})`);
  }
  return {
    ownersOf(addresses: string[]): Promise<OwnerBatch> {
      if (failure || !worker) return Promise.resolve({ available: false, reason: failure ?? OWNER_DATA_UNAVAILABLE });
      const id = nextId++;
      const w = worker;
      return new Promise<OwnerBatch>((resolve) => {
        waiting.set(id, resolve);
        w.postMessage({ id, addresses });
      });
    },
  };
}
