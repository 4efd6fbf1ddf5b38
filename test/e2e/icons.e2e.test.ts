// The icons in the built manifests: every size is declared for the extension and the toolbar, the
// file is a real PNG of that size, and the browser itself decodes it at that size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './browsers/chromium';
import { FIREFOX_BUILD } from './browsers/firefox';
import { launchDriver, type ExtensionDriver } from './extension-driver';

process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS ??= '1';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type IconMap = Record<string, string>;

for (const [name, build, actionKey] of [['chromium', CHROME_BUILD, 'action'], ['firefox', FIREFOX_BUILD, 'browser_action']] as const) {
  describe(`icons in the ${name} build`, () => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    const icons: IconMap = manifest.icons ?? {};
    const toolbar: IconMap = manifest[actionKey]?.default_icon ?? {};
    let driver: ExtensionDriver;
    beforeAll(async () => {
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => driver?.close());

    it('declares 16, 32, 48 and 128 px icons and 16/32 px toolbar icons', () => {
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      expect(Object.keys(toolbar).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32']);
    });

    it('ships each declared icon as a PNG of its declared size', () => {
      for (const [size, path] of [...Object.entries(icons), ...Object.entries(toolbar)]) {
        expect(pngSize(readFileSync(join(build, path))), `${path} in ${name}`).toEqual({ width: Number(size), height: Number(size) });
      }
    });

    it('decodes each icon in the browser at its declared size', async () => {
      const page = (await driver.open('popup.html')) as PwPage;
      const urls = [...Object.entries(icons), ...Object.entries(toolbar)].map(([size, path]) => [size, driver.extensionUrl(path)] as [string, string]);
      const decoded = await page.evaluate((list: [string, string][]) => Promise.all(list.map(([size, url]) => new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(`${size}:${img.naturalWidth}x${img.naturalHeight}`);
        img.onerror = () => resolve(`${size}:error`);
        img.src = url;
      }))), urls);
      expect(decoded).toEqual(urls.map(([size]) => `${size}:${size}x${size}`));
      await page.close();
    });
  });
}
