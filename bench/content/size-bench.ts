// The content script's size (issue 10, section 10): every declared router page loads
// content-scripts/content.js, so its gzipped size is what counts, for each build. page-ui.js (the
// hover card and textarea marks) is loaded only when a page needs it and is listed on its own.
// Reads the files `npm run bench` has just built. Gzip at level 9, both as GNU gzip makes it (the
// README's figures) and as Node's zlib does (a little larger); the target must hold for both.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ExtraBench } from '../registry';

/** The ceiling for content.js, gzipped. */
export const CONTENT_SCRIPT_GZIP_TARGET = 30_000;
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
type Build = (typeof BUILDS)[number];

interface FileSize {
  bytes: number;
  /** `gzip -9` (null when the gzip tool is missing). */
  gzip9Bytes: number | null;
  zlib9Bytes: number;
}
interface BuildSizes { contentScript: FileSize; pageUiOnDemand: FileSize }

function gnuGzipSize(path: string): number | null {
  const run = spawnSync('gzip', ['-9c', path], { maxBuffer: 64 << 20 });
  return run.status === 0 ? run.stdout.length : null;
}

function sizeOf(path: string): FileSize {
  const data = readFileSync(path);
  return { bytes: data.length, gzip9Bytes: gnuGzipSize(path), zlib9Bytes: gzipSync(data, { level: 9 }).length };
}

export function contentScriptSizes(outDir = '.output'): Record<Build, BuildSizes> {
  const sizes = {} as Record<Build, BuildSizes>;
  for (const build of BUILDS) {
    sizes[build] = {
      contentScript: sizeOf(`${outDir}/${build}/content-scripts/content.js`),
      pageUiOnDemand: sizeOf(`${outDir}/${build}/page-ui.js`),
    };
  }
  return sizes;
}

const n = (v: number | null) => (v === null ? 'n/a' : v.toLocaleString('en'));

export const sizeBench: ExtraBench = {
  name: 'contentScriptSize',
  run: async () => ({ targetGzipBytes: CONTENT_SCRIPT_GZIP_TARGET, ...contentScriptSizes() }),
  headline(result) {
    const r = result as ReturnType<typeof contentScriptSizes>;
    const figures = BUILDS.map((b) => {
      const { contentScript: c, pageUiOnDemand: ui } = r[b];
      const largest = Math.max(c.gzip9Bytes ?? 0, c.zlib9Bytes);
      const verdict = largest <= CONTENT_SCRIPT_GZIP_TARGET ? 'met' : 'MISSED';
      return `${b} ${n(c.gzip9Bytes)} bytes with gzip -9, ${n(c.zlib9Bytes)} with zlib 9 (${n(c.bytes)} raw) — ${verdict}; page-ui.js, loaded on demand: ${n(ui.gzip9Bytes)}`;
    });
    return `Content script gzipped (target ≤ ${n(CONTENT_SCRIPT_GZIP_TARGET)} bytes): ${figures.join('; ')}`;
  },
};
