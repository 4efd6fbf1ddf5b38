// Owners in the side panel, in the running Chromium session, with the 100,000-line UFW log of the side
// panel bench (bench/ufw-log.ts). The panel asks its own owner worker for the owners of the distinct
// senders once the table is complete; timed in the page:
//  - extra: from the complete table ("100,000 events from 100,000 lines") to the owner column filled
//    (target ≤ 150 ms), three runs in one page, the median is the figure;
//  - cold: in a freshly opened panel, a 1,000-line log picked at once, so the worker is still loading
//    the owner table when the owners are asked for;
//  - the alternative measured alongside: the background's `ip-owner` message, one per distinct sender
//    (as many at once as the page can send), for the first ADDRESSES_BY_MESSAGE senders.
import type { ExtraBench } from './registry';
import type { BenchPage } from './round-trips';
import { SIDEPANEL_BENCH_LINES } from './sidepanel-bench';
import { ufwLog } from './ufw-log';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const RUNS = 3;
const COLD_LINES = 1_000;
const ADDRESSES_BY_MESSAGE = 2_000;

interface OwnerRun {
  tableMs: number;
  ownersMs: number;
  status: string;
}

/** Runs in the panel page: picks the file, times the complete table and then the owners. */
async function pickAndTimeOwners([text, lines, settleMs]: [string, number, number]): Promise<OwnerRun> {
  const clear = document.querySelector<HTMLButtonElement>('#pl-clear:not(:disabled)');
  if (clear) {
    clear.click();
    while (document.querySelector('.pl-results')) await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, settleMs));
  const done = new RegExp(`${lines.toLocaleString('en')} events from ${lines.toLocaleString('en')} lines`);
  const files = new DataTransfer();
  files.items.add(new File([text], 'bench-owners.log', { type: 'text/plain' }));
  const input = document.querySelector<HTMLInputElement>('#pl-file') as HTMLInputElement;
  const t0 = performance.now();
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  let tableMs = -1;
  let ownersMs = -1;
  await new Promise<void>((resolve) => {
    const check = () => {
      const now = performance.now() - t0;
      if (tableMs < 0 && done.test(document.querySelector('#pl-status')?.textContent ?? '')) tableMs = now;
      const owners = document.querySelector('.pl-events')?.getAttribute('data-owners');
      if (tableMs >= 0 && owners && owners !== 'pending') {
        ownersMs = now;
        resolve();
      } else if (now > 120_000) {
        resolve();
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
  return { tableMs: Math.round(tableMs), ownersMs: Math.round(ownersMs), status: document.querySelector('.pl-events')?.getAttribute('data-owners') ?? '' };
}

/** Runs in the panel page: one `ip-owner` message per address, all sent at once. */
async function ownersByMessage(addresses: string[]): Promise<{ ms: number; failed: number }> {
  const t0 = performance.now();
  const replies = await Promise.all(addresses.map((address) => chrome.runtime.sendMessage({ type: 'ip-owner', address }) as Promise<{ ok: boolean }>));
  return { ms: Math.round(performance.now() - t0), failed: replies.filter((r) => !r?.ok).length };
}

const distinctSenders = (text: string) => [...new Set(Array.from(text.matchAll(/SRC=(\S+)/g), (m) => m[1]))];

export const sidePanelOwnerBench: ExtraBench = {
  name: 'sidePanelOwners',
  async run(session) {
    const text = ufwLog(SIDEPANEL_BENCH_LINES);
    const senders = distinctSenders(text);

    // Cold first: a fresh panel, a small log at once, while the owner worker loads its table.
    const coldPage = (await session.openExtensionPage('sidepanel.html')) as BenchPage;
    await coldPage.waitForSelector('#pl-file', { state: 'attached' });
    const cold = await coldPage.evaluate(pickAndTimeOwners, [ufwLog(COLD_LINES), COLD_LINES, 0] as [string, number, number]);
    await coldPage.close();

    const page = (await session.openExtensionPage('sidepanel.html')) as BenchPage;
    await page.waitForSelector('#pl-file', { state: 'attached' });
    const runs: OwnerRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(pickAndTimeOwners, [text, SIDEPANEL_BENCH_LINES, 2000] as [string, number, number]));
    const byMessage = await page.evaluate(ownersByMessage, senders.slice(0, ADDRESSES_BY_MESSAGE));
    await page.close();
    if (runs.some((r) => r.ownersMs < 0 || r.status !== 'ready')) throw new Error(`the side panel did not fill its owner column: ${JSON.stringify(runs)}`);

    const extras = runs.map((r) => r.ownersMs - r.tableMs).sort((a, b) => a - b);
    return {
      lines: SIDEPANEL_BENCH_LINES,
      distinctSenders: senders.length,
      medianExtraMs: extras[Math.floor(RUNS / 2)],
      targetMs: 150,
      runs,
      cold: { lines: COLD_LINES, ...cold, extraMs: cold.ownersMs - cold.tableMs },
      backgroundMessages: {
        addresses: Math.min(ADDRESSES_BY_MESSAGE, senders.length),
        ...byMessage,
        extrapolatedToAllSendersMs: Math.round((byMessage.ms * senders.length) / Math.min(ADDRESSES_BY_MESSAGE, senders.length)),
      },
    };
  },
  headline(result) {
    const r = result as {
      lines: number; distinctSenders: number; medianExtraMs: number;
      cold: { extraMs: number; lines: number };
      backgroundMessages: { addresses: number; ms: number; extrapolatedToAllSendersMs: number };
    };
    return `Side panel owners for ${r.lines.toLocaleString('en')} side-panel events (${r.distinctSenders.toLocaleString('en')} distinct senders) in Chromium: ` +
      `${r.medianExtraMs} ms extra (target ≤ 150 ms), in the panel's owner worker; cold (panel just opened, ${r.cold.lines.toLocaleString('en')} lines): ${r.cold.extraMs} ms extra; ` +
      `the background instead, one ip-owner message per sender: ${r.backgroundMessages.ms} ms for ${r.backgroundMessages.addresses.toLocaleString('en')} ` +
      `(about ${r.backgroundMessages.extrapolatedToAllSendersMs.toLocaleString('en')} ms for all)`;
  },
};
