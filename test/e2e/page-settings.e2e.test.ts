// The options page's Sites switches and Highlighting settings reaching open pages, the page card
// from the keyboard, the card's accessibility and the toolbar icon, in real Chromium and Firefox
// ESR. Settings are changed the way a person does: on the options page.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';
import { PAGE_SETTINGS_KEY } from '../../components/options/page-settings';
import { TOOLBAR_TITLES } from '../../entrypoints/background/toolbar-icon';
import { seriousViolations } from './axe-check';
import { allHighlighted, cardFrame, cardText, highlightBox, highlightTexts, hover } from './content-page-probe';
import { launchDriver, sleep, waitFor, type AnyPage, type ExtensionDriver } from './extension-driver';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

const PAGE = 'keyboard-log.html';

/** The parts of the extension API these tests read from an extension page (types only). */
interface ExtApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  action?: { getTitle(d: { tabId: number }): Promise<string> };
  browserAction?: { getTitle(d: { tabId: number }): Promise<string> };
}
type ExtGlobal = { browser?: ExtApi; chrome?: ExtApi };
const evaluate = <R, A = null>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A = null as A): Promise<R> => (page as PwPage).evaluate(fn as never, arg) as Promise<R>;

/** The options page, rendered with the settings loaded (the switches are enabled then). */
async function openOptions(driver: ExtensionDriver): Promise<AnyPage> {
  const page = await driver.open('options.html');
  await waitFor(() => evaluate(page, () => !!document.querySelector('input[name="mark-addresses"]') && !document.querySelector('input[role="switch"]:disabled')), 'the options page settings');
  return page;
}

/** Clicks a control of the options page and waits until storage.local holds the change. */
async function clickSetting(options: AnyPage, selector: string): Promise<void> {
  const before = await storedSettings(options);
  await (options as PwPage).click(selector);
  await waitFor(async () => (await storedSettings(options)) !== before || null, `the setting ${selector} to be saved`);
}

