// The side panel page as the e2e tests drive it in both browsers: the one page call playwright-core
// and puppeteer-core share, waiting for text, and typing a log into the box.
import { waitFor, type AnyPage } from './extension-driver';

/** The one page call playwright-core and puppeteer-core share. */
export interface PanelPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
export const asPanel = (page: AnyPage) => page as unknown as PanelPage;

export const bodyText = (page: PanelPage) => page.evaluate(() => document.body.textContent ?? '', null);

export async function waitForText(page: PanelPage, pattern: RegExp, what: string, timeoutMs = 20_000) {
  let last = '';
  try {
    return await waitFor(async () => {
      last = await bodyText(page);
      return pattern.test(last) ? last : null;
    }, what, timeoutMs);
  } catch (e) {
    const where = await page.evaluate(() => `${location.href} ${document.readyState}`, null).catch((err: Error) => err.message);
    throw new Error(`${(e as Error).message}; at ${where}; last text: ${last.slice(0, 400)}`);
  }
}

/** Types into the box the way a person's edit arrives: value set, then an input event. */
export const typeLog = (page: PanelPage, text: string) =>
  page.evaluate((t: string) => {
    const box = document.querySelector<HTMLTextAreaElement>('#pl-log-input')!;
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
