// The content script on fixture pages served from 127.0.0.1 (a default activation address), in
// real Chromium and Firefox ESR: highlights, the hover card, the page's DOM left alone, live
// pages, textarea logs, frames and shadow roots.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';
import { allHighlighted, cardAttribute, cardStatus, cardText, clickCardButton, highlightBox, highlightTexts, hover, inputBox, overlayMarkBox, overlayMarks, textBox } from './content-page-probe';
import { launchDriver, sleep, waitFor, type AnyPage, type ExtensionDriver } from './extension-driver';

const FIXTURES = 'test/fixtures/pages';

/** Opens a page with the body's HTML recorded at DOMContentLoaded, before any content script ran. */
async function openWithSnapshot(driver: ExtensionDriver, url: string): Promise<AnyPage> {
  const page = await driver.openUrl('about:blank');
  const snapshot = () => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __bodyBefore: string }).__bodyBefore = document.body.innerHTML;
    });
  };
  if (driver.name === 'chromium') await (page as PwPage).addInitScript(snapshot);
  else await (page as PpPage).evaluateOnNewDocument(snapshot);
  await (page as PwPage).goto(url);
  return page;
}

const evaluate = <R>(page: AnyPage, fn: () => R): Promise<R> => (page as PwPage).evaluate(fn) as Promise<R>;

