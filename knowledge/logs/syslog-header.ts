// Strips an optional syslog envelope from a log line and reads its time.
// Handles: "<pri>" alone, RFC 3164 "Mmm dd hh:mm:ss host tag[pid]: ", RFC 3339 "2023-03-18T20:36:59+01:00
// host tag: ", and RFC 5424 "<pri>1 ISO host app procid msgid SD msg". Regexes are anchored and bounded.
import { bsdToEpoch, isoToEpoch } from './parsers/lib/time';

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
const UPTIME = /^\[ {0,12}\d{1,10}\.\d{1,9}\] ?/;

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

/** After a timestamp: optional host, repeated host, facility.level, tag[pid]:, kernel uptime. */
function stripHostAndTag(rest: string, header: SyslogHeader): string {
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
  const u = UPTIME.exec(msg);
  if (u) msg = msg.slice(u[0].length);
  return msg;
}

/**
 * Splits a syslog envelope from the payload. `assumedYear` is used for RFC 3164 times, which carry no
 * year; zone-less times are read as UTC.
 */
export function stripSyslogHeader(line: string, assumedYear: number): SyslogHeader {
  let rest = line;
  const p = PRI.exec(rest);
  if (p) rest = rest.slice(p[0].length);
  if (rest.startsWith('1 ')) {
    const h = rfc5424(rest);
    if (h) return h;
  }
  const b = BSD.exec(rest);
  if (b) {
    const header: SyslogHeader = { message: '' };
    header.timeText = b[0].replace(/:? $/, '');
    header.time = bsdToEpoch(b[1], b[2], b[4], b[3] ? Number(b[3]) : assumedYear);
    if (header.time !== undefined) {
      header.message = stripHostAndTag(rest.slice(b[0].length), header);
      return header;
    }
  }
  const iso = ISO_HEADER.exec(rest);
  if (iso) {
    const time = isoToEpoch(iso[1]);
    if (time !== undefined) {
      const header: SyslogHeader = { message: '', time, timeText: iso[1] };
      header.message = stripHostAndTag(rest.slice(iso[0].length), header);
      return header;
    }
  }
  const u = UPTIME.exec(rest);
  if (u) rest = rest.slice(u[0].length);
  return { message: rest };
}
