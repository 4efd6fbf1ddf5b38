// Runs annotation work in slices of at most `budgetMs`, so the page never sees a long task.
// Three priorities:
//  - urgent: what is on screen or just changed, in back-to-back tasks;
//  - background: the rest of the page's first scan, in back-to-back tasks after urgent work
//    (the browser still renders and handles input between them; waiting for idle periods
//    would leave the CPU unused while a frame or an input is pending);
//  - idle: housekeeping, when the browser is idle (requestIdleCallback, or a timer).

/** A unit of work: does some, returns true when finished (false: call again later). */
export type Task = (timeUp: () => boolean) => boolean;
export type Priority = 'urgent' | 'background' | 'idle';

export interface IdleDeadlineLike {
  timeRemaining(): number;
  didTimeout: boolean;
}

export interface SchedulerHost {
  now(): number;
  /** Runs `run` in a new task soon (MessageChannel in the page: no timer clamping). */
  soon(run: () => void): void;
  /** Runs `run` when idle; may be missing. */
  idle?(run: (deadline: IdleDeadlineLike) => void, timeoutMs: number): void;
  later(run: () => void, ms: number): void;
}

export const MAX_SLICE_MS = 16;

export class ChunkScheduler {
  private readonly urgent: Task[] = [];
  private readonly background: Task[] = [];
  private readonly idleWork: Task[] = [];
  private urgentPending = false;
  private idlePending = false;
  /** End of the browser's current idle period: slices chain until then, each a task of its own. */
  private idleUntil = 0;
  private stopped = false;
  /** Total time spent running tasks, and when the first slice ran (for the status report). */
  busyMs = 0;
  firstSliceAt = -1;

  constructor(
    private readonly host: SchedulerHost,
    private readonly onDrained: () => void = () => undefined,
    private readonly budgetMs = 12,
  ) {}

  get pending(): number {
    return this.urgent.length + this.background.length + this.idleWork.length;
  }

  push(task: Task, priority: Priority): void {
    if (this.stopped) return;
    (priority === 'urgent' ? this.urgent : priority === 'background' ? this.background : this.idleWork).push(task);
    this.schedule();
  }

  /**
   * Runs urgent work now, inside the caller's task, for at most `sliceMs` (what a page just changed
   * on screen, inside the frame about to be drawn); the rest goes on in the usual slices.
   */
  runUrgentNow(sliceMs: number): void {
    if (this.urgent.length) this.run(sliceMs, 'urgent-only');
  }

  stop(): void {
    this.stopped = true;
    this.urgent.length = 0;
    this.background.length = 0;
    this.idleWork.length = 0;
  }

  private schedule(): void {
    if (this.stopped) return;
    if ((this.urgent.length || this.background.length) && !this.urgentPending) {
      this.urgentPending = true;
      this.host.soon(() => {
        this.urgentPending = false;
        this.run(this.budgetMs, 'busy');
      });
    }
    if (this.idleWork.length && !this.idlePending && !this.urgent.length && !this.background.length) {
      this.idlePending = true;
      const go = (deadline?: IdleDeadlineLike) => {
        this.idlePending = false;
        const now = this.host.now();
        if (deadline) this.idleUntil = now + (deadline.didTimeout ? this.budgetMs : deadline.timeRemaining());
        const remaining = this.idleUntil - now;
        this.run(Math.max(4, Math.min(MAX_SLICE_MS, remaining, this.budgetMs)), 'idle');
      };
      // Still inside an idle period (requestIdleCallback would wait for the next one): go on.
      if (this.host.now() < this.idleUntil - 4) this.host.soon(() => go());
      else if (this.host.idle) this.host.idle(go, 250);
      else {
        this.idleUntil = 0;
        this.host.later(() => go(), 1);
      }
    }
  }

  /** Runs tasks until the slice is used up: urgent first, then background, then (idle slices) idle work. */
  private run(sliceMs: number, kind: 'busy' | 'idle' | 'urgent-only'): void {
    if (this.stopped) return;
    const start = this.host.now();
    if (this.firstSliceAt < 0) this.firstSliceAt = start;
    const timeUp = () => this.host.now() - start >= sliceMs;
    for (;;) {
      const queue = this.urgent.length ? this.urgent : kind === 'urgent-only' ? null : this.background.length ? this.background : kind === 'idle' ? this.idleWork : null;
      if (!queue || !queue.length) break;
      const task = queue[0];
      let done = true;
      try {
        done = task(timeUp);
      } catch (e) {
        console.warn('PortLens: annotation step failed', e);
      }
      if (done && queue[0] === task) queue.shift();
      if (timeUp()) break;
    }
    this.busyMs += this.host.now() - start;
    if (this.pending) this.schedule();
    else this.onDrained();
  }
}

/** The scheduler's view of a real page. */
export function pageSchedulerHost(win: Window & typeof globalThis): SchedulerHost {
  const channel = new win.MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  const ric = typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback.bind(win) : undefined;
  return {
    now: () => win.performance.now(),
    soon(run) {
      queue.push(run);
      channel.port2.postMessage(0);
    },
    idle: ric && ((run, timeout) => void ric(run, { timeout })),
    later: (run, ms) => void win.setTimeout(run, ms),
  };
}
