// An empty Firefox language pack: enough for Firefox to offer the language, so the extension's
// messages follow it; Firefox's own strings fall back to English. Debian's firefox-esr has no
// language packs of its own, and tests must not download one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the pack for `language` into a temporary folder; `browserVersion` as puppeteer reports it ("firefox/153.8.0esr"). */
export function writeTestLanguagePack(language: string, browserVersion: string): string {
  const major = /(\d+)\./.exec(browserVersion)?.[1];
  if (!major) throw new Error(`Cannot read Firefox's version from "${browserVersion}"`);
  const dir = mkdtempSync(join(tmpdir(), `portlens-langpack-${language}-`));
  const manifest = {
    manifest_version: 2,
    name: `Test language pack: ${language}`,
    version: `${major}.0.0`,
    langpack_id: language,
    languages: { [language]: { chrome_resources: {}, version: `${major}.0` } },
    sources: { browser: { base_path: 'browser/' } },
    // A language pack must name the exact Firefox release it belongs to.
    browser_specific_settings: { gecko: { id: `langpack-${language}@test.portlens`, strict_min_version: `${major}.0`, strict_max_version: `${major}.*` } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
