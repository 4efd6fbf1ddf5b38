// The UI in German in real Chromium and Firefox ESR: a browser set to German gets the popup and the
// welcome page, the page card, the side panel (its owner words included) and the options page in
// German, from the shipped locale files; the knowledge texts stay English for now.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, cardAttribute, cardText, highlightBox, hover } from './content-page-probe';
import { launchDriver, waitFor, type ExtensionDriver } from './extension-driver';
import { asPanel, typeLog, waitForText } from './sidepanel-page';
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

/** The page calls playwright-core and puppeteer-core share. */
interface Page {
  type(selector: string, text: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  close(): Promise<void>;
}
const asPage = (p: unknown) => p as Page;

/** Port scans from Censys, Internet-Measurement.com, Hetzner, a French ISP and a documentation address. */
const OWNER_SCAN = readFileSync('test/fixtures/sidepanel/owner-scan.log', 'utf8');

const pageFacts = (page: Page) =>
  page.evaluate(
    () => ({
      lang: document.documentElement.lang,
      title: document.title,
      label: document.querySelector('label[for="pl-query"]')?.textContent ?? '',
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent ?? ''),
      text: document.body.textContent ?? '',
    }),
    null,
  );

for (const name of ['chromium', 'firefox'] as const) {
  describe(`German UI in ${name}`, () => {
    let driver: ExtensionDriver;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      server = await startStaticServer(['demo']);
      driver = await launchDriver(name, { language: 'de' });
    }, 90_000);
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('shows the popup in German, and its answers with German labels', async () => {
      const popup = asPage(await driver.open('popup.html'));
      const facts = await waitFor(async () => {
        const f = await pageFacts(popup);
        return f.label ? f : null;
      }, 'the popup to render');
      expect(facts.lang).toBe('de');
      expect(facts.label).toBe('Port, Portbereich, Dienst, Adresse, CIDR, AS, ICMP-Typ oder Thema nachschlagen');
      expect(facts.buttons).toEqual(expect.arrayContaining(['Diese Seite markieren', 'Immer auf dieser Website', 'Seitenleiste öffnen']));
      expect(facts.text).toMatch(/Probieren Sie eines davon/);

      await popup.type('#pl-query', '3389');
      const card = await waitFor(
        () => popup.evaluate(() => document.querySelector('#pl-result-0')?.textContent ?? null, null),
        'a result for 3389',
        20_000,
      );
      expect(card).toMatch(/Was zu tun ist:/);
      // The knowledge text itself is English for now.
      expect(card).toMatch(/RDP|Remote Desktop/);
      const listLabel = await popup.evaluate(() => document.getElementById('pl-results')?.getAttribute('aria-label') ?? '', null);
      expect(listLabel).toMatch(/^\d+ Ergebnis(se)?$/);
      await popup.close();
    }, 60_000);

    it('shows the page card in German on the demo router page, its knowledge text in English', async () => {
      const page = await driver.openUrl(`${server.url}/router-demo.html`);
      await waitFor(async () => (await allHighlighted(page)).includes('3389') || null, 'the demo page to be annotated');
      await hover(page, (await highlightBox(page, '3389'))!);
      const text = await waitFor(async () => {
        const t = await cardText(page);
        return /Kopieren/.test(t) && !/Wird nachgeschlagen/.test(t) ? t : null;
      }, 'the German card for 3389', 20_000);
      expect(text).toMatch(/Im Popup nachschlagen/);
      expect(text).toMatch(/RDP/);
      expect(await cardAttribute(page, '.plh-body', 'aria-label')).toBe('Was PortLens über 3389 weiß');
      expect(await cardAttribute(page, 'html', 'lang')).toBe('de');
      await asPage(page).close();
    }, 60_000);

    it('shows the welcome page in German, with the page title', async () => {
      const welcome = asPage(await driver.open('onboarding.html'));
      const facts = await waitFor(async () => {
        const f = await pageFacts(welcome);
        return f.text.trim() ? f : null;
      }, 'the welcome page to render');
      expect(facts.title).toBe('Willkommen bei PortLens');
      expect(facts.text).toMatch(/Datenschutz von Grund auf/);
      expect(facts.text).toMatch(/„Auswahl in PortLens analysieren“/);
      await welcome.close();
    }, 60_000);

    it('shows the side panel in German, its table headers and status included', async () => {
      const opened = await driver.open('sidepanel.html');
      const panel = asPanel(opened);
      const label = await waitFor(
        () => panel.evaluate(() => document.querySelector('label[for="pl-log-input"]')?.textContent || null, null),
        'the side panel to render',
      );
      expect(label).toBe('Firewall-Log einfügen, Datei hierher ziehen oder eine öffnen');
      const head = await panel.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }), null);
      expect(head).toEqual({ lang: 'de', title: 'PortLens-Log-Analyse' });

      await typeLog(panel, 'Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.7 DST=192.0.2.10 LEN=60 TTL=50 PROTO=TCP SPT=44123 DPT=23 SYN');
      await waitForText(panel, /1 Ereignis aus 1 Zeile/, 'the German status line');
      const headers = await panel.evaluate(() => [...document.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent ?? ''), null);
      expect(headers).toEqual(expect.arrayContaining(['Zeit', 'Aktion', 'Quelle', 'Zielport', 'Bedeutung']));

      // The owner words: the scanning-sources line under the summary (the kinds of network are knowledge text).
      await typeLog(panel, OWNER_SCAN);
      await waitForText(panel, /2 der 5 scannenden Quellen sind Forschungsscanner; 1 ist ein gemieteter Cloud- oder Hosting-Server\./, 'the German scanning-sources line', 30_000);
      await asPage(opened).close();
    }, 60_000);

    it('shows the options page in German, its section headings and the note on English knowledge texts', async () => {
      const options = asPage(await driver.open('options.html'));
      const headings = await waitFor(async () => {
        const h = await options.evaluate(() => [...document.querySelectorAll('h2')].map((e) => e.textContent ?? ''), null);
        return h.length ? h : null;
      }, 'the options page to render');
      expect(headings).toEqual(['Notizen', 'Websites', 'Hervorhebung', 'Daten', 'Über PortLens']);
      const facts = await pageFacts(options);
      expect(facts).toMatchObject({ lang: 'de', title: 'PortLens-Einstellungen' });
      expect(facts.text).toMatch(/vorerst nur auf Englisch/);
      await options.close();
    }, 60_000);
  });
}