for (const name of ['chromium', 'firefox'] as const) {
  describe(`content script in ${name}`, () => {
    let driver: ExtensionDriver;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      server = await startStaticServer([FIXTURES]);
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('highlights ports and addresses with CSS.highlights, one range per token', async () => {
      const page = await driver.openUrl(`${server.url}/pfsense-states-nat.html`);
      const texts = await waitFor(async () => {
        const all = await allHighlighted(page);
        const wanted = ['203.0.113.77:27015', '2001:db8:100::20[50412]', '198.51.100.0/24', '192.168.1.5'];
        return wanted.every((t) => all.includes(t)) ? all : null;
      }, 'the pfSense tokens to be highlighted');
      expect(texts).toEqual(expect.arrayContaining(['192.168.1.20:51522', '93.184.216.34:443', '198.51.100.0/24', '192.168.1.5']));
      const byName = await highlightTexts(page);
      expect(Object.keys(byName).every((n) => n.startsWith('portlens-'))).toBe(true);
      expect(byName['portlens-ip'].length).toBeGreaterThan(3);
      expect(texts).not.toContain('1.2 K / 3.4 K');
      expect(texts.some((t) => /^\d+:\d+$/.test(t) && t === '0:0')).toBe(false);
      await page.close();
    });

    it('shows a hover card with the service when the pointer rests on a port', async () => {
      const page = await driver.openUrl(`${server.url}/pfsense-states-nat.html`);
      await waitFor(async () => (await allHighlighted(page)).includes('22'), 'port 22 to be highlighted');
      const box = await highlightBox(page, '22');
      expect(box).not.toBeNull();
      await hover(page, box!);
      const text = await waitFor(async () => {
        const t = await cardText(page);
        return /ssh/i.test(t) && !/Looking it up/.test(t) ? t : null;
      }, 'the hover card to explain port 22');
      expect(text).toMatch(/22/);
      expect(text).toMatch(/Copy/);
      await (page as PwPage).keyboard.press('Escape');
      await waitFor(async () => (await cardText(page)) === '', 'Esc to close the card');
      await page.close();
    });

    it('leaves the page DOM unchanged (body innerHTML before and after, with a card open)', async () => {
      const page = await openWithSnapshot(driver, `${server.url}/pfsense-states-nat.html`);
      await waitFor(async () => (await allHighlighted(page)).length > 20, 'the page to be annotated');
      const box = await highlightBox(page, '192.168.1.5');
      await hover(page, box!);
      await waitFor(async () => (await cardText(page)).includes('192.168.1.5'), 'the hover card');
      const result = await evaluate(page, () => ({
        before: (window as unknown as { __bodyBefore?: string }).__bodyBefore,
        after: document.body.innerHTML,
        ownOutsideBody: Array.from(document.querySelectorAll('portlens-card, portlens-overlay, #portlens-highlight-style')).every((e) => !document.body.contains(e)),
      }));
      expect(result.before).toBeTruthy();
      expect(result.after).toBe(result.before);
      expect(result.ownOutsideBody).toBe(true);
      await page.close();
    });

    it('keeps annotating a live log (new Text nodes and appendData every 200 ms)', async () => {
      const page = await driver.openUrl(`${server.url}/cisco-asa-syslog-pre.html?fast=1`);
      await waitFor(async () => (await allHighlighted(page)).includes('203.0.113.10/51234'), 'the static log to be highlighted');
      await evaluate(page, () => {
        const live = document.getElementById('live')!;
        let n = 0;
        const timer = setInterval(() => {
          const line = `Oct 12 14:05:${String(n).padStart(2, '0')} kernel: DROP SRC=192.0.2.${200 + n} DST=203.0.113.45 PROTO=TCP SPT=${50000 + n} DPT=3389\n`;
          if (n % 2) live.appendChild(document.createTextNode(line));
          else (live.lastChild as Text).appendData(line);
          if (++n === 10) clearInterval(timer);
        }, 200);
      });
      await sleep(2300);
      const texts = await waitFor(async () => {
        const all = await allHighlighted(page);
        return Array.from({ length: 10 }, (_, n) => `192.0.2.${200 + n}`).every((ip) => all.includes(ip)) ? all : null;
      }, 'every appended line to be highlighted');
      expect(texts).toEqual(expect.arrayContaining(['50009', '192.0.2.209']));
      expect(texts.filter((t) => t === '<stale>')).toEqual([]);
      const byName = await highlightTexts(page);
      expect(byName['portlens-risk-high'] ?? []).toContain('3389');
      await page.close();
    });

    it('marks a readonly textarea log through an overlay and opens cards from it', async () => {
      const page = await driver.openUrl(`${server.url}/asus-syslog.html?fast=1`);
      const marks = await waitFor(async () => {
        const m = await overlayMarks(page);
        return m.includes('192.168.1.20:53312') ? m : null;
      }, 'marks over the ASUS textarea');
      expect(marks).toEqual(expect.arrayContaining(['203.0.113.1', '198.51.100.7:49877']));
      const box = await overlayMarkBox(page, '192.168.1.20:53312');
      expect(box).not.toBeNull();
      await hover(page, box!);
      const text = await waitFor(async () => {
        const t = await cardText(page);
        return t.includes('53312') && !/Looking it up/.test(t) ? t : null;
      }, 'the hover card over the textarea');
      expect(text).toMatch(/192\.168\.1\.20/);
      expect(text).toMatch(/private/i);
      await page.close();
    });

    it('opens cards for input values (DD-WRT rule fields)', async () => {
      const page = await driver.openUrl(`${server.url}/ddwrt-port-forward.html`);
      await waitFor(async () => (await allHighlighted(page)).length > 0, 'the page to be annotated');
      const box = await inputBox(page, '8080');
      await hover(page, box!);
      const text = await waitFor(async () => {
        const t = await cardText(page);
        return /http/i.test(t) && !/Looking it up/.test(t) ? t : null;
      }, 'a card for the input value 8080');
      expect(text).toContain('8080');
      await page.close();
    });

    it('hands the surrounding log to the side panel and the token to the popup', async () => {
      const page = await driver.openUrl(`${server.url}/cisco-asa-syslog-pre.html`);
      await waitFor(async () => (await allHighlighted(page)).includes('10.0.0.5(22)'), 'the log to be annotated');
      await hover(page, (await highlightBox(page, '10.0.0.5(22)'))!);
      await waitFor(async () => /ssh/i.test(await cardText(page)), 'the card for 10.0.0.5(22)');
      const click = (label: string) => clickCardButton(page, label);
      // Look up first: once headless Chromium shows its side panel, it routes no more input to
      // extension frames inside the tab (the popup does not have that effect).
      await click('Look up in popup');
      const looked = await waitFor(() => cardStatus(page), 'the look-up status');
      expect(looked).toMatch(/^(Opened in the PortLens popup|Opened PortLens in a new tab)/);
      await sleep(1000); // a second hand-over needs a second gesture (the background's gate)
      await click('Analyse log');
      // Chromium opens its side panel (the click's gesture reaches the background); where a
      // browser refuses, sidepanel.html opens in a tab. Either reads the log from storage.
      const analysed = await waitFor(async () => ((await cardStatus(page)) !== looked ? cardStatus(page) : ''), 'the analyse status');
      expect(analysed).toMatch(name === 'chromium' ? /^Sent to the side panel/ : /^(Sent to the side panel|Opened the analysis in a new tab)/);
      await page.close();
    });

    it('reads the log line on the card: the owner of a public address, the action, the packet fields', async () => {
      const page = await driver.openUrl(`${server.url}/ufw-public-log.html`);
      await waitFor(async () => (await allHighlighted(page)).includes('8.8.8.8'), 'the UFW log to be annotated');
      // Packet fields are hoverable, but not highlighted by default.
      expect(await allHighlighted(page)).not.toContain('TTL=47');
      const open = async (box: Awaited<ReturnType<typeof textBox>>, test: (text: string) => boolean, what: string) => {
        await (page as PwPage).keyboard.press('Escape');
        await waitFor(async () => (await cardText(page)) === '', 'the previous card to close');
        expect(box, what).not.toBeNull();
        await hover(page, box!);
        return waitFor(async () => {
          const t = await cardText(page);
          return test(t) && !/Looking it up/.test(t) ? t : null;
        }, what);
      };

      const owner = await open(await highlightBox(page, '8.8.8.8'), (t) => /AS15169/.test(t), 'the owner of 8.8.8.8');
      expect(owner).toMatch(/Google/i);

      await open(await textBox(page, 'DPT=445', '445', 0), (t) => /445/.test(t) && /microsoft-ds|smb/i.test(t), 'the card of DPT=445 on the BLOCK line');
      expect(await cardAttribute(page, '.pl-outcome', 'data-outcome')).toBe('blocked-probe');
      await open(await textBox(page, 'DPT=445', '445', 1), (t) => /445/.test(t) && /microsoft-ds|smb/i.test(t), 'the card of DPT=445 on the ALLOW line');
      expect(await cardAttribute(page, '.pl-outcome', 'data-outcome')).toBe('exposed-service');

      const ttl = await open(await textBox(page, 'TTL=47'), (t) => /TTL 47/.test(t), 'the packet-field card of TTL=47');
      expect(ttl).toMatch(/Packet field/);
      expect(ttl).toMatch(/likely started at 64/);
      expect(await cardAttribute(page, '.pl-card[data-kind="packet"]', 'data-field')).toBe('ttl');
      // The rest of the same packet, read from its line: the flags and the scanner's IP ID.
      expect(ttl).toMatch(/SYN\+FIN/);
      expect(ttl).toMatch(/54321/);
      expect(ttl).not.toMatch(/Look up in popup/); // the popup's search has nothing on "TTL=47"
      await page.close();
    });

    it('annotates open shadow roots and every frame', async () => {
      const page = await driver.openUrl(`${server.url}/webcomponents-shadow.html`);
      await waitFor(async () => (await allHighlighted(page)).length > 3, 'tokens inside shadow roots');
      const netgear = await driver.openUrl(`${server.url}/netgear-log.html`);
      const frameMarks = await waitFor(async () => {
        for (const frame of (netgear as PwPage).frames()) {
          const m = await frame.evaluate(() => Array.from(document.querySelector('portlens-overlay')?.shadowRoot?.querySelectorAll('mark') ?? [], (x) => x.textContent)).catch(() => [] as (string | null)[]);
          if (m.includes('198.51.100.9,4787') || m.includes('192.168.1.5:22')) return m;
        }
        return null;
      }, 'marks in the NETGEAR log frame');
      expect(frameMarks.length).toBeGreaterThan(5);
      await page.close();
      await netgear.close();
    });
  });
}
