// Golden test: every fixture page in test/fixtures/pages is rendered (happy-dom, page scripts on)
// and scanned by the content script's own code (walker, text context, chunked detectTokens, form
// fields: shipped-scan). Precision and recall per fixture are computed against the
// *.expected.json sidecar (golden-scoring explains the rules) and printed as a table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Token } from '../../../knowledge/tokens';
import { PAGES_DIR, renderFixture } from './fixture-loader';
import { scoreFixture, type Score, type Sidecar } from './golden-scoring';
import { REVIEWED_UNLISTED } from './reviewed-unlisted';

/** Fixture-specific render options (URL query, shorter waits for self-contained pages). */
const RENDER: Record<string, { query?: string; settleMs?: number }> = {
  // 2,000 lines keep happy-dom quick; the page publishes exact counts for any n.
  'big-log.html': { query: '?n=2000&mode=pre', settleMs: 200 },
};

const PRECISION_MIN = 0.98;
const RECALL_MIN = 0.98;

const sidecars = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(PAGES_DIR, f), 'utf8')) as Sidecar);

const rows: { fixture: string; score: Score }[] = [];

const pct = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(3));

afterAll(() => {
  rows.sort((a, b) => a.fixture.localeCompare(b.fixture));
  const head = 'fixture                          recall (found/wanted)  precision (tp/det.)  traps  other-fp  neutral  reviewed\n' +
    '  (precision = tp / (tp + traps + other-fp); neutral = acceptable-either-way hits; reviewed = genuine unlisted, counted in tp)';
  const lines = rows.map(({ fixture, score: s }) => {
    const tp = s.tp + s.reviewed;
    return `${fixture.padEnd(32)} ${pct(s.recallFound, s.recallWanted)} (${s.recallFound}/${s.recallWanted})`.padEnd(55) +
      `${pct(tp, tp + s.fpTrap + s.fpOther)} (${tp}/${s.detections})`.padEnd(20) +
      `${String(s.fpTrap).padStart(5)}  ${String(s.fpOther).padStart(8)}  ${String(s.neutral).padStart(7)}  ${String(s.reviewed).padStart(8)}`;
  });
  const tot = rows.reduce((a, { score: s }) => ({ f: a.f + s.recallFound, w: a.w + s.recallWanted, tp: a.tp + s.tp + s.reviewed, fp: a.fp + s.fpTrap + s.fpOther }), { f: 0, w: 0, tp: 0, fp: 0 });
  console.log([head, ...lines, `${'ALL'.padEnd(32)} ${pct(tot.f, tot.w)} (${tot.f}/${tot.w})`.padEnd(55) + `${pct(tot.tp, tot.tp + tot.fp)}`].join('\n'));
});

describe('detectTokens on the golden fixture pages', () => {
  it('the scorer is not vacuous: "every number is a port" scores badly on the traps page', async () => {
    const car = sidecars.find((c) => c.fixture === 'traps-general-text.html') as Sidecar;
    const page = await renderFixture(car.fixture, { settleMs: 50 });
    const naive = page.segments.map((s) =>
      [...s.text.matchAll(/\d+/g)].map((m): Token => ({ start: m.index, end: m.index + m[0].length, kind: 'port', text: m[0], port: Number(m[0]) })));
    const score = scoreFixture(page.segments, naive, car, () => false);
    expect(score.fpTrap).toBeGreaterThan(20);
    expect(score.tp / (score.tp + score.fpTrap + score.fpOther)).toBeLessThan(0.2);
  });

  it.concurrent.each(sidecars.map((c) => [c.fixture, c] as const))('%s', async (_name, car) => {
    const opts = RENDER[car.fixture] ?? {};
    const page = await renderFixture(car.fixture, {
      query: opts.query ?? car.query,
      settleMs: opts.settleMs ?? car.dynamic?.settle_ms ?? 300,
      frames: car.frames,
      globals: ['__bigLogExpected'],
    });
    expect(page.scriptErrors).toEqual([]);
    // The sidecars list addresses and ports; packet fields (TTL=, ID=, flags) are scored against the
    // log parsers in packet-fields-golden.test.ts.
    const detections: Token[][] = page.segments.map((s) => s.tokens.filter((t) => t.kind !== 'packet-field'));
    const all = detections.flat();
    const count = (k: Token['kind']) => all.filter((t) => t.kind === k).length;
    const found = { ipv4: count('ipv4'), ipv6: count('ipv6'), ports: count('port'), ipPort: count('endpoint') };
    const exp = page.globals.__bigLogExpected as Record<string, number> | null;
    const oracle = { countsMatch: !!exp && (Object.keys(found) as (keyof typeof found)[]).every((k) => found[k] === exp[k]) };
    const reviewed = REVIEWED_UNLISTED[car.fixture];
    const score = scoreFixture(page.segments, detections, car, (t, seg) => !!reviewed && reviewed.accept(t, seg, oracle));
    rows.push({ fixture: car.fixture, score });
    if (score.misses.length || score.falsePositives.length) {
      console.log(`${car.fixture}\n  missed: ${score.misses.join('; ') || '-'}\n  ${score.falsePositives.join('\n  ') || 'no false positives'}`);
    }

    if (car.fixture === 'big-log.html') {
      // The generator publishes exactly what a correct detector finds in its lines.
      expect(exp).not.toBeNull();
      expect(found).toEqual({ ipv4: exp?.ipv4, ipv6: exp?.ipv6, ports: exp?.ports, ipPort: exp?.ipPort });
    }

    const tp = score.tp + score.reviewed;
    expect(score.recallFound / score.recallWanted, `recall of ${car.fixture}`).toBeGreaterThanOrEqual(RECALL_MIN);
    if (score.detections > 0) {
      expect(tp / (tp + score.fpTrap + score.fpOther), `precision of ${car.fixture}`).toBeGreaterThanOrEqual(PRECISION_MIN);
    }
  });
});
