import { existsSync } from 'node:fs';
import { requireBrowsers } from './browsers/require-browsers';

export default function setup() {
  requireBrowsers();
  for (const dir of ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json']) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run "npm run build" first (npm test does it for you).`);
  }
}
