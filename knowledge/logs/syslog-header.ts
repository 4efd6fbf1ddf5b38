// Strips an optional syslog envelope from a log line and reads its time.
// Handles: "<pri>" alone, RFC 3164 "Mmm dd hh:mm:ss host tag[pid]: ", RFC 3339 "2023-03-18T20:36:59+01:00
// host tag: ", and RFC 5424 "<pri>1 ISO host app procid msgid SD msg". Regexes are anchored and bounded.
import { bsdToEpoch, isoToEpoch, utcEpoch } from './parsers/lib/time';
import { code3, isAt } from './parsers/lib/char-codes';

export interface SyslogHeader {
  /** The payload after the envelope (the whole line when there is none). */
  message: string;
  time?: number;
  /** The header time exactly as written. */
  timeText?: string;
  host?: string;
  /** Program / app name (RFC 3164 tag or RFC 5424 APP-NAME). */
  program?: string;
}

const PRI = /^<(\d{1,3})>/;
const RFC5424 = /^1 (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})|-) (\S{1,255}) (\S{1,48}) (\S{1,128}) (\S{1,32}) /;
const BSD = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (?:(\d{4}) )?(\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?):? /;
const ISO_HEADER = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?):? /;
const HOST = /^([^\s=[\]"<>{}|,()]{1,255}) /;
const FACILITY = /^(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])\.(?:emerg|alert|crit|err|error|warn|warning|notice|info|debug) /;
const TAG = /^([A-Za-z0-9_][\w.\-/]{0,63})(\[\d{1,10}\])?(?: <\w{1,16}>)?: /;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => { const d = s.charCodeAt(i) - 48; return d >= 0 && d <= 9; };

/**
 * Length of a kernel uptime stamp "[ 1234.567890] " at `from` in `text` (the regex
 * /^\[ {0,12}\d{1,10}\.\d{1,9}\] ?/ read by hand, as it is on nearly every kernel line), or 0.
 */
export function uptimeLength(text: string, from = 0): number {
  if (text.charCodeAt(from) !== 91 /* [ */) return 0;
  let i = from + 1;
  while (i - from <= 12 && text.charCodeAt(i) === 32) i++;
  const digitsFrom = i;
  while (i - digitsFrom < 11 && isDigit(text, i)) i++;
  if (i === digitsFrom || i - digitsFrom > 10 || text.charCodeAt(i) !== 46 /* . */) return 0;
  const fractionFrom = ++i;
  while (i - fractionFrom < 10 && isDigit(text, i)) i++;
  if (i === fractionFrom || i - fractionFrom > 9 || text.charCodeAt(i) !== 93 /* ] */) return 0;
  i++;
  return (text.charCodeAt(i) === 32 ? i + 1 : i) - from;
}

/** Reads the structured-data part of an RFC 5424 line; returns the index just after it. */
function skipStructuredData(text: string, start: number): number {
  if (text[start] === '-') return start + 1;
  let i = start;
  while (text[i] === '[') {
    let inQuote = false;
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '"') inQuote = !inQuote;
      else if (c === ']' && !inQuote) break;
      i++;
    }
    if (i >= text.length) return text.length;
    i++;
  }
  return i;
}

function rfc5424(rest: string): SyslogHeader | undefined {
  const m = RFC5424.exec(rest);
  if (!m) return undefined;
  const sdStart = m[0].length;
  const sdEnd = skipStructuredData(rest, sdStart);
  let msg = rest.slice(sdEnd).replace(/^ /, '').replace(/^\uFEFF/, '');
  // Some emitters (Juniper SRX "sd-syslog") put the whole record in the structured data.
  if (msg.trim() === '') msg = `${m[5] === '-' ? '' : `${m[5]} `}${rest.slice(sdStart, sdEnd)}`;
  const header: SyslogHeader = { message: msg };
  if (m[1] !== '-') {
    header.timeText = m[1];
    header.time = isoToEpoch(m[1]);
  }
  if (m[2] !== '-') header.host = m[2];
  if (m[3] !== '-') header.program = m[3];
  return header;
}

/** The host-and-tag text of the previous line and what it held: a log repeats it line after line. */
let lastHostTag: { text: string; host?: string; program?: string } | undefined;

