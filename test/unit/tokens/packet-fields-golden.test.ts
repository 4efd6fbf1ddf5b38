// Golden check of the packet-field tokens on every fixture page, with the shipped log parsers as the
// oracle. Each page is scanned by the content script's own code, with packet-field highlighting
// switched on (off, they are found at hover time: segment-scanner.test.ts); then, line by line:
// - a netfilter line (read by the netfilter parser) must yield exactly the fields that parser reads
//   (TTL/HOPLIMIT, ID, WINDOW, TCP flags), with the same values: recall and precision;
// - any other packet-field token must be confirmed by parseLogLine on its line: precision.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_PARSERS, parseLogLine, readTcpFlags, type ParsedFields } from '../../../knowledge';
import { stripSyslogHeader } from '../../../knowledge/logs';
import type { Token } from '../../../knowledge/tokens';
import { PAGES_DIR, renderFixture } from './fixture-loader';
import type { Sidecar } from './golden-scoring';

const netfilter = LOG_PARSERS.find((p) => p.id === 'netfilter')!;

function readNetfilter(line: string): ParsedFields | null {
  const message = stripSyslogHeader(line.trim(), 2024).message;
  const context = { lineNumber: 1, state: {}, assumedYear: 2024 };
  return netfilter.test(message, context) ? netfilter.parse(message, context) : null;
}

/** The fields a parser read, as "field=value" (flags as a sorted set). */
function parsedFields(p: ParsedFields): string[] {
  const out: string[] = [];
  if (p.ttl !== undefined) out.push(`ttl=${p.ttl}`);
  if (p.ipId !== undefined) out.push(`ipId=${p.ipId}`);
  if (p.window !== undefined) out.push(`window=${p.window}`);
  if (p.tcpFlags?.length) out.push(`tcpFlags=${[...readTcpFlags(p.tcpFlags)].sort().join(' ')}`);
  return out;
}

function tokenField(t: Token): string {
  const value = t.field === 'tcpFlags' ? [...readTcpFlags(t.fieldValue as string)].sort().join(' ') : String(Number(t.fieldValue));
  return `${t.field}=${value}`;
}

/** Each line of a segment with the packet-field tokens on it. */
function linesOf(text: string, tokens: Token[]): { line: string; found: Token[] }[] {
  const out: { line: string; found: Token[] }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const to = from + line.length;
    out.push({ line, found: tokens.filter((t) => t.kind === 'packet-field' && t.start >= from && t.end <= to) });
    from = to + 1;
  }
  return out;
}

const sidecars = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(PAGES_DIR, f), 'utf8')) as Sidecar);
/** As in detect-tokens-golden: 2,000 lines of the big log keep happy-dom quick. */
const RENDER: Record<string, { query?: string; settleMs?: number }> = { 'big-log.html': { query: '?n=2000&mode=pre', settleMs: 200 } };
const rows: string[] = [];
afterAll(() => console.log(`packet fields per fixture (netfilter recall found/wanted, precision confirmed/found):\n${rows.sort().join('\n')}`));

describe('packet-field tokens on the golden fixture pages', () => {
  it.concurrent.each(sidecars.map((c) => [c.fixture, c] as const))('%s', async (fixture, car) => {
    const opts = RENDER[fixture] ?? {};
    const page = await renderFixture(fixture, { query: opts.query ?? car.query, settleMs: opts.settleMs ?? car.dynamic?.settle_ms ?? 300, frames: car.frames, packetFields: true });
    let wanted = 0;
    let foundWanted = 0;
    let found = 0;
    let confirmed = 0;
    const wrong: string[] = [];
    for (const seg of page.segments) {
      for (const { line, found: tokens } of linesOf(seg.text, seg.tokens)) {
        const nf = readNetfilter(line);
        const expected = nf ? parsedFields(nf) : [];
        const got = tokens.map(tokenField);
        wanted += expected.length;
        foundWanted += expected.filter((e) => got.includes(e)).length;
        const truth = nf ? expected : (() => { const p = tokens.length ? parseLogLine(line) : null; return p ? parsedFields(p) : []; })();
        for (const g of got) {
          found++;
          if (truth.includes(g)) confirmed++;
          else wrong.push(`${g} in "${line.trim().slice(0, 90)}"`);
        }
        for (const e of expected) if (!got.includes(e)) wrong.push(`missed ${e} in "${line.trim().slice(0, 90)}"`);
      }
    }
    rows.push(`${fixture.padEnd(34)} ${wanted ? (foundWanted / wanted).toFixed(3) : '  -  '} (${foundWanted}/${wanted})  ${found ? (confirmed / found).toFixed(3) : '  -  '} (${confirmed}/${found})`);
    expect(wrong).toEqual([]);
  });
});
