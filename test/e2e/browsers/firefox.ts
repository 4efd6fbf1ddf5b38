// Launches Debian's Firefox ESR with the built extension, through puppeteer-core (WebDriver BiDi).
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { writeTestLanguagePack } from './firefox-language-pack';
import { FIREFOX_PATH } from './require-browsers';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX_ADDON_ID = 'portlens@portlens.app';
// Pinning the internal UUID gives the extension a known moz-extension:// origin.
export const FIREFOX_UUID = '6f1b3b2e-6a52-4c1e-9d0a-5f0e1c2a7b10';

export interface FirefoxSession {
  browser: Browser;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** prefers-color-scheme of web content and extension pages: the pref's values for dark and light. */
const COLOR_SCHEME_OVERRIDE = { dark: 0, light: 1 } as const;

export interface FirefoxOptions {
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language, which the extension's messages follow (default English). */
  language?: string;
}

/** Ask for `language`, and accept the unsigned test language pack (ESR honours these prefs). */
const LANGUAGE_PREFS = (language: string) => ({
  'intl.locale.requested': language,
  'xpinstall.signatures.required': false,
  'extensions.langpacks.signatures.required': false,
});

export async function launchFirefox(extensionDir = FIREFOX_BUILD, { colorScheme = 'light', language }: FirefoxOptions = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox 153+ only lets WebDriver open moz-extension:// pages with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'layout.css.prefers-color-scheme.content-override': COLOR_SCHEME_OVERRIDE[colorScheme],
      ...(language ? LANGUAGE_PREFS(language) : {}),
    },
  });
  // Debian's Firefox ships English only: an empty language pack makes `language` available.
  if (language) await browser.installExtension(writeTestLanguagePack(language, await browser.version()));
  await browser.installExtension(extensionDir);
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox navigates to moz-extension:// pages, but WebDriver BiDi never reports the navigation
 * as finished; so start it, then wait until the page itself says it has loaded.
 */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  await page.goto(url, { timeout: 1500 }).catch(() => undefined);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not finish loading ${url}`);
}
