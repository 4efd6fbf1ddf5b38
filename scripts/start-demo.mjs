#!/usr/bin/env node
// `npm start`: serves the bundled demo router page on 127.0.0.1 and opens Chromium with the
// freshly built extension on it. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const extension = resolve('.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('The Chrome build is missing: run "npm run build" first.');
  process.exit(1);
}
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const chrome = candidates.find((p) => existsSync(p));
if (!chrome) {
  console.error('No Chromium found. Install it with "apt-get install -y chromium" or set CHROME_PATH.');
  process.exit(1);
}

const server = await startStaticServer([resolve('demo')], Number(process.env.PORT ?? 8787));
const url = `${server.url}/router-demo.html`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const args = [
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'portlens-demo-'))}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ...(headless ? ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=9222'] : []),
  url,
];
console.log(`PortLens demo: ${url}`);
if (headless) console.log('No display found, so Chromium runs headless (DevTools on port 9222). Open the URL above in a desktop session to see it.');
const browser = spawn(chrome, args, { stdio: 'inherit' });
const stop = () => {
  browser.kill();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', () => void server.close().then(() => process.exit(0)));
