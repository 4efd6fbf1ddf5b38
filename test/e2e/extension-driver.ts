// One small interface over both browsers, so each scenario is written once.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './browsers/chromium';
import { launchFirefox } from './browsers/firefox';

export interface ExtensionDriver {
  name: 'chromium' | 'firefox';
  /** Opens an extension page (e.g. "popup.html") in a tab. */
  open(path: string): Promise<PwPage | PpPage>;
  extensionUrl(path: string): string;
  /** Opens a normal web page. */
  openUrl(url: string): Promise<PwPage | PpPage>;
  close(): Promise<void>;
}

export async function launchDriver(name: 'chromium' | 'firefox'): Promise<ExtensionDriver> {
  if (name === 'chromium') {
    const s = await launchChromium();
    return {
      name,
      open: (p) => s.openExtensionPage(p),
      extensionUrl: s.extensionUrl,
      openUrl: async (url) => {
        const page = await s.context.newPage();
        await page.goto(url);
        return page;
      },
      close: () => s.close(),
    };
  }
  const s = await launchFirefox();
  return {
    name,
    open: (p) => s.openExtensionPage(p),
    extensionUrl: s.extensionUrl,
    openUrl: async (url) => {
      const page = await s.browser.newPage();
      await page.goto(url);
      return page;
    },
    close: () => s.close(),
  };
}

/** Sends a protocol message from inside an extension page, as the popup or side panel would. */
export async function sendFromPage(page: PwPage | PpPage, message: Record<string, unknown>): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const fn = (msg: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return (g.browser ?? g.chrome).runtime.sendMessage(msg);
  };
  return (await (page as PwPage).evaluate(fn, message)) as { ok: boolean; value?: unknown; error?: string };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until fn returns a truthy value or the time runs out. */
export async function waitFor<T>(fn: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    await sleep(200);
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
