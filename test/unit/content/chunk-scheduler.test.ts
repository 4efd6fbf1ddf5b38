// The chunk scheduler: slices of at most the budget, urgent work first, idle work inside the
// browser's idle periods, and a "drained" signal when everything is done.
import { describe, expect, it } from 'vitest';
import { ChunkScheduler, type IdleDeadlineLike, type SchedulerHost } from '../../../entrypoints/content/scan/chunk-scheduler';

/** A host with a manual clock: each call of a task's unit of work advances time by `unitMs`. */
function fakeHost() {
  let now = 0;
  const soon: (() => void)[] = [];
  const idle: ((d: IdleDeadlineLike) => void)[] = [];
  const host: SchedulerHost = {
    now: () => now,
    soon: (run) => void soon.push(run),
    idle: (run) => void idle.push(run),
    later: (run) => void soon.push(run),
  };
  return {
    host,
    advance: (ms: number) => (now += ms),
    runSoon: () => soon.splice(0).forEach((f) => f()),
    runIdle: (remaining: number) => {
      const start = now;
      idle.splice(0).forEach((f) => f({ timeRemaining: () => Math.max(0, remaining - (now - start)), didTimeout: false }));
    },
    pending: () => ({ soon: soon.length, idle: idle.length }),
  };
}

/** A task of `units` steps of `unitMs` each, recording the time of every step. */
function workTask(clock: ReturnType<typeof fakeHost>, units: number, unitMs: number, log: number[]) {
  let done = 0;
  return (timeUp: () => boolean) => {
    while (done < units) {
      clock.advance(unitMs);
      log.push(clock.host.now());
      done++;
      if (done < units && timeUp()) return false;
    }
    return true;
  };
}

describe('ChunkScheduler', () => {
  it('runs urgent work in back-to-back slices no longer than the budget', () => {
    const clock = fakeHost();
    let drained = 0;
    const scheduler = new ChunkScheduler(clock.host, () => drained++, 12);
    const log: number[] = [];
    scheduler.push(workTask(clock, 10, 4, log), 'urgent');
    const slices: number[] = [];
    while (clock.pending().soon) {
      const before = clock.host.now();
      clock.runSoon();
      slices.push(clock.host.now() - before);
    }
    expect(log).toHaveLength(10);
    expect(Math.max(...slices)).toBeLessThanOrEqual(12);
    expect(slices.length).toBeGreaterThanOrEqual(4);
    expect(drained).toBe(1);
  });

  it('does urgent work before idle work, and idle work only when the browser is idle', () => {
    const clock = fakeHost();
    const scheduler = new ChunkScheduler(clock.host, undefined, 12);
    const order: string[] = [];
    scheduler.push(() => (order.push('urgent'), true), 'urgent');
    scheduler.push(() => (order.push('idle'), true), 'idle');
    expect(clock.pending()).toEqual({ soon: 1, idle: 0 });
    clock.runSoon();
    expect(order).toEqual(['urgent']);
    expect(clock.pending().idle).toBe(1);
    clock.runIdle(50);
    expect(order).toEqual(['urgent', 'idle']);
  });

  it('uses a whole idle period in slices of at most 16 ms, then waits for the next one', () => {
    const clock = fakeHost();
    const scheduler = new ChunkScheduler(clock.host, undefined, 12);
    const log: number[] = [];
    scheduler.push(workTask(clock, 40, 3, log), 'idle');
    clock.runIdle(50); // first slice; the rest of the period continues through soon()
    let slices = 1;
    while (clock.pending().soon) {
      clock.runSoon();
      slices++;
    }
    expect(clock.host.now()).toBeLessThanOrEqual(50 + 12);
    expect(slices).toBeGreaterThanOrEqual(3);
    expect(clock.pending().idle).toBe(1); // the period is over: back to requestIdleCallback
    clock.runIdle(50);
    while (clock.pending().soon) clock.runSoon();
    while (clock.pending().idle) {
      clock.runIdle(50);
      while (clock.pending().soon) clock.runSoon();
    }
    expect(log).toHaveLength(40);
  });

  it('keeps going after a task throws, and stops for good when stopped', () => {
    const clock = fakeHost();
    const scheduler = new ChunkScheduler(clock.host);
    const ran: string[] = [];
    const warn = console.warn;
    console.warn = () => undefined;
    scheduler.push(() => {
      throw new Error('boom');
    }, 'urgent');
    scheduler.push(() => (ran.push('next'), true), 'urgent');
    clock.runSoon();
    console.warn = warn;
    expect(ran).toEqual(['next']);
    scheduler.stop();
    scheduler.push(() => (ran.push('late'), true), 'urgent');
    clock.runSoon();
    expect(ran).toEqual(['next']);
  });
});
