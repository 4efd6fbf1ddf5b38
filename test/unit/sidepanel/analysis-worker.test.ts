// The worker's job (analyse, report progress, hand events back in parts while reading) and the panel's side of it.
import { describe, expect, it, vi } from 'vitest';
import { analyzeLog } from '../../../knowledge';
import { FIRST_PART_EVENTS, PART_EVENTS, runAnalysisJob, type AnalysisReply, type WorkerRequest } from '../../../entrypoints/sidepanel/analysis-job';
import { WARM_UP_BATCHES, WARM_UP_LINES, warmUp, warmUpLog } from '../../../entrypoints/sidepanel/warm-up';
import { standbyWorkers, startWorkerAnalysis, type WorkerLike } from '../../../entrypoints/sidepanel/worker-analysis';
import { AnalysisCancelled, type AnalysisProgress } from '../../../components/sidepanel/sidepanel-deps';
import { fixture } from './sidepanel-harness';

function ufwLines(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`May  1 12:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.${i % 250} DST=192.0.2.10 LEN=60 TTL=50 PROTO=TCP SPT=${40000 + (i % 20000)} DPT=${[22, 443, 3389][i % 3]} SYN`);
  }
  return lines.join('\n');
}

/** A stand-in Worker that runs the job in process, asynchronously like the real one. */
function fakeWorker(options: { hang?: boolean } = {}) {
  const worker: WorkerLike & { terminated: boolean; posted: WorkerRequest[] } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    posted: [] as WorkerRequest[],
    postMessage(request: WorkerRequest) {
      worker.posted.push(request);
      if (options.hang || 'warmUp' in request) return;
      setTimeout(() => runAnalysisJob(request, (reply) => !worker.terminated && worker.onmessage?.({ data: reply } as MessageEvent<AnalysisReply>)), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('runAnalysisJob', () => {
  it('reports progress, streams the events in column chunks while reading, then the findings, stats and summary', () => {
    const replies: AnalysisReply[] = [];
    const transfers: ArrayBuffer[][] = [];
    runAnalysisJob({ text: ufwLines(25_000) }, (r, t) => {
      replies.push(r);
      if (r.kind === 'part') transfers.push(t ?? []);
    });
    const kinds = replies.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'progress').length).toBeGreaterThanOrEqual(12);
    const parts = replies.filter((r) => r.kind === 'part');
    // A small first part so the first rows show at once, then bigger ones.
    expect(parts[0].chunk.count).toBe(FIRST_PART_EVENTS);
    expect(parts.slice(1, -1).every((p) => p.chunk.count === PART_EVENTS)).toBe(true);
    expect(parts).toHaveLength(1 + Math.ceil((25_000 - FIRST_PART_EVENTS) / PART_EVENTS));
    // Parts come while lines are still being read, not after.
    expect(kinds.indexOf('part')).toBeLessThan(kinds.lastIndexOf('progress'));
    expect(parts.reduce((n, p) => n + p.chunk.count, 0)).toBe(25_000);
    expect(transfers.every((t) => t.length > 0 && t.every((b) => b instanceof ArrayBuffer))).toBe(true);
    expect(kinds[kinds.length - 1]).toBe('done');
    expect(replies[replies.length - 1]).toMatchObject({ kind: 'done', unparsed: [], stats: { parsedLines: 25_000 } });
  });

  it('turns an exception into an error reply', () => {
    const replies: AnalysisReply[] = [];
    runAnalysisJob({ get text(): string { throw new Error('boom'); } }, (r) => replies.push(r));
    expect(replies).toEqual([{ kind: 'error', message: 'boom' }]);
  });
});

describe('startWorkerAnalysis', () => {
  it('rebuilds the same analysis the engine gives, with progress, and ends the worker', async () => {
    const worker = fakeWorker();
    const progress: AnalysisProgress[] = [];
    const job = startWorkerAnalysis(fixture('mixed-scan.log'), (p) => progress.push(p), () => worker);
    const analysis = await job.result;
    const direct = analyzeLog(fixture('mixed-scan.log'));
    expect(analysis.events.toArray()).toEqual(direct.events.toArray());
    expect(analysis.unparsed).toEqual(direct.unparsed);
    expect(analysis.findings).toEqual(direct.findings);
    expect(analysis.summary).toEqual(direct.summary);
    const withEvents = progress.filter((p) => p.events);
    expect(withEvents.at(-1)).toMatchObject({ done: 21, total: 21 });
    expect(withEvents.at(-1)?.events?.length).toBe(19);
    expect(worker.terminated).toBe(true);
  });

  it('cancel terminates the worker and rejects with AnalysisCancelled', async () => {
    const worker = fakeWorker({ hang: true });
    const job = startWorkerAnalysis('x', vi.fn(), () => worker);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker that fails or cannot start', async () => {
    const worker = fakeWorker({ hang: true });
    const job = startWorkerAnalysis('x', vi.fn(), () => worker);
    worker.onerror?.({ message: 'Out of memory', preventDefault: () => undefined } as ErrorEvent);
    await expect(job.result).rejects.toThrow(/worker failed: Out of memory/);
    const broken = startWorkerAnalysis('x', vi.fn(), () => {
      throw new Error('CSP');
    });
    await expect(broken.result).rejects.toThrow(/could not start: CSP/);
  });
});

describe('standbyWorkers', () => {
  it('hands out the worker started ahead (asked to warm up), then starts one on demand; warm keeps one waiting', () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const create = () => {
      const w = fakeWorker({ hang: true });
      made.push(w);
      return w;
    };
    const workers = standbyWorkers(create);
    workers.warm();
    workers.warm();
    expect(made).toHaveLength(1);
    expect(made[0].posted).toEqual([{ warmUp: true }]);
    expect(workers.take()).toBe(made[0]);
    expect(workers.take()).toBe(made[1]);
    expect(made).toHaveLength(2);
  });

  it('leaves a failed start to take(), which reports it', async () => {
    const workers = standbyWorkers(() => {
      throw new Error('CSP');
    });
    expect(() => workers.warm()).not.toThrow();
    const job = startWorkerAnalysis('x', vi.fn(), workers.take);
    await expect(job.result).rejects.toThrow(/could not start: CSP/);
  });
});

describe('warm-up', () => {
  it('makes small logs every line of which the engine reads, in several formats', () => {
    const analysis = analyzeLog(warmUpLog(0));
    expect(analysis.unparsed).toEqual([]);
    expect(analysis.stats.parsedLines).toBe(WARM_UP_LINES);
    expect(Object.keys(analysis.stats.formats).sort()).toEqual(['http-access', 'netfilter', 'pf-filterlog', 'sshd']);
    expect(warmUpLog(1)).not.toBe(warmUpLog(0));
  });

  it('runs its batches one task at a time and stops when a job comes', () => {
    const tasks: (() => void)[] = [];
    let ran = 0;
    warmUp(() => false, (next) => tasks.push(() => { ran++; next(); }));
    while (tasks.length) tasks.shift()?.();
    expect(ran).toBe(WARM_UP_BATCHES + 1); // every batch, then the check that ends it
    const pending: (() => void)[] = [];
    let stop = false;
    let steps = 0;
    warmUp(() => stop, (next) => pending.push(() => { steps++; next(); }));
    pending.shift()?.();
    stop = true;
    while (pending.length) pending.shift()?.();
    expect(steps).toBe(2);
  });
});
