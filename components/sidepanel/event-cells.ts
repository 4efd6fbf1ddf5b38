// How an event's fields read in the table, the exports and the details panel.
import type { LogEvent } from '../../knowledge';

/** Longest raw line shown on screen; the exports keep the whole line. */
export const SHOWN_LINE_CHARS = 400;

export function clip(text: string, max = SHOWN_LINE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en')} characters)` : text;
}

/** "2024-05-01 12:00:03" (UTC) for parsed times, else the time as written. */
export function timeCell(e: LogEvent): string {
  if (e.time !== undefined && Number.isFinite(e.time)) {
    const d = new Date(e.time);
    if (!Number.isNaN(d.getTime())) return d.toISOString().replace('T', ' ').slice(0, 19);
  }
  return e.timeText ?? '';
}

export function actionCell(e: LogEvent): string {
  return e.action ?? e.actionText ?? '';
}

export function protocolCell(e: LogEvent): string {
  const proto = e.protocol ?? '';
  if (e.icmpType !== undefined) return `${proto} ${e.icmpType}/${e.icmpCode ?? '-'}`;
  return proto;
}

export const portCell = (port: number | undefined): string => (port === undefined ? '' : String(port));

/** The transport to ask the knowledge base about, when the port explanation depends on it. */
export function transportOf(e: LogEvent): 'tcp' | 'udp' | undefined {
  return e.protocol === 'tcp' || e.protocol === 'udp' ? e.protocol : undefined;
}

export function isIcmp(e: LogEvent): boolean {
  return e.icmpType !== undefined && (e.protocol === 'icmp' || e.protocol === 'icmpv6');
}

/** Source ports worth a word of their own: well-known services and the usual reflectors. */
export function isNotableSourcePort(port: number | undefined): port is number {
  return port !== undefined && (port < 1024 || port === 1900 || port === 3702 || port === 5353 || port === 11211);
}
