// One small interface over both browsers, so each scenario is written once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './browsers/chromium';
import { launchFirefox } from './browsers/firefox';

export type AnyPage = PwPage | PpPage;

export interface ExtensionDriver {
  name: 'chromium' | 'firefox';
  /** Opens an extension page (e.g. "popup.html") in a tab. */
  open(path: string): Promise<AnyPage>;
  extensionUrl(path: string): string;
  /** Opens a normal web page. */
  openUrl(url: string): Promise<AnyPage>;
  /**
   * Reloads the extension, keeping the profile. Firefox: runtime.reload() of the temporary add-on.
   * Chromium: a command-line-loaded extension cannot survive runtime.reload() (Chromium disables
   * it), so the browser is restarted on the same profile, which reloads the extension from disk.
   */
  reloadExtension(): Promise<void>;
  /** The address of every open tab (Firefox reports extension tabs as about:blank, so each is asked). */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** prefers-color-scheme for every page (default light). */
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language (default English). */
  language?: string;
}

async function openIn(newPage: () => Promise<AnyPage>, url: string): Promise<AnyPage> {
  const page = await newPage();
  await (page as PwPage).goto(url);
  return page;
}

const hrefOf = (page: AnyPage) => (page as PwPage).evaluate(() => location.href).catch(() => page.url());

async function chromiumDriver(options: DriverOptions): Promise<ExtensionDriver> {
  const profileDir = mkdtempSync(join(tmpdir(), 'portlens-chromium-'));
  let s = await launchChromium({ profileDir, ...options });
  return {
    name: 'chromium',
    open: (p) => s.openExtensionPage(p),
    extensionUrl: (p) => s.extensionUrl(p),
    openUrl: (url) => openIn(() => s.context.newPage(), url),
    async reloadExtension() {
      await s.close();
      s = await launchChromium({ profileDir, ...options });
    },
    tabUrls: () => Promise.all(s.context.pages().map(hrefOf)),
    async close() {
      await s.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function firefoxDriver(options: DriverOptions): Promise<ExtensionDriver> {
  const s = await launchFirefox(undefined, options);
  const driver: ExtensionDriver = {
    name: 'firefox',
    open: (p) => s.openExtensionPage(p),
    extensionUrl: s.extensionUrl,
    openUrl: (url) => openIn(() => s.browser.newPage(), url),
    async reloadExtension() {
      const page = await s.openExtensionPage('popup.html');
      await (page as PpPage)
        .evaluate(() => {
          const g = globalThis as unknown as { browser: { runtime: { reload(): void } } };
          setTimeout(() => g.browser.runtime.reload(), 50);
        })
        .catch(() => undefined);
      await sleep(1500);
    },
    tabUrls: async () => Promise.all((await s.browser.pages()).map(hrefOf)),
    close: () => s.close(),
  };
  return driver;
}

export function launchDriver(name: 'chromium' | 'firefox', options: DriverOptions = {}): Promise<ExtensionDriver> {
  return name === 'chromium' ? chromiumDriver(options) : firefoxDriver(options);
}

/** Sends a protocol message from inside an extension page, as the popup or side panel would. */
export async function sendFromPage(page: AnyPage, message: Record<string, unknown>): Promise<{ ok: boolean; value?: unknown; error?: string }> {
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
