// Launches Debian's Chromium with the built extension, through playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './require-browsers';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Reuse a profile (to restart the browser with its IndexedDB); it is then kept on close. */
  profileDir?: string;
  /** More command-line switches (the bench asks for precise heap figures). */
  extraArgs?: string[];
  /** prefers-color-scheme for every page (default light). */
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language, which the extension's messages follow (default: the machine's, English here). */
  language?: string;
}

export async function launchChromium({ extensionDir = CHROME_BUILD, profileDir, extraArgs = [], colorScheme = 'light', language }: LaunchOptions = {}): Promise<ChromiumSession & { profileDir: string }> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'portlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    colorScheme,
    // Chromium on Linux takes its UI language from --lang and LANGUAGE.
    ...(language ? { env: { ...process.env, LANGUAGE: language } } : {}),
    args: [
      ...(language ? [`--lang=${language}`] : []),
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    profileDir: profile,
    context,
    extensionId,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
