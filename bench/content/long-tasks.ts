// Long tasks (> 50 ms) on the page's main thread, from a Chromium trace, split into those where
// PortLens code ran for a noticeable part (OUR_SHARE_MS or more, layout it forced included) and
// the page's own (its first layout of a 10 MB log, for one; a frame whose only PortLens part is
// a tiny animation-frame callback is the page's). Tracing slows everything a little, so these
// durations are on the high side.
import type { BrowserContext, Page } from 'playwright-core';

export const LONG_TASK_MS = 50;
const CONTENT_SCRIPT = /\/content-scripts\/content\.js/;
/** PortLens code running this long inside a long task makes it one of ours. */
const OUR_SHARE_MS = 10;
/** How long the trace may take to arrive after Tracing.end. */
const TRACE_END_TIMEOUT_MS = 60_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface LongTasks {
  ours: number;
  oursLongestMs: number;
  /** Most time PortLens code took inside one task (of any length). */
  mostPortLensMsInOneTask: number;
  pageOwn: number;
  pageOwnLongestMs: number;
}

export async function traceLongTasks(context: BrowserContext, page: Page, run: () => Promise<void>): Promise<LongTasks> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    // A trace that never completes (seen once in a full bench run) fails this bench, not the run.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the trace did not complete within ${TRACE_END_TIMEOUT_MS / 1000} s`)), TRACE_END_TIMEOUT_MS);
    });
    try {
      await Promise.race([done, stalled]);
    } finally {
      clearTimeout(timer);
      await cdp.detach().catch(() => undefined);
    }
  }
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const ourCalls = onMain.filter((e) => CONTENT_SCRIPT.test(e.args?.data?.url ?? ''));
  const out: LongTasks = { ours: 0, oursLongestMs: 0, mostPortLensMsInOneTask: 0, pageOwn: 0, pageOwnLongestMs: 0 };
  for (const t of onMain.filter((e) => e.name === 'RunTask')) {
    const end = t.ts + (t.dur ?? 0);
    // Outermost PortLens calls inside the task (nested ones are part of their caller's time).
    let oursUs = 0;
    let coveredUntil = -1;
    for (const e of ourCalls) {
      if (e.ts < t.ts || e.ts >= end || e.ts < coveredUntil) continue;
      oursUs += e.dur ?? 0;
      coveredUntil = e.ts + (e.dur ?? 0);
    }
    out.mostPortLensMsInOneTask = Math.max(out.mostPortLensMsInOneTask, Math.round(oursUs / 1000));
    if ((t.dur ?? 0) <= LONG_TASK_MS * 1000) continue;
    const ours = oursUs >= OUR_SHARE_MS * 1000;
    const ms = Math.round((t.dur ?? 0) / 1000);
    if (ours) {
      out.ours++;
      out.oursLongestMs = Math.max(out.oursLongestMs, ms);
    } else {
      out.pageOwn++;
      out.pageOwnLongestMs = Math.max(out.pageOwnLongestMs, ms);
    }
  }
  return out;
}
