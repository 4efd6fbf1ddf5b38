// Timing of protocol round trips from an extension page, shared by the benches.
import type { launchChromium } from '../test/e2e/browsers/chromium';

// The page's own chrome.* API, seen from page.evaluate.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

export type BenchPage = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['openExtensionPage']>>;

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const round = (n: number) => Math.round(n * 100) / 100;

/** Milliseconds of each request, sent one after another; a refused request stops the bench. */
export async function timeRequests(page: BenchPage, messages: Record<string, unknown>[]): Promise<number[]> {
  return page.evaluate(async (msgs) => {
    const times: number[] = [];
    for (const m of msgs) {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage(m)) as { ok: boolean; error?: string };
      times.push(performance.now() - t0);
      if (!reply?.ok) throw new Error(`request failed: ${JSON.stringify(m)} ${reply?.error}`);
    }
    return times;
  }, messages);
}
