// First run and the options page in real Chromium and Firefox ESR: the welcome page opens on
// install, the demo router page inside the extension is annotated, and a note written in the
// popup appears on the options page, exports to JSON and imports back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './browsers/chromium';
import { FIREFOX_BUILD } from './browsers/firefox';
import { allHighlighted } from './content-page-probe';
import { launchDriver, waitFor, type ExtensionDriver } from './extension-driver';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

/** The page calls playwright-core and puppeteer-core share. */
interface Page {
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}
const asPage = (p: unknown) => p as Page;

const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '', null);
const waitForText = (page: Page, pattern: RegExp, what: string) => waitFor(async () => pattern.test(await bodyText(page)) || null, what, 20_000);

/** Clicks the button whose text or aria-label is `label`. */
const clickButton = (page: Page, label: string) =>
  page.evaluate((l: string) => {
    const found = [...document.querySelectorAll('button')].find((b) => b.textContent === l || b.getAttribute('aria-label') === l);
    if (!found) throw new Error(`no button "${l}"`);
    found.click();
  }, label);

const noteKeys = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.pl-opt-note-key')].map((e) => e.textContent), null);

for (const name of ['chromium', 'firefox'] as const) {
  describe(`first run and options in ${name}`, () => {
    let driver: ExtensionDriver;
    beforeAll(async () => {
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => driver?.close());

    it('declares the options page, opening in a tab', () => {
      const manifest = JSON.parse(readFileSync(join(name === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD, 'manifest.json'), 'utf8'));
      expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    });

    it('opens the welcome page on install, listing the default sites', async () => {
      const welcome = driver.extensionUrl('onboarding.html');
      await waitFor(async () => (await driver.tabUrls()).includes(welcome) || null, 'the welcome page to open by itself');
      const page = asPage(await driver.open('onboarding.html'));
      await waitForText(page, /Where it runs by itself/, 'the welcome page');
      const sites = await page.evaluate(() => document.querySelector('#pl-default-sites')?.textContent ?? '', null);
      expect(sites).toMatch(/localhost, 127\.0\.0\.1/);
      expect(sites).toMatch(/\.lan, \.home\.arpa, \.local, \.localdomain, \.internal/);
      const demo = await page.evaluate(() => document.querySelector('#pl-open-demo')?.getAttribute('href'), null);
      expect(demo).toBe(driver.extensionUrl('demo/router-demo.html'));
      await page.close();
    });

    it('annotates the demo router page that ships inside the extension', async () => {
      const page = await driver.open('demo/router-demo.html');
      const marked = await waitFor(async () => {
        const all = await allHighlighted(page);
        // The top of the page is marked first, the rest in the following slices.
        return all.length > 20 && ['3389', '192.168.1.1', '2001:db8:4a2e::/48'].every((t) => all.includes(t)) ? all : null;
      }, 'the demo page to be annotated');
      expect(marked).toEqual(expect.arrayContaining(['3389', '192.168.1.1']));
      await page.close();
    });

    it('shows a note written in the popup on the options page, exports it and imports it back', async () => {
      const popup = asPage(await driver.open('popup.html'));
      await popup.type('#pl-query', '8443');
      await waitFor(() => popup.evaluate(() => /port 8443/.test(document.querySelector('.pl-note-bar')?.textContent ?? ''), null), 'the note bar');
      await popup.click('.pl-note-bar button');
      await popup.type('#pl-note-text', `${name} NAS`);
      await popup.click('.pl-note-editor button[type="submit"]');
      await waitFor(() => popup.evaluate((t: string) => (document.querySelector('#pl-result-0')?.textContent ?? '').includes(`Your note: ${t}`), `${name} NAS`), 'the saved note');
      await popup.close();

      const options = asPage(await driver.open('options.html'));
      await waitFor(async () => ((await noteKeys(options)).includes('Port 8443') ? true : null), 'the note on the options page');
      expect(await bodyText(options)).toContain(`${name} NAS`);

      // Export: the page's own download code runs; the click on its link is caught to read the file.
      const exported = await options.evaluate(() => new Promise<{ name: string; text: string }>((resolve, reject) => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          HTMLAnchorElement.prototype.click = click;
          fetch(this.href).then((r) => r.text()).then((text) => resolve({ name: this.download, text }), reject);
        };
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export notes (JSON)');
        if (!button) reject(new Error('no export button'));
        button?.click();
      }), null);
      expect(exported.name).toMatch(/^portlens-notes-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(exported.text);
      expect(file.format).toBe('portlens-notes');
      expect(file.notes).toEqual([expect.objectContaining({ key: 'port:8443', text: `${name} NAS` })]);

      await clickButton(options, 'Delete the note on Port 8443');
      await clickButton(options, 'Yes, delete');
      await waitForText(options, /No notes yet/, 'the note to be deleted');

      // Import the exported file through the file input, as the file picker would.
      await options.evaluate(([fileName, text]: [string, string]) => {
        const input = document.querySelector<HTMLInputElement>('#pl-import-file')!;
        const files = new DataTransfer();
        files.items.add(new File([text], fileName, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, [exported.name, exported.text] as [string, string]);
      await waitForText(options, /1 note in the file: 1 new, 0 newer than yours/, 'the import preview');
      await clickButton(options, 'Import 1 note');
      await waitForText(options, /Imported: 1 new, 0 replaced/, 'the import result');
      // The list reloads after the result is shown.
      await waitFor(async () => ((await noteKeys(options)).includes('Port 8443') ? true : null), 'the imported note in the list');
      expect(await noteKeys(options)).toEqual(['Port 8443']);
      expect(await bodyText(options)).toContain(`${name} NAS`);

      // And the popup reads it back from the background.
      const again = asPage(await driver.open('popup.html?q=8443'));
      await waitFor(() => again.evaluate((t: string) => (document.querySelector('#pl-result-0')?.textContent ?? '').includes(`Your note: ${t}`), `${name} NAS`), 'the imported note in the popup');
      await (options as unknown as PwPage).close();
    });

    it('rebuilds the knowledge base from the Data section', async () => {
      const options = asPage(await driver.open('options.html#data'));
      await waitForText(options, /Stateready/, 'the knowledge base to be ready');
      await clickButton(options, 'Rebuild the knowledge base');
      await waitForText(options, /Rebuilt: [\d,]+ ports loaded\./, 'the rebuild to finish');
      const ports = Number((/Rebuilt: ([\d,]+) ports/.exec(await bodyText(options)) ?? [])[1]?.replace(/,/g, ''));
      expect(ports).toBeGreaterThan(6000);
      await options.close();
    });
  });
}
