// The store and README pictures in docs/, taken in Chromium by the built extension on real input:
// the page card on the demo router page, the popup with a lookup, the side panel with findings.
// Each picture is taken only once the page shows what it is meant to show, so a blank or half-drawn
// page fails here instead of landing in docs/. The same build on the same machine draws the same
// pixels, so a rerun leaves docs/ unchanged unless the UI changed (the side panel's timing line is
// kept out of its picture for that reason).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { allHighlighted, cardText, highlightBox, hover } from './content-page-probe';
import { sleep, waitFor } from './extension-driver';
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';

const OUT = 'docs';
/** Port scans from Censys, Internet-Measurement.com, Hetzner, a French ISP and a documentation address. */
const OWNER_SCAN = readFileSync('test/fixtures/sidepanel/owner-scan.log', 'utf8');

/** Width and height from a PNG's header (IHDR), to check the file is the picture asked for. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Takes the viewport once fonts and the last layout have settled, writes it into docs/, checks its size. */
async function shoot(page: Page, file: string, size: { width: number; height: number }): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await sleep(300);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  expect(pngSize(png)).toEqual(size);
  writeFileSync(`${OUT}/${file}`, png);
}

describe('screenshots for the README and the stores, in Chromium', () => {
  let session: ChromiumSession;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startStaticServer(['demo']);
    session = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the page card for port 3389 on the demo router page', async () => {
    const demo = await session.context.newPage();
    const size = { width: 1100, height: 720 };
    await demo.setViewportSize(size);
    await demo.goto(`${server.url}/router-demo.html`);
    await waitFor(async () => (await allHighlighted(demo)).includes('3389') || null, 'the demo page to be annotated');
    await hover(demo, (await highlightBox(demo, '3389'))!);
    const text = await waitFor(async () => {
      const t = await cardText(demo);
      return /Copy/.test(t) && !/Looking it up/.test(t) ? t : null;
    }, 'the card for port 3389');
    expect(text).toMatch(/3389/);
    expect(text).toMatch(/Remote Desktop|RDP/);
    await shoot(demo, 'screenshot-card.png', size);
    await demo.close();
  });

  it('shows the popup explaining port 3389', async () => {
    const popup = await session.context.newPage();
    const size = { width: 420, height: 600 };
    await popup.setViewportSize(size);
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.fill('#pl-query', '3389');
    const result = await waitFor(() => popup.evaluate(() => document.querySelector('#pl-result-0')?.textContent || null), 'the popup to explain 3389', 20_000);
    expect(result).toMatch(/3389/);
    expect(result).toMatch(/Remote Desktop|RDP/);
    await shoot(popup, 'screenshot-popup.png', size);
    await popup.close();
  });

  it('shows the side panel with findings naming their owners', async () => {
    const panel = await session.context.newPage();
    const size = { width: 480, height: 820 };
    await panel.setViewportSize(size);
    await panel.goto(session.extensionUrl('sidepanel.html'));
    await waitFor(() => panel.evaluate(() => Boolean(document.querySelector('#pl-log-input'))), 'the side panel');
    await panel.evaluate((text: string) => {
      const box = document.querySelector<HTMLTextAreaElement>('#pl-log-input')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, OWNER_SCAN);
    await waitFor(() => panel.evaluate(() => document.querySelector('.pl-events')?.getAttribute('data-owners') === 'ready' || null), 'the owners of the senders', 30_000);
    const shown = await panel.evaluate(() => ({
      findings: [...document.querySelectorAll('.pl-finding-head')].map((h) => h.textContent ?? ''),
      owners: document.querySelector('#pl-owner-summary')?.textContent ?? '',
    }));
    expect(shown.findings.some((f) => f.includes('Port scan from 88.198.1.1') && f.includes('AS24940 Hetzner Online GmbH'))).toBe(true);
    expect(shown.owners).toMatch(/2 of the 5 scanning sources are research scanners/);
    // From the summary down: the status line above it carries the analysis time, which differs per run.
    await panel.evaluate(() => document.querySelector('#pl-summary')!.scrollIntoView({ block: 'start' }));
    await shoot(panel, 'screenshot-sidepanel.png', size);
    await panel.close();
  });
});
