// The toolbar popup page in real Chromium and Firefox ESR: type every kind of query, see the answer.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe-check';
import { launchDriver, sendFromPage, waitFor, type ExtensionDriver } from './extension-driver';

// Recent Firefox ESR (153 here) refuses WebDriver BiDi navigation to moz-extension:// pages unless system
// access is allowed (--remote-allow-system-access, or this variable). puppeteer passes the
// environment on to the browser it launches.
process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

/** The few page calls both playwright-core and puppeteer-core share. */
interface PopupPage {
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}
const asPopup = (page: PwPage | PpPage) => page as unknown as PopupPage;

const textOf = (page: PopupPage, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);
const attrOf = (page: PopupPage, selector: string, name: string) =>
  page.evaluate(([s, n]: [string, string]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as [string, string]);

async function waitForText(page: PopupPage, selector: string, pattern: RegExp, what: string) {
  let last = '';
  try {
    return await waitFor(async () => {
      last = await textOf(page, selector);
      return pattern.test(last) ? last : null;
    }, what, 20_000);
  } catch (e) {
    throw new Error(`${(e as Error).message}; last text: ${last.slice(0, 300)}`);
  }
}

/** Clears the box with Escape (one of the popup's keys), then types the query. */
async function lookUp(page: PopupPage, query: string) {
  await page.click('#pl-query');
  if (await page.evaluate(() => (document.querySelector('#pl-query') as HTMLInputElement).value, null)) {
    await page.keyboard.press('Escape');
    await waitFor(async () => (await page.evaluate(() => !document.querySelector('#pl-results, .pl-message, .pl-error'), null)) || null, 'the box to clear');
  }
  await page.type('#pl-query', query);
}

/** [kind, query, answer, where]: 'top' is the first result's card, 'list' any result. */
const QUERIES: [kind: string, query: string, answer: RegExp, where?: 'list'][] = [
  ['port', '31337', /Back Orifice/],
  ['tcp/port', 'tcp/3389', /3389\/tcp — RDP/],
  ['port/udp', '3389/udp', /3389\/udp/],
  ['range', '6970-7170', /RealAudio/],
  ['port inside a range', '33434', /33434–33600 — traceroute/, 'list'],
  ['service', 'ssh', /22\/tcp — SSH/, 'list'],
  ['partial service', 'netbi', /NetBIOS/, 'list'],
  ['alias', 'sub7', /SubSeven/, 'list'],
  ['trojan', 'netbus', /NetBus/, 'list'],
  ['trojan with a space', 'back orifice', /Back Orifice/, 'list'],
  ['IPv4', '192.168.1.1', /private/i],
  ['IPv6', '2001:db8::1', /documentation/i],
  ['CIDR', '10.0.0.0/8', /16777216[\s\S]*10\.255\.255\.255/],
  ['ICMP type/code', 'icmp 3/4', /fragmentation/i],
  ['ICMP type T code C', 'type 11 code 0', /ICMP type 11 code 0/],
  ['ICMPv6', 'icmpv6 135', /Neighbor Solicitation/i],
  ['topic smurf', 'smurf', /Smurf/],
  ['topic traceroute', 'traceroute', /Traceroute/],
  ['topic decoy', 'decoy', /Decoy scans/, 'list'],
  // What people copy out of logs (issue 9 §6): the right port card comes first.
  ['netfilter destination', 'DPT=23', /23\/tcp\/udp — Telnet/],
  ['netfilter source', 'SPT=53', /53\/tcp\/udp \(source\) — DNS server reply/],
  ['tcpdump destination', 'dst port 3389', /3389\/tcp\/udp — RDP/],
  ['protocol and port', 'udp 53', /53\/udp — DNS/],
  ['address and port', '203.0.113.5:22', /22\/tcp\/udp — SSH/],
  ['IPv6 address and port', '[2001:db8::1]:443', /443\/tcp\/udp — HTTPS/],
  ['AS number', 'AS 15169', /AS15169 Google LLC/],
];

for (const name of ['chromium', 'firefox'] as const) {
  describe(`popup in ${name}`, () => {
    let driver: ExtensionDriver;
    let page: PopupPage;
    beforeAll(async () => {
      driver = await launchDriver(name);
      page = asPopup(await driver.open('popup.html'));
    }, 60_000);
    afterAll(async () => driver?.close());

    it('opens with the search box focused and examples instead of a blank page', async () => {
      await waitFor(async () => (await page.evaluate(() => document.activeElement?.id, null)) === 'pl-query' || null, 'the search box to have focus');
      expect(await textOf(page, 'body')).toMatch(/Try one of these/);
      await page.click('button[aria-label="Look up icmp 3/4"]');
      await waitForText(page, '#pl-result-0', /fragmentation/i, 'the example to be looked up');
    });

    it('answers every kind of query', async () => {
      for (const [kind, query, answer, where] of QUERIES) {
        await lookUp(page, query);
        await waitForText(page, where === 'list' ? '#pl-results' : '#pl-result-0', answer, `${kind} "${query}" → ${answer}`);
      }
    });

    it('shows the side and what the firewall did on the port card', async () => {
      await lookUp(page, 'DPT=445 DROP');
      await waitForText(page, '#pl-result-0 .pl-outcome', /dropped it, so it reached nothing here/, 'the blocked-probe line');
      expect(await attrOf(page, '#pl-result-0 .pl-outcome', 'data-outcome')).toBe('blocked-probe');
      expect(await textOf(page, '#pl-result-0 .pl-risk')).toBe('Low');
      await lookUp(page, 'DPT=445 ACCEPT');
      await waitForText(page, '#pl-result-0 .pl-outcome', /let it in/, 'the exposed-service line');
      expect(await textOf(page, '#pl-result-0 .pl-risk')).toBe('Critical');
      await lookUp(page, 'SPT=443 PROTO=TCP');
      const card = await waitForText(page, '#pl-result-0', /443\/tcp \(source\) — HTTPS server reply/, 'the source-port card');
      expect(card).toMatch(/Seen as the source port/);
      expect(card).not.toMatch(/nc -l/);
      expect(await attrOf(page, '#pl-result-0 .pl-outcome', 'data-outcome')).toBe('reply');
    });

    it('takes the firewall action in explain-port and refuses a bad one', async () => {
      const reply = await sendFromPage(page as never, { type: 'explain-port', port: 5555, protocol: 'tcp', role: 'destination', action: 'deny' });
      expect(reply.ok).toBe(true);
      expect(reply.value).toMatchObject({ action: 'deny', risk: 'low', outcome: { kind: 'blocked-probe' } });
      const bad = await sendFromPage(page as never, { type: 'explain-port', port: 5555, action: 'drop' });
      expect(bad).toEqual({ ok: false, error: expect.stringMatching(/action must be allow or deny/) });
    });

    it('shows the message for invalid input', async () => {
      await lookUp(page, '70000');
      await waitForText(page, '[role="alert"]', /70000 is above 65535/, 'the out-of-range message');
      await lookUp(page, '10.0.0.0/33');
      await waitForText(page, '[role="alert"]', /not a valid CIDR block/, 'the bad CIDR message');
      expect(await textOf(page, 'body')).toMatch(/Examples of what PortLens understands/);
    });

    it('shows who holds an address, a block and an AS (issue 8)', async () => {
      // The first owner answer may wait for the background to load the owner data.
      await lookUp(page, '8.8.8.8');
      const line = await waitForText(page, '#pl-result-0 [data-testid="owner-line"]', /AS15169 Google LLC/, 'the owner line of 8.8.8.8');
      expect(line).toContain('registered in 🇺🇸 United States');
      expect(line).toMatch(/as of \d{4}-\d{2}-\d{2}/);
      expect(await textOf(page, '.pl-popup-body > .pl-owner-meta a[href="https://db-ip.com"]')).toBe('DB-IP');
      expect(await seriousViolations(page as never)).toEqual([]);
      await lookUp(page, '8.8.8.0/24');
      await waitForText(page, '#pl-result-0 [data-testid="owner-line"]', /AS15169 Google LLC/, 'the owner of the block 8.8.8.0/24');
      await lookUp(page, '8.8.4.0/22');
      await waitForText(page, '#pl-result-0 [data-testid="owner-line"]', /held by 3 ASes\); this is the owner of its first address/, 'the note on a block with several owners');
      await lookUp(page, '192.168.1.1');
      await waitForText(page, '#pl-result-0', /private/i, 'the private address card');
      expect(await page.evaluate(() => document.querySelector('[data-testid="owner-line"]') === null, null)).toBe(true);
      await lookUp(page, 'as15169');
      const as = await waitForText(page, '#pl-result-0 [data-kind="as"]', /AS15169 Google LLC/, 'the AS card for as15169');
      expect(as).toMatch(/IPv4 blocks\d/);
      await lookUp(page, 'hetzner');
      await waitForText(page, '#pl-result-0 [data-kind="as"]', /AS24940 Hetzner Online GmbH[\s\S]*registered in 🇩🇪 Germany/, 'Hetzner by name');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await attrOf(page, '#pl-result-1', 'data-expanded')).toBe('true');
      await waitForText(page, '#pl-result-1', /where most of its blocks are/, 'the opened AS card');
      expect(await seriousViolations(page as never)).toEqual([]);
    });

    it('moves with the arrow keys, expands with Enter and clears with Escape', async () => {
      await lookUp(page, 'netbios');
      await waitForText(page, '#pl-results', /NetBIOS/, 'netbios results');
      expect(await attrOf(page, '#pl-query', 'aria-activedescendant')).toBe('pl-result-0');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await attrOf(page, '#pl-query', 'aria-activedescendant')).toBe('pl-result-2');
      expect(await attrOf(page, '#pl-result-2', 'aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      expect(await attrOf(page, '#pl-result-2', 'data-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await page.evaluate(() => (document.querySelector('#pl-query') as HTMLInputElement).value === '', null)) || null, 'Escape to clear the box');
      await waitForText(page, 'body', /Recent lookups/, 'the recent lookups list');
    });

    it('saves a note on a port through the background and shows it on the card', async () => {
      await lookUp(page, '8443');
      await waitForText(page, '.pl-note-bar', /port 8443/, 'the note bar');
      await page.click('.pl-note-bar button');
      await page.type('#pl-note-text', `${name} NAS`);
      await page.click('.pl-note-editor button[type="submit"]');
      await waitForText(page, '#pl-result-0', new RegExp(`Your note: ${name} NAS`), 'the saved note on the card');
    });

    it('shows the context-menu hand-over: popup.html?q=31337 opens on Back Orifice', async () => {
      const handedOver = asPopup(await driver.open('popup.html?q=31337'));
      await waitForText(handedOver, '#pl-result-0', /Back Orifice/, 'the handed-over query');
      expect(await attrOf(handedOver, '#pl-result-0', 'data-expanded')).toBe('true');
      expect(await handedOver.evaluate(() => (document.querySelector('#pl-query') as HTMLInputElement).value, null)).toBe('31337');
    });

    it('takes a query the context menu stores while the popup is open', async () => {
      // The menu stores the selection, then opens the popup; an open popup picks it up from storage.
      const writer = asPopup(await driver.open('popup.html'));
      await writer.evaluate((q: string) => {
        type Area = { set(items: Record<string, unknown>): Promise<void> };
        const g = globalThis as unknown as { browser?: { storage: { session?: Area; local: Area } }; chrome: { storage: { session?: Area; local: Area } } };
        const storage = (g.browser ?? g.chrome).storage;
        return (storage.session ?? storage.local).set({ 'portlens.pendingQuery': { query: q, at: Date.now() } });
      }, 'icmpv6 135');
      await waitForText(page, '#pl-result-0', /Neighbor Solicitation/i, 'the stored hand-over');
      expect(await page.evaluate(() => (document.querySelector('#pl-query') as HTMLInputElement).value, null)).toBe('icmpv6 135');
    });

    it('reports clearly when this page cannot be annotated', async () => {
      // The active tab is this extension page itself, which no extension may script.
      await page.click('.pl-actions button');
      const text = await waitForText(page, '.pl-actions [role="alert"]', /Could not annotate this page/, 'the annotate error');
      expect(text).toMatch(/not in this build yet|cannot run on this page/);
    });
  });
}
