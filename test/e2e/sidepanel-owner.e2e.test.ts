// Owners in the side panel page, in real Chromium and Firefox ESR: the panel's own owner worker loads
// the owner table shipped in the extension, fills the owner and country columns for public senders,
// names the owner in a finding and says how many scanning sources are research scanners.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDriver, waitFor, type ExtensionDriver } from './extension-driver';
import { asPanel, typeLog, waitForText, type PanelPage } from './sidepanel-page';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

/** Port scans from Censys, Internet-Measurement.com, Hetzner, a French ISP and a documentation address. */
const OWNER_SCAN = readFileSync('test/fixtures/sidepanel/owner-scan.log', 'utf8');

for (const name of ['chromium', 'firefox'] as const) {
  describe(`side panel owners in ${name}`, () => {
    let driver: ExtensionDriver;
    let page: PanelPage;
    beforeAll(async () => {
      driver = await launchDriver(name);
      page = asPanel(await driver.open('sidepanel.html'));
    }, 60_000);
    afterAll(async () => driver?.close());

    it('fills the owner column for a public sender and names the owner in its finding', async () => {
      await waitFor(() => page.evaluate(() => Boolean(document.querySelector('#pl-log-input')), null), 'the input box');
      await typeLog(page, OWNER_SCAN);
      await waitForText(page, /81 events from 81 lines/, 'the analysis');
      await waitForText(page, /2 of the 5 scanning sources are research scanners; 1 is a rented cloud or hosting server\./, 'the scanning-sources line');
      const status = await page.evaluate(() => document.querySelector('.pl-events')?.getAttribute('data-owners'), null);
      expect(status).toBe('ready');
      const first = await page.evaluate(() => [...document.querySelectorAll('#pl-row-1 [role="cell"]')].map((c) => c.textContent), null);
      expect(first.slice(3, 6)).toEqual(['162.142.125.10', 'AS398324 Censys, Inc.', '🇺🇸 US']);
      const finding = await page.evaluate(() => {
        const head = [...document.querySelectorAll('.pl-finding-head')].find((h) => h.textContent?.includes('88.198.1.1'));
        return `${head?.querySelector('.pl-finding-title')?.textContent} ${head?.querySelector('.pl-finding-actor')?.textContent}`;
      }, null);
      expect(finding).toBe('Port scan from 88.198.1.1 — AS24940 Hetzner Online GmbH (DE), hosting company');
      // The documentation address has no owner: filtered to it, its owner cell stays empty.
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#pl-filter-source')!;
        input.value = '203.0.113.66';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, null);
      await waitForText(page, /16 of 81 events/, 'the source filter');
      const documentation = await page.evaluate(() => [...document.querySelectorAll('#pl-row-65 [role="cell"]')].map((c) => c.textContent), null);
      expect(documentation.slice(3, 6)).toEqual(['203.0.113.66', '', '']);
    });
  });
}
