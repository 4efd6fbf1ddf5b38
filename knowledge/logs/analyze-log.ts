// analyzeLog: reads a pasted firewall log line by line, detects the format of each line, normalises the
// traffic records into LogEvents, collects the lines it could not read (with a reason), computes stats
// and runs the detectors it is given. Pure: no DOM, no browser APIs.
import type { Detector, LogAnalysis, LogEvent, LogParser, ParseContext, UnparsedLine } from './types';
import { LOG_PARSERS } from './parsers/registry';
import { isAwsFlowHeader } from './parsers/aws-vpc-flow';
import { stripSyslogHeader } from './syslog-header';
import { computeStats } from './stats';

export interface AnalyzeLogOptions {
  detectors?: readonly Detector[];
  /** Year for timestamps that carry none (RFC 3164). Default: the current year, rolled back when that puts a line in the future. */
  assumedYear?: number;
  /** Called about every 2000 lines and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Checked as lines are read; when it turns true the analysis stops and returns what it has. */
  signal?: { aborted: boolean };
  /** Parsers to use, in order (default: the registry). */
  parsers?: readonly LogParser[];
}

export const MAX_LINE_LENGTH = 64 * 1024;
const PROGRESS_EVERY = 2000;
const SHOWN_TEXT = 500;
const DAY_MS = 86_400_000;

// C0 controls except tab, plus DEL and C1 controls.
const CONTROL = /[\x01-\x08\x0B-\x1F\x7F-\x9F]/g;
const EVENT_KEYS = [
  'time', 'timeText', 'action', 'actionText', 'protocol', 'src', 'srcPort', 'dst', 'dstPort', 'icmpType',
  'icmpCode', 'interface', 'direction', 'ttl', 'tcpFlags', 'length', 'rule',
] as const;

const SHOWN_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;

function shown(text: string): string {
  const clean = text.replace(SHOWN_CONTROL, '\uFFFD');
  return clean.length > SHOWN_TEXT ? `${clean.slice(0, SHOWN_TEXT)}…` : clean;
}

/** Removes NUL bytes (e.g. UTF-16 read as UTF-8) and other control characters; null when the line is binary. */
function cleanLine(line: string): string | null {
  const noNul = line.includes('\0') ? line.split('\0').join('') : line;
  const controls = noNul.match(CONTROL)?.length ?? 0;
  let replacement = 0;
  for (let i = noNul.indexOf('\uFFFD'); i >= 0; i = noNul.indexOf('\uFFFD', i + 1)) replacement++;
  const bad = controls + replacement;
  if ((noNul.length === 0 && line.length > 0) || bad > Math.max(2, noNul.length * 0.05)) return null;
  return controls ? noNul.replace(CONTROL, '') : noNul;
}

function isHeaderLine(line: string): boolean {
  return line.startsWith('#') || isAwsFlowHeader(line);
}

/** Builds the event with a fixed key order and no undefined fields. */
function makeEvent(lineNo: number, format: string, parsed: Record<string, unknown>, raw: string): LogEvent {
  const event: Record<string, unknown> = { line: lineNo, format };
  for (const key of EVENT_KEYS) if (parsed[key] !== undefined) event[key] = parsed[key];
  event.raw = raw;
  return event as unknown as LogEvent;
}

/** RFC 3164 times have no year: with no assumedYear given, a time in the future means last year. */
function rollBack(event: LogEvent, now: number): void {
  if (event.time === undefined || event.time <= now + DAY_MS) return;
  if (event.timeText && /\d{4}/.test(event.timeText)) return;
  const d = new Date(event.time);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  event.time = d.getTime();
}

/** Splits text into lines on \n, \r\n or \r; a final line break does not start an extra line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function analyzeLog(text: string, options: AnalyzeLogOptions = {}): LogAnalysis {
  const parsers = options.parsers ?? LOG_PARSERS;
  const now = Date.now();
  const context: ParseContext = {
    lineNumber: 0,
    state: {},
    assumedYear: options.assumedYear ?? new Date(now).getUTCFullYear(),
  };
  const events: LogEvent[] = [];
  const unparsed: UnparsedLine[] = [];
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const total = lines.length;
  let done = 0;
  let aborted = false;

  for (; done < total; done++) {
    if (done > 0 && done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
    if (options.signal?.aborted) { aborted = true; break; }
    const lineNo = done + 1;
    const rawLine = lines[done];
    if (rawLine.length > MAX_LINE_LENGTH) {
      unparsed.push({ line: lineNo, text: shown(rawLine.slice(0, SHOWN_TEXT + 1)), reason: 'line longer than 64 KiB' });
      continue;
    }
    const cleaned = cleanLine(rawLine);
    if (cleaned === null) {
      unparsed.push({ line: lineNo, text: shown(rawLine), reason: 'binary data' });
      continue;
    }
    const line = cleaned.trim();
    if (line === '') continue;
    context.lineNumber = lineNo;
    context.headerTime = undefined;
    if (isHeaderLine(line)) {
      // Comment and header lines: header-driven parsers read their column lists from them.
      for (const p of parsers) if (p.test(line, context)) p.parse(line, context);
      continue;
    }
    const header = stripSyslogHeader(line, context.assumedYear);
    const message = header.message.trim();
    if (header.timeText !== undefined) context.headerTime = { time: header.time, text: header.timeText };
    let event: LogEvent | undefined;
    let recognisedBy: LogParser | undefined;
    if (message !== '') {
      for (const p of parsers) {
        if (!p.test(message, context)) continue;
        recognisedBy ??= p;
        const parsed = p.parse(message, context);
        if (!parsed) continue;
        event = makeEvent(lineNo, p.id, parsed, line);
        break;
      }
    }
    if (!event) {
      const reason = recognisedBy ? `${recognisedBy.name} line without a connection record` : 'no known firewall log format';
      unparsed.push({ line: lineNo, text: shown(line), reason });
      continue;
    }
    if (event.time === undefined && context.headerTime?.time !== undefined) {
      event.time = context.headerTime.time;
      event.timeText = context.headerTime.text;
    } else if (event.timeText === undefined && context.headerTime) {
      event.timeText = context.headerTime.text;
    }
    if (options.assumedYear === undefined) rollBack(event, now);
    events.push(makeEvent(lineNo, event.format, event as unknown as Record<string, unknown>, line));
  }
  options.onProgress?.(done, total);

  const findings = aborted ? [] : (options.detectors ?? []).flatMap((d) => d.detect(events));
  return { events, unparsed, findings, stats: computeStats(events, done) };
}