/** After a timestamp (the text from `from` on): optional host, repeated host, facility.level, tag[pid]:, kernel uptime. */
function stripHostAndTag(line: string, from: number, header: SyslogHeader): string {
  const known = lastHostTag;
  // The same host and tag as the line before, read in place: one slice per line instead of one per part.
  if (known && isAt(line, from, known.text)) {
    if (known.host !== undefined) header.host = known.host;
    if (known.program !== undefined) header.program = known.program;
    const at = from + known.text.length;
    return line.slice(at + uptimeLength(line, at));
  }
  const rest = line.slice(from);
  let msg = rest;
  const h = HOST.exec(msg);
  if (h && !h[1].endsWith(':')) {
    header.host = h[1];
    msg = msg.slice(h[0].length);
    if (msg.startsWith(`${h[1]} `)) msg = msg.slice(h[1].length + 1);
  }
  const f = FACILITY.exec(msg);
  if (f) msg = msg.slice(f[0].length);
  const t = TAG.exec(msg);
  // An all-capitals word before ':' is usually a firewall log prefix ("DENY: IN=…"), not a program.
  if (t && (t[2] || !/^[A-Z_-]*[A-Z][A-Z0-9_-]*$/.test(t[1]))) {
    header.program = t[1];
    msg = msg.slice(t[0].length);
  }
  // Remember it only when it ends in a program tag: a bare host could be the first word of the message.
  lastHostTag = header.program === undefined ? undefined : { text: rest.slice(0, rest.length - msg.length), host: header.host, program: header.program };
  const uptime = uptimeLength(msg);
  return uptime ? msg.slice(uptime) : msg;
}

/** Days since 1970 of the last few (month, day, year) seen: computing a date is the slow part of a time. */
const dayStarts = new Map<number, number>();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_CODES = MONTHS.map((m) => code3(m, 0));

/** The month (0-11) named by the three letters at the start of `text`, without slicing them out. */
function monthAt(text: string): number | undefined {
  const m = MONTH_CODES.indexOf(code3(text, 0));
  return m < 0 ? undefined : m;
}


/**
 * The common RFC 3164 shape "Mmm dd hh:mm:ss " (day space-padded, no fraction, no year) read by position,
 * without a regex; undefined for anything else (the regex handles the rest).
 */
function quickBsd(rest: string, year: number): number | undefined {
  if (rest.length < 16 || rest.charCodeAt(3) !== 32 || rest.charCodeAt(6) !== 32 || rest.charCodeAt(15) !== 32) return undefined;
  const month = monthAt(rest);
  if (month === undefined || rest.charCodeAt(9) !== 58 || rest.charCodeAt(12) !== 58) return undefined;
  const tens = rest.charCodeAt(4) === 32 ? 0 : digit(rest, 4);
  if (!(tens >= 0 && tens <= 3) || !isDigit(rest, 5)) return undefined;
  if (!isDigit(rest, 7) || !isDigit(rest, 8) || !isDigit(rest, 10) || !isDigit(rest, 11) || !isDigit(rest, 13) || !isDigit(rest, 14)) return undefined;
  const day = tens * 10 + digit(rest, 5);
  const hour = digit(rest, 7) * 10 + digit(rest, 8);
  const minute = digit(rest, 10) * 10 + digit(rest, 11);
  const second = digit(rest, 13) * 10 + digit(rest, 14);
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const key = (year * 12 + month) * 32 + day;
  let start = dayStarts.get(key);
  if (start === undefined) {
    if (dayStarts.size > 1000) dayStarts.clear();
    start = utcEpoch(year, month, day, 0, 0, 0);
    if (start === undefined) return undefined;
    dayStarts.set(key, start);
  }
  return start + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * Splits a syslog envelope from the payload. `assumedYear` is used for RFC 3164 times, which carry no
 * year; zone-less times are read as UTC.
 */
export function stripSyslogHeader(line: string, assumedYear: number): SyslogHeader {
  let rest = line;
  if (rest.charCodeAt(0) === 60 /* < */) {
    const p = PRI.exec(rest);
    if (p) rest = rest.slice(p[0].length);
  }
  if (rest.startsWith('1 ')) {
    const h = rfc5424(rest);
    if (h) return h;
  }
  const quick = quickBsd(rest, assumedYear);
  if (quick !== undefined) {
    const header: SyslogHeader = { message: '', time: quick, timeText: rest.slice(0, 15), host: undefined, program: undefined };
    header.message = afterTime(rest, 16, header);
    return header;
  }
  const b = BSD.exec(rest);
  if (b) {
    const header: SyslogHeader = { message: '' };
    header.timeText = b[0].replace(/:? $/, '');
    header.time = bsdToEpoch(b[1], b[2], b[4], b[3] ? Number(b[3]) : assumedYear);
    if (header.time !== undefined) {
      header.message = afterTime(rest, b[0].length, header);
      return header;
    }
  }
  const iso = ISO_HEADER.exec(rest);
  if (iso) {
    const time = isoToEpoch(iso[1]);
    if (time !== undefined) {
      const header: SyslogHeader = { message: '', time, timeText: iso[1] };
      header.message = afterTime(rest, iso[0].length, header);
      return header;
    }
  }
  const uptime = uptimeLength(rest);
  return { message: uptime ? rest.slice(uptime) : rest };
}

/** pf via tcpdump writes "rule 3/0(match): …" right after its own time; that is the message, not a host. */
const PF_RULE_START = /^rule \d{1,10}[./(]/;

/** The message after the time that ends at `from` in `line`. */
function afterTime(line: string, from: number, header: SyslogHeader): string {
  if (line.charCodeAt(from) === 114 /* r */) {
    const rest = line.slice(from);
    if (PF_RULE_START.test(rest)) return rest;
  }
  return stripHostAndTag(line, from, header);
}
