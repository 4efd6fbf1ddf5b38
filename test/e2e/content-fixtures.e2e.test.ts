// The real extension on every fixture page, in Chromium and Firefox ESR: what it highlighted
// (CSS highlights and textarea marks, read from the page itself in every frame) is scored against
// the page's sidecar with the golden scorer, and every token a form field holds is hovered for
// its card. Recall and precision must reach 0.98 on each page. (Options of closed <select>s are
// not on screen until opened, so they are left to the unit golden test.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTokens, type Token } from '../../knowledge/tokens';
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';
import { scoreFixture, type Sidecar } from '../unit/tokens/golden-scoring';
import { REVIEWED_UNLISTED } from '../unit/tokens/reviewed-unlisted';
import type { FrameSegment } from '../unit/tokens/fixture-loader';
import { INLINE_TAGS } from '../../entrypoints/content/scan/dom-structure';
import { collectHighlights, type SeenSegment, type SeenToken } from './content-fixture-probe';
import { cardText, hover, inputBox } from './content-page-probe';
import { launchDriver, sleep, waitFor, type AnyPage, type ExtensionDriver } from './extension-driver';

const FIXTURES = 'test/fixtures/pages';
const MIN = 0.98;
/** Pages that need a query (the 50,000-line log is scored at 200 lines, where every token is registered). */
const QUERY: Record<string, string> = { 'big-log.html': '?n=200&mode=pre', 'live-rewrite.html': '?seconds=2' };

/** PORTLENS_FIXTURES=a.html,b.html runs only those pages (while working on them). */
const ONLY = process.env.PORTLENS_FIXTURES?.split(',');

const sidecars = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json') && (!ONLY || ONLY.includes(f.replace('.expected.json', '.html'))))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Sidecar);

/** A highlighted range as a token: its kind read back from its text (a port highlight reads as a port). */
function tokenOf(seen: SeenToken): Token {
  const asPort = seen.name !== 'portlens-ip';
  let parsed = detectTokens(seen.text, asPort ? { columnHeader: 'Port' } : undefined).find((t) => t.start === 0 && t.end === seen.text.length);
  // An address/N coloured as a port is Cisco ASA's ip/port (read by the content script from its line).
  if (asPort && parsed?.kind === 'cidr') parsed = { ...parsed, kind: 'endpoint', port: Number(seen.text.slice(seen.text.lastIndexOf('/') + 1)) };
  return { ...(parsed ?? { kind: asPort ? 'port' : 'ipv4', text: seen.text }), start: seen.start, end: seen.end, text: seen.text };
}

interface AnyFrame {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  url(): string;
}

/** Every frame of the page but the extension's own (the card). */
async function pageFrames(page: AnyPage): Promise<AnyFrame[]> {
  const out: AnyFrame[] = [];
  for (const f of (page as PwPage).frames() as unknown as AnyFrame[]) {
    const href = await f.evaluate(() => location.href, null).catch(() => '');
    if (href && !/^(?:chrome|moz)-extension:/.test(href)) out.push(f);
  }
  return out;
}

async function collect(page: AnyPage): Promise<SeenSegment[]> {
  const all: SeenSegment[] = [];
  for (const f of await pageFrames(page)) all.push(...(await f.evaluate(collectHighlights, [...INLINE_TAGS]).catch(() => [] as SeenSegment[])));
  return all;
}

/** Waits for the page to settle and the annotation to stop changing. */
async function settled(page: AnyPage, car: Sidecar): Promise<SeenSegment[]> {
  await sleep(Math.max(300, car.dynamic?.settle_ms ?? 300));
  let last = -1;
  let segments: SeenSegment[] = [];
  for (let i = 0; i < 30; i++) {
    segments = await collect(page);
    const n = segments.reduce((a, s) => a + s.tokens.length, 0);
    if (n > 0 && n === last) break;
    last = n;
    await sleep(400);
  }
  return segments;
}

for (const name of ['chromium', 'firefox'] as const) {
  describe(`every fixture page in ${name}`, () => {
    let driver: ExtensionDriver;
    let server: { url: string; close(): Promise<void> };
    const table: string[] = [];
    beforeAll(async () => {
      server = await startStaticServer([FIXTURES]);
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => {
      console.log(`${name}: fixture recall / precision from the real highlights\n${table.join('\n')}`);
      await driver?.close();
      await server?.close();
    });

    for (const car of sidecars) {
      it(`${car.fixture}: recall and precision >= ${MIN}`, async () => {
        const page = await driver.openUrl(`${server.url}/${car.fixture}${QUERY[car.fixture] ?? ''}`);
        const seen = await settled(page, car);
        const segments: FrameSegment[] = seen.map((s) => ({ text: s.text, bucket: s.bucket, context: s.context, tokens: [], frame: '' }));
        const detections = seen.map((s) => s.tokens.map(tokenOf));
        const published = (await (page as PwPage).evaluate(() => (window as unknown as { __bigLogExpected?: Record<string, number> }).__bigLogExpected ?? null)) as Record<string, number> | null;
        const all = detections.flat();
        const found = { ipv4: all.filter((t) => t.kind === 'ipv4').length, ipv6: all.filter((t) => t.kind === 'ipv6').length, ports: all.filter((t) => t.kind === 'port').length, ipPort: all.filter((t) => t.kind === 'endpoint').length };
        const countsMatch = !!published && (Object.keys(found) as (keyof typeof found)[]).every((k) => found[k] === published[k]);
        const reviewed = REVIEWED_UNLISTED[car.fixture];
        // On screen: text and textarea tokens (field values are checked by hovering, below).
        const onScreen: Sidecar = { ...car, expected: car.expected.filter((e) => !e.in || e.in === 'text' || e.in === 'textarea') };
        const score = scoreFixture(segments, detections, onScreen, (t, seg) => !!reviewed && reviewed.accept(t, seg, { countsMatch }));
        const tp = score.tp + score.reviewed;
        const precision = score.detections ? tp / (tp + score.fpTrap + score.fpOther) : 1;
        const recall = score.recallWanted ? score.recallFound / score.recallWanted : 1;

        // Field values: hover each one the sidecar lists and read the card.
        let fieldsFound = 0;
        const fields = car.expected.filter((e) => e.in === 'input-value');
        for (const e of fields) {
          const box = await inputBox(page, e.text);
          if (!box) continue;
          await hover(page, box);
          const text = await waitFor(async () => ((await cardText(page)).includes(e.text) ? cardText(page) : ''), `a card for the field value ${e.text}`, 6000).catch(() => '');
          if (text) fieldsFound++;
          await (page as PwPage).mouse.move(1, 1);
          await sleep(450);
        }
        table.push(`${car.fixture.padEnd(34)} recall ${recall.toFixed(3)} (${score.recallFound}/${score.recallWanted})  precision ${precision.toFixed(3)} (${tp}/${score.detections})  fields ${fieldsFound}/${fields.length}`);
        if (precision < MIN) table.push(`  ${score.falsePositives.slice(0, 12).join('\n  ')}`);
        await page.close();
        expect(recall, `recall of ${car.fixture}: missed ${score.misses.join('; ')}`).toBeGreaterThanOrEqual(MIN);
        expect(precision, `precision of ${car.fixture}: ${score.falsePositives.slice(0, 8).join('; ')}`).toBeGreaterThanOrEqual(MIN);
        expect(fieldsFound).toBe(fields.length);
      });
    }
  });
}
