// Router UIs often send a strict Content-Security-Policy. The hover card and the textarea marks
// come from page-ui.js, which the content script imports only when needed: the page's policy
// must not stop that, in Chromium or Firefox ESR.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlighted, cardText, highlightBox, hover, overlayMarks } from './content-page-probe';
import { launchDriver, waitFor, type ExtensionDriver } from './extension-driver';

const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firewall log</title></head><body>
<h1>Firewall log</h1>
<pre>Dec  3 10:00:01 gw kernel: [UFW BLOCK] IN=eth0 SRC=198.51.100.7 DST=192.168.1.2 PROTO=TCP SPT=40000 DPT=22</pre>
<textarea readonly rows="3" cols="90">Dec  3 10:00:02 gw kernel: [UFW BLOCK] IN=eth0 SRC=198.51.100.8 DST=192.168.1.2 PROTO=TCP SPT=40001 DPT=3389</textarea>
</body></html>`;

function startStrictServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY, 'cache-control': 'no-store' });
    res.end(PAGE);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

for (const name of ['chromium', 'firefox'] as const) {
  describe(`a page with a strict Content-Security-Policy in ${name}`, () => {
    let driver: ExtensionDriver;
    let strict: { url: string; server: Server };
    beforeAll(async () => {
      strict = await startStrictServer();
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => {
      await driver?.close();
      await new Promise((done) => strict?.server.close(done));
    });

    it('still marks the readonly textarea and opens the hover card', async () => {
      const page = await driver.openUrl(`${strict.url}/log.html`);
      await waitFor(async () => (await allHighlighted(page)).includes('22'), 'port 22 to be highlighted');
      await waitFor(async () => ((await overlayMarks(page)).some((t) => t.includes('3389')) ? true : null), 'the textarea marks');
      await hover(page, (await highlightBox(page, '22'))!);
      const text = await waitFor(async () => {
        const t = await cardText(page);
        return /ssh/i.test(t) ? t : null;
      }, 'the hover card for port 22');
      expect(text).toContain('22');
      await page.close();
    });
  });
}
