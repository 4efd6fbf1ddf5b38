// Fails the run early, naming the missing browser and the Debian package that provides it.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.PORTLENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.PORTLENS_FIREFOX ?? '/usr/bin/firefox-esr';

export function requireBrowsers(): void {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium is missing (${CHROMIUM_PATH}): install it with "apt-get install -y chromium"`);
  if (!existsSync(FIREFOX_PATH)) missing.push(`Firefox ESR is missing (${FIREFOX_PATH}): install it with "apt-get install -y firefox-esr"`);
  if (missing.length) throw new Error(`End-to-end tests need real browsers.\n${missing.join('\n')}`);
}
