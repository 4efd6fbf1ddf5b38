// Pieces shared by the server-log parsers (web, mail, DNS, sshd): client addresses with ports, HTTP
// request lines, and the timestamps these daemons write themselves.
import type { ParsedFields } from '../../types';
import { normalizeAddress, toPort } from './normalize';
import { monthIndex, utcEpoch, zoneOffsetMinutes } from './time';

/** "1.2.3.4:5678", "1.2.3.4", "2001:db8::1:5678" with `portAfterLastColon`; IPv6 alone otherwise. */
export function clientAddress(text: string, portAfterLastColon: boolean): { address?: string; port?: number } {
  const t = text.trim();
  if (t.startsWith('[')) {
    const end = t.indexOf(']');
    return end < 0 ? {} : { address: normalizeAddress(t.slice(1, end)), port: t[end + 1] === ':' ? toPort(t.slice(end + 2)) : undefined };
  }
  const colon = t.lastIndexOf(':');
  const v4WithPort = colon > 0 && t.indexOf(':') === colon && t.includes('.');
  if (colon > 0 && (v4WithPort || portAfterLastColon)) {
    const address = normalizeAddress(t.slice(0, colon));
    const port = toPort(t.slice(colon + 1));
    if (address && port !== undefined) return { address, port };
  }
  return { address: normalizeAddress(t) };
}

const METHOD = /^[A-Z][A-Z_-]{0,19}$/;

/** "GET /a?b HTTP/1.1" → method and target; a request that is not one (TLS bytes, "-") gives neither. */
export function httpRequest(request: string): { method?: string; target?: string } {
  const sp = request.indexOf(' ');
  if (sp <= 0) return {};
  const method = request.slice(0, sp);
  if (!METHOD.test(method)) return {};
  const rest = request.slice(sp + 1);
  const end = rest.lastIndexOf(' HTTP/');
  const target = end >= 0 ? rest.slice(0, end) : rest;
  return target ? { method, target } : { method };
}

/** 1xx-3xx: the server answered; 4xx/5xx: it refused or failed. */
export function actionOfStatus(status: number): ParsedFields['action'] {
  if (status >= 100 && status < 400) return 'allow';
  if (status >= 400 && status < 600) return 'deny';
  return undefined;
}

const CLF_TIME = /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?: ([+-]\d{4}))?$/;

/** Common Log Format time "10/Oct/2000:13:55:36 -0700" as epoch ms. */
export function clfTimeToEpoch(text: string): number | undefined {
  const m = CLF_TIME.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[2]);
  const offset = zoneOffsetMinutes(m[8] ?? 'Z');
  if (month === undefined || offset === undefined) return undefined;
  return utcEpoch(+m[3], month, +m[1], +m[4], +m[5], +m[6], m[7], offset);
}

const CTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? (\d{4})$/;

/** Apache error-log time "Thu Oct 13 12:24:49.880562 2022" (no zone: read as UTC). */
export function ctimeToEpoch(text: string): number | undefined {
  const m = CTIME.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[1]);
  return month === undefined ? undefined : utcEpoch(+m[7], month, +m[2], +m[3], +m[4], +m[5], m[6]);
}

const DMY_TIME = /^(\d{2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/** BIND print-time "19-Oct-2022 05:34:02.425" (no zone: read as UTC). */
export function dmyTimeToEpoch(text: string): number | undefined {
  const m = DMY_TIME.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[2]);
  return month === undefined ? undefined : utcEpoch(+m[3], month, +m[1], +m[4], +m[5], +m[6], m[7]);
}

/** A server-log event: the common fields filled in, the rest left undefined. */
export function serverEvent(service: string, fields: ParsedFields): ParsedFields {
  return { protocol: 'tcp', service, ...fields };
}
