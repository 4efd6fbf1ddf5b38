// `npm run screenshots`: the store and README pictures in docs/, taken in Chromium through the
// end-to-end harness (the built extension, the bundled demo page, real input): the page card on
// the demo router page, the popup with a lookup, the side panel with findings. Not part of npm test.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browsers/chromium';
import { allHighlighted, cardText, highlightBox, hover } from '../test/e2e/content-page-probe';
import { sleep, waitFor } from '../test/e2e/extension-driver';
// @ts-expect-error plain ES module without types
import { startStaticServer } from './static-server.mjs';

const OUT = 'docs';
const SIDE_PANEL_LOG = readFileSync('test/fixtures/sidepanel/mixed-scan.log', 'utf8');

async function shoot(page: Page, file: string): Promise<void> {
  await sleep(300); // let fonts and the last layout settle
  await page.screenshot({ path: `${OUT}/${file}` });
  console.log(`wrote ${OUT}/${file}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer(['demo']);
  const session = await launchChromium();
  try {
    const demo = await session.context.newPage();
    await demo.setViewportSize({ width: 1100, height: 720 });
    await demo.goto(`${server.url}/router-demo.html`);
    await waitFor(async () => (await allHighlighted(demo)).includes('3389') || null, 'the demo page to be annotated');
    await hover(demo, (await highlightBox(demo, '3389'))!);
    await waitFor(async () => {
      const text = await cardText(demo);
      return /Copy/.test(text) && !/Looking it up/.test(text) ? text : null;
    }, 'the card for port 3389');
    await shoot(demo, 'screenshot-card.png');

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.fill('#pl-query', '3389');
    await waitFor(() => popup.evaluate(() => /Remote Desktop|ms-wbt/i.test(document.body.textContent ?? '')), 'the popup to explain 3389');
    await shoot(popup, 'screenshot-popup.png');

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 480, height: 820 });
    await panel.goto(session.extensionUrl('sidepanel.html'));
    await waitFor(() => panel.evaluate(() => Boolean(document.querySelector('#pl-log-input'))), 'the side panel');
    await panel.evaluate((text: string) => {
      const box = document.querySelector<HTMLTextAreaElement>('#pl-log-input')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, SIDE_PANEL_LOG);
    await waitFor(() => panel.evaluate(() => Boolean(document.querySelector('.pl-finding-title'))), 'the side panel findings', 30_000);
    await shoot(panel, 'screenshot-sidepanel.png');
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
