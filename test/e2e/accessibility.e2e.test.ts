// axe-core on the popup, the side panel, the options page and the welcome page, in light and dark
// mode, in real Chromium and Firefox ESR: no serious or critical violations.
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefersDark, seriousViolations } from './axe-check';
import { launchDriver, sendFromPage, waitFor, type ExtensionDriver } from './extension-driver';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

/** Each page, and what shows it has finished rendering. */
const PAGES: [page: string, ready: string][] = [
  ['popup.html', '#pl-query'],
  ['sidepanel.html', '#pl-log-input'],
  ['options.html', '#pl-notes-title'],
  ['onboarding.html', '#pl-open-demo'],
];

for (const name of ['chromium', 'firefox'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`accessibility in ${name}, ${scheme} mode`, () => {
      let driver: ExtensionDriver;
      beforeAll(async () => {
        driver = await launchDriver(name, { colorScheme: scheme });
        // A note, so the options page shows its list and buttons, not only the empty state.
        const page = await driver.open('popup.html');
        await sendFromPage(page, { type: 'note-set', key: 'port:8443', text: 'NAS web interface' });
        await page.close();
      }, 60_000);
      afterAll(async () => driver?.close());

      for (const [path, ready] of PAGES) {
        it(`${path} has no serious or critical violations`, async () => {
          const page = (await driver.open(path)) as PwPage;
          await waitFor(() => page.evaluate((s: string) => Boolean(document.querySelector(s)), ready), `${path} to render`);
          if (path === 'options.html') await waitFor(() => page.evaluate(() => document.querySelectorAll('.pl-opt-note').length > 0 && /IANA service names/.test(document.body.textContent ?? '')), 'the notes and the data sets');
          expect(await prefersDark(page)).toBe(scheme === 'dark');
          expect(await seriousViolations(page)).toEqual([]);
          await page.close();
        });
      }

      it('would notice a violation: an unnamed button and grey-on-grey text', async () => {
        const page = (await driver.open('options.html')) as PwPage;
        await waitFor(() => page.evaluate(() => Boolean(document.querySelector('#pl-notes-title'))), 'the options page');
        await page.evaluate(() => {
          const bad = document.createElement('div');
          bad.innerHTML = '<button type="button"></button><p style="color:#777;background:#888">hard to read</p>';
          document.querySelector('main')!.append(bad);
        });
        const found = await seriousViolations(page);
        expect(found.some((v) => v.includes('button-name'))).toBe(true);
        expect(found.some((v) => v.includes('color-contrast'))).toBe(true);
        await page.close();
      });
    });
  }
}