function storedSettings(page: AnyPage): Promise<string> {
  return evaluate(page, async (key: string) => {
    const api = (globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome!;
    return JSON.stringify((await api.storage.local.get(key))[key] ?? null);
  }, PAGE_SETTINGS_KEY);
}

/** Alt+Shift+K as the person's keyboard sends it (trusted events). */
async function pressCardShortcut(page: AnyPage): Promise<void> {
  const k = (page as PpPage).keyboard;
  await k.down('Alt');
  await k.down('Shift');
  await k.press('KeyK');
  await k.up('Shift');
  await k.up('Alt');
}

const activeTag = (page: AnyPage) => evaluate(page, () => `${document.activeElement?.tagName}#${document.activeElement?.id ?? ''}`);

/** The toolbar title of every tab, read through the browser's own action API from an extension page. */
function toolbarTitles(ext: AnyPage): Promise<{ id: number; title: string }[]> {
  return evaluate(ext, async () => {
    const api = (globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome!;
    const action = (api.action ?? api.browserAction)!;
    const tabs = await api.tabs.query({});
    return Promise.all(tabs.map(async (t: { id?: number }) => ({ id: t.id!, title: await action.getTitle({ tabId: t.id! }) })));
  });
}

for (const name of ['chromium', 'firefox'] as const) {
  describe(`page settings, keyboard card and toolbar icon in ${name}`, () => {
    let driver: ExtensionDriver;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      server = await startStaticServer(['test/fixtures/keyboard']);
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    afterEach(async () => {
      const ext = await driver.open('options.html');
      await evaluate(ext, (key: string) => ((globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome!).storage.local.remove(key), PAGE_SETTINGS_KEY);
      await ext.close();
    });

    it('does not annotate a default host switched off, and annotates it once switched on again', async () => {
      const options = await openOptions(driver);
      await clickSetting(options, 'input[aria-label="PortLens runs on 127.0.0.1"]');
      const off = await driver.openUrl(`${server.url}/${PAGE}`);
      // localhost is another default host, still on: the same page there is the control.
      const on = await driver.openUrl(`${server.url.replace('127.0.0.1', 'localhost')}/${PAGE}`);
      await waitFor(async () => (await allHighlighted(on)).includes('203.0.113.50') || null, 'the page on localhost to be annotated');
      await sleep(500);
      expect(await allHighlighted(off)).toEqual([]);
      await clickSetting(options, 'input[aria-label="PortLens runs on 127.0.0.1"]');
      await waitFor(async () => (await allHighlighted(off)).includes('203.0.113.50') || null, 'the page on 127.0.0.1 to be annotated once switched on');
      await Promise.all([off.close(), on.close(), options.close()]);
    });

    it('removes the address highlights from an open page when addresses are switched off', async () => {
      const page = await driver.openUrl(`${server.url}/${PAGE}`);
      await waitFor(async () => ((await highlightTexts(page))['portlens-ip'] ?? []).includes('198.51.100.7') || null, 'addresses to be highlighted');
      const options = await openOptions(driver);
      await clickSetting(options, 'input[name="mark-addresses"]');
      const after = await waitFor(async () => {
        const byName = await highlightTexts(page);
        return byName['portlens-ip'] === undefined ? byName : null;
      }, 'the address highlights to go');
      expect(Object.values(after).flat()).toContain('3389');
      expect(Object.values(after).flat()).not.toContain('198.51.100.7');
      await Promise.all([page.close(), options.close()]);
    });

    it('opens the card of the next token from the keyboard, keeps focus in it, and Esc gives focus back', async () => {
      const page = await driver.openUrl(`${server.url}/${PAGE}`);
      await waitFor(async () => (await allHighlighted(page)).includes('203.0.113.50') || null, 'the log to be annotated');
      await (page as PwPage).focus('#before-log');
      await pressCardShortcut(page);
      await waitFor(async () => /203\.0\.113\.50/.test(await cardText(page)) || null, 'the card of the first address after the button');
      expect(await activeTag(page)).toBe('PORTLENS-CARD#');
      const frame = (await cardFrame(page))!;
      await waitFor(() => frame.evaluate(() => document.activeElement?.tagName === 'BUTTON', null), 'focus on a card button');
      // Focus stays in the pinned card however often Tab is pressed.
      for (let i = 0; i < 8; i++) await (page as PwPage).keyboard.press('Tab');
      expect(await activeTag(page)).toBe('PORTLENS-CARD#');
      expect(await frame.evaluate(() => !!document.activeElement?.closest('.plh-card'), null)).toBe(true);
      await (page as PwPage).keyboard.press('Escape');
      await waitFor(async () => (await cardText(page)) === '' || null, 'Esc to close the card');
      expect(await activeTag(page)).toBe('BUTTON#before-log');
      // Again: the next token after the one just shown.
      await pressCardShortcut(page);
      await waitFor(async () => /192\.168\.1\.10/.test(await cardText(page)) || null, 'the card of the next token');
      await page.close();
    });

    it('a script cannot open the card with a made-up shortcut', async () => {
      const page = await driver.openUrl(`${server.url}/${PAGE}`);
      await waitFor(async () => (await allHighlighted(page)).includes('203.0.113.50') || null, 'the log to be annotated');
      await evaluate(page, () => window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', key: 'K', altKey: true, shiftKey: true, bubbles: true })));
      await sleep(800);
      expect(await cardText(page)).toBe('');
      await page.close();
    });

    it('the page card has no serious or critical axe violations', async () => {
      const page = await driver.openUrl(`${server.url}/${PAGE}`);
      await waitFor(async () => (await allHighlighted(page)).includes('3389') || null, 'port 3389 to be highlighted');
      await hover(page, (await highlightBox(page, '3389'))!);
      await waitFor(async () => /Copy/.test(await cardText(page)) && !/Looking it up/.test(await cardText(page)) || null, 'the card for port 3389');
      expect(await seriousViolations((await cardFrame(page))! as never)).toEqual([]);
      await page.close();
    });

    it('shows the active toolbar icon on an annotated tab and the idle one after it navigates away', async () => {
      const ext = await driver.open('options.html');
      const before = new Set((await toolbarTitles(ext)).map((t) => t.id));
      const page = await driver.openUrl(`${server.url}/${PAGE}`);
      await waitFor(async () => (await allHighlighted(page)).length > 0 || null, 'the page to be annotated');
      const tab = await waitFor(async () => (await toolbarTitles(ext)).find((t) => !before.has(t.id) && t.title === TOOLBAR_TITLES.active) ?? null, 'the annotated tab to show the active icon');
      const ownTab = await evaluate(ext, async () => (await ((globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome!).tabs.getCurrent())?.id);
      expect((await toolbarTitles(ext)).find((t) => t.id === ownTab)?.title).toBe(TOOLBAR_TITLES.idle);
      await (page as PwPage).goto('about:blank');
      await waitFor(async () => (await toolbarTitles(ext)).find((t) => t.id === tab.id)?.title === TOOLBAR_TITLES.idle || null, 'the icon to go back to idle');
      await Promise.all([page.close(), ext.close()]);
    });
  });
}
