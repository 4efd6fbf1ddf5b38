// Viewport first, on a generated 50,000-line firewall log (big-log.html) in real Chromium:
//  - first screen: from the page's load event until every token on the first screen is
//    highlighted (checked from outside, every frame, by the log's known line format);
//  - jumps: Page Down, to the middle and to the end of the log, right after the first screen
//    (detection of the rest is still running): from the scroll until the new screen is highlighted;
//  - long tasks (> 50 ms) in a traced second run, those running PortLens code apart from the page's own.
// Two layouts: one <pre> holding one 10 MB Text node, and one <div> per line.
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtraBench } from '../registry';
import { withFixtureServer } from './fixture-server';
import { LONG_TASK_MS, traceLongTasks } from './long-tasks';
import { countScreen, installProbes, type ProbeWindow } from './page-probes';
import { newFrontPage } from '../front-page';

const LINES = Number(process.env.PORTLENS_BENCH_VIEWPORT_LINES ?? 50_000);
/** PORTLENS_BENCH_VIEWPORT_LAYOUTS=lines runs one layout. */
const LAYOUTS = [
  { mode: 'pre', scroller: 'pre' },
  { mode: 'lines', scroller: '.lines' },
].filter(({ mode }) => (process.env.PORTLENS_BENCH_VIEWPORT_LAYOUTS ?? 'pre,lines').split(',').includes(mode));
/** Targets from the issue, printed next to the figures. */
export const SCREEN_TARGET_MS = 150;

/**
 * Polls countScreen every frame until the screen is fully highlighted. Resolves to the ms since
 * `since` when the page could first show the screen (laid out, lines on it) and when it was marked.
 */
function waitScreenMarked(args: { selector: string; since: number; timeoutMs: number; count: string }): Promise<{ readyMs: number; markedMs: number }> {
  const count = new Function(`return (${args.count})`)() as (s: string) => { expected: number; highlighted: number };
  let readyMs = -1;
  return new Promise((done) => {
    /** True once finished. */
    const check = (): boolean => {
      const c = count(args.selector);
      const now = performance.now();
      if (c.expected > 0 && readyMs < 0) readyMs = now - args.since;
      if (c.expected > 0 && c.highlighted >= c.expected) return done({ readyMs, markedMs: now - args.since }), true;
      if (now - args.since > args.timeoutMs) return done({ readyMs, markedMs: -1 }), true;
      return false;
    };
    // Checked at the start of each frame and right after it (ranges registered during a frame show in it).
    const frame = () => {
      if (!check()) setTimeout(() => check() || requestAnimationFrame(frame), 0);
    };
    frame();
  });
}

async function jump(page: Page, selector: string, where: 'pageDown' | 'middle' | 'end'): Promise<{ readyMs: number; markedMs: number }> {
  return page.evaluate(
    ({ selector, where, count, wait }) => {
      const sc = document.querySelector(selector) as HTMLElement;
      const since = performance.now();
      if (where === 'pageDown') sc.scrollTop += sc.clientHeight * 0.9;
      else if (where === 'middle') sc.scrollTop = (sc.scrollHeight - sc.clientHeight) / 2;
      else sc.scrollTop = sc.scrollHeight;
      const waitFn = new Function(`return (${wait})`)() as typeof waitScreenMarked;
      return waitFn({ selector, since, timeoutMs: 10_000, count });
    },
    { selector, where, count: countScreen.toString(), wait: waitScreenMarked.toString() },
  );
}

/** Init script: from the load event on, checks the first screen every frame and keeps the time. */
function firstScreenWatch(selector: string): string {
  return `addEventListener('load', () => {
    const since = performance.now();
    (${waitScreenMarked.toString()})({ selector: ${JSON.stringify(selector)}, since, timeoutMs: 30000, count: ${JSON.stringify(countScreen.toString())} })
      .then((r) => { window.__firstScreen = r; });
  }, { once: true });`;
}

type Screen = { readyMs: number; markedMs: number };

/** Loads the log, waits for its first screen, then jumps three times; each screen's times. */
async function openAndJump(page: Page, baseUrl: string, mode: string, selector: string) {
  await page.goto(`${baseUrl}/big-log.html?n=${LINES}&mode=${mode}`, { waitUntil: 'load' });
  const first = (await (await page.waitForFunction(() => (window as unknown as { __firstScreen?: Screen }).__firstScreen, null, { timeout: 60_000, polling: 50 })).jsonValue()) as Screen;
  const jumps = { pageDown: await jump(page, selector, 'pageDown'), middle: await jump(page, selector, 'middle'), end: await jump(page, selector, 'end') };
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__reports.length > 0, null, { timeout: 60_000, polling: 100 });
  const status = await page.evaluate(() => JSON.parse((window as unknown as ProbeWindow).__reports[0]) as { startedAt: number; reportedAt: number; tokens: number });
  return { first, jumps, status };
}

async function runLayout(context: BrowserContext, page: Page, baseUrl: string, mode: string, selector: string) {
  const { first, jumps, status } = await openAndJump(page, baseUrl, mode, selector);
  const tasks = await traceLongTasks(context, page, async () => void (await openAndJump(page, baseUrl, mode, selector)));
  const round = (n: number) => Math.round(n);
  return {
    firstScreenAfterLoadMs: round(first.markedMs),
    /** From the page's own first layout of that screen (the 50,000 lines are laid out by the page, with or without PortLens). */
    firstScreenAfterPageLayoutMs: round(first.markedMs - first.readyMs),
    pageDownMs: round(jumps.pageDown.markedMs),
    middleMs: round(jumps.middle.markedMs),
    endMs: round(jumps.end.markedMs),
    longTasksRunningPortLens: tasks.ours,
    longestPortLensTaskMs: tasks.oursLongestMs,
    mostPortLensMsInOneTask: tasks.mostPortLensMsInOneTask,
    pageOwnLongTasks: tasks.pageOwn,
    pageOwnLongestTaskMs: tasks.pageOwnLongestMs,
    allTokensDetectedMs: round(status.reportedAt - status.startedAt),
    tokens: status.tokens,
  };
}

export const viewportBench: ExtraBench = {
  name: 'viewportFirst',
  run: (session) => withFixtureServer(async (serverUrl) => {
    const results: Record<string, unknown> = { lines: LINES, targetMs: SCREEN_TARGET_MS, longTaskLimitMs: LONG_TASK_MS };
    for (const { mode, scroller } of LAYOUTS) {
      const page = await newFrontPage(session.context);
      await page.addInitScript(installProbes);
      await page.addInitScript({ content: firstScreenWatch(scroller) });
      await openAndJump(page, serverUrl, mode, scroller); // warm-up (JIT, background worker)
      results[mode] = await runLayout(session.context, page, serverUrl, mode, scroller);
      await page.close();
    }
    return results;
  }),
};
