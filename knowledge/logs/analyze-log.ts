// analyzeLog: reads a pasted log in one pass. Each line is cleaned, its syslog envelope stripped and its
// format picked once per run of lines (format-picker.ts); the fields go into a columnar EventStore and
// every detector sees the event as it streams past, so nothing walks the events twice. Lines that are not
// traffic are counted (blank, comment) or listed with a reason (unparsed). Pure: no DOM, no browser APIs.
import type { Detector, LogAnalysis, LogParser, ParseContext, ParsedFields, UnparsedLine } from './types';
import { DetectorRouter, finishDetectors, StreamedEventCursor } from './detector-runner';
import { EventStore } from './event-store';
import { FormatPicker } from './format-picker';
import { LOG_PARSERS } from './parsers/registry';
import { isAwsFlowHeader } from './parsers/aws-vpc-flow';
import { readLine } from './read-line';
import { computeStats } from './stats';
import { summarizeFindings } from './summary';
import { cleanLine, countLines, LineReader, nextDirtyAt, SHOWN_TEXT, shownText } from './text-lines';

export interface AnalyzeLogOptions {
  detectors?: readonly Detector[];
  /** Year for timestamps that carry none (RFC 3164). Default: the current year, rolled back when that puts a line in the future. */
  assumedYear?: number;
  /** Called about every 2000 lines and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Called with the events read so far about every `chunkLines` lines and once at the end, to show them early. */
  onEvents?: (store: EventStore, done: number, total: number) => void;
  /** Lines between two onEvents calls (default 5000). */
  chunkLines?: number;
  /** Checked as lines are read; when it turns true the analysis stops and returns what it has. */
  signal?: { aborted: boolean };
  /** Parsers to use, in order (default: the registry). */
  parsers?: readonly LogParser[];
}

export const MAX_LINE_LENGTH = 64 * 1024;
const PROGRESS_EVERY = 2000;
const DEFAULT_CHUNK_LINES = 5000;
const DAY_MS = 86_400_000;
const HAS_YEAR = /\d{4}/;

function isHeaderLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 35 /* # */ || (c >= 97 && c <= 122 && isAwsFlowHeader(line));
}

/** RFC 3164 times have no year: with no assumedYear given, a time in the future means last year. */
function rollBack(p: ParsedFields, now: number): void {
  if (p.time === undefined || p.time <= now + DAY_MS) return;
  if (p.timeText && HAS_YEAR.test(p.timeText)) return;
  const d = new Date(p.time);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  p.time = d.getTime();
}

export function analyzeLog(text: string, options: AnalyzeLogOptions = {}): LogAnalysis {
  const now = Date.now();
  const context: ParseContext = {
    lineNumber: 0,
    state: {},
    assumedYear: options.assumedYear ?? new Date(now).getUTCFullYear(),
  };
  const store = new EventStore(text);
  const picker = new FormatPicker(options.parsers ?? LOG_PARSERS);
  const detectors = options.detectors ?? [];
  const runs = detectors.map((d) => d.start());
  const router = new DetectorRouter(detectors, runs);
  const cursor = new StreamedEventCursor();
  const unparsed: UnparsedLine[] = [];
  const chunkLines = Math.max(1, options.chunkLines ?? DEFAULT_CHUNK_LINES);
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const total = countLines(text, from);
  // Every line could be an event: room for all of them at once, trimmed to what was used at the end.
  store.reserve(total);
  const reader = new LineReader(text, from);
  let done = 0;
  let blank = 0;
  let comments = 0;
  let aborted = false;
  let dirtyAt = nextDirtyAt(text, from);

  while (reader.next()) {
    if (done > 0) {
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
      if (done % chunkLines === 0) options.onEvents?.(store, done, total);
    }
    if (options.signal?.aborted) {
      aborted = true;
      break;
    }
    const lineNo = ++done;
    if (reader.end - reader.start > MAX_LINE_LENGTH) {
      unparsed.push({ line: lineNo, text: shownText(text.slice(reader.start, reader.start + SHOWN_TEXT + 1)), reason: 'line longer than 64 KiB' });
      continue;
    }
    const rawLine = text.slice(reader.start, reader.end);
    let cleaned: string | null = rawLine;
    if (dirtyAt < reader.start) dirtyAt = nextDirtyAt(text, reader.start);
    if (dirtyAt < reader.end) {
      cleaned = cleanLine(rawLine);
      dirtyAt = nextDirtyAt(text, reader.end);
    }
    if (cleaned === null) {
      unparsed.push({ line: lineNo, text: shownText(rawLine), reason: 'binary data' });
      continue;
    }
    const line = cleaned.trim();
    if (line === '') {
      blank++;
      continue;
    }
    context.lineNumber = lineNo;
    if (isHeaderLine(line)) {
      // Comment and header lines: header-driven parsers read their column lists from them.
      comments++;
      context.program = undefined;
      for (const p of options.parsers ?? LOG_PARSERS) if (p.test(line, context)) p.parse(line, context);
      continue;
    }
    const p = readLine(line, context, picker);
    if (!p) {
      const by = picker.recognisedBy;
      unparsed.push({ line: lineNo, text: shownText(line), reason: by ? `${by.name} line without a connection record` : 'no known log format' });
      continue;
    }
    const format = (picker.parser as LogParser).id;
    if (options.assumedYear === undefined) rollBack(p, now);
    let rawStart = -1;
    if (cleaned === rawLine) rawStart = line.length === rawLine.length ? reader.start : reader.start + rawLine.length - rawLine.trimStart().length;
    const row = store.append(p, lineNo, format, line, rawStart);
    if (runs.length) router.consume(cursor.moveTo(p, store, row, lineNo, format, line));
  }
  options.onProgress?.(done, total);
  store.trim();
  options.onEvents?.(store, done, total);

  const findings = aborted ? [] : finishDetectors(detectors, runs, store);
  return {
    events: store,
    unparsed,
    findings,
    stats: computeStats(store, { totalLines: done, blankLines: blank, commentLines: comments }),
    summary: summarizeFindings(findings),
  };
}
