// The event table's filters: source address, port (either side), action and finding.
import type { LogEvent } from '../../knowledge';

export interface EventFilters {
  /** Address or the start of one ("203.0.113." matches the whole /24). */
  source: string;
  /** A port number, matched against the source and the destination port. */
  port: string;
  action: 'any' | 'deny' | 'allow' | 'unknown';
  /** Index into the severity-ordered findings, or -1 for none. */
  finding: number;
}

export const NO_FILTERS: EventFilters = { source: '', port: '', action: 'any', finding: -1 };

export function hasFilters(f: EventFilters): boolean {
  return f.source.trim() !== '' || f.port.trim() !== '' || f.action !== 'any' || f.finding >= 0;
}

/** The port filter as a number, or null when it is empty; NaN when it is not a port. */
export function portFilterValue(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  return /^\d{1,5}$/.test(t) && Number(t) <= 65535 ? Number(t) : Number.NaN;
}

/** The events that pass every filter, in input order. `findingLines` are the chosen finding's evidence lines. */
export function filterEvents(events: readonly LogEvent[], filters: EventFilters, findingLines?: readonly number[]): readonly LogEvent[] {
  if (!hasFilters(filters)) return events;
  const source = filters.source.trim().toLowerCase();
  const port = portFilterValue(filters.port);
  if (Number.isNaN(port)) return [];
  const lines = filters.finding >= 0 && findingLines ? new Set(findingLines) : null;
  return events.filter((e) =>
    (!source || (e.src !== undefined && e.src.toLowerCase().startsWith(source)))
    && (port === null || e.srcPort === port || e.dstPort === port)
    && (filters.action === 'any' || (filters.action === 'unknown' ? e.action === undefined : e.action === filters.action))
    && (!lines || lines.has(e.line)));
}

/** The event of a line number (events are in input order), by binary search. */
export function eventAtLine(events: readonly LogEvent[], line: number): LogEvent | undefined {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = events[mid].line;
    if (l === line) return events[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
