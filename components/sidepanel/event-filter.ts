// The event table's filters (source address, its owner and country, port on either side, action,
// finding), run over the store's columns so that 100,000 events filter without building an object per event.
import type { EventSequence, EventStore, LogEvent } from '../../knowledge';
import { addressIdsWhere, countryMatches, ownerMatches } from './owner-match';
import type { OwnerState } from './source-owners';

export interface EventFilters {
  /** Address or the start of one ("203.0.113." matches the whole /24). */
  source: string;
  /** The source's owner: an AS number, or part of its name or kind of network (owner-match.ts). */
  owner: string;
  /** The source's registration country: a code or the start of a name. */
  country: string;
  /** A port number, matched against the source and the destination port. */
  port: string;
  action: 'any' | 'deny' | 'allow' | 'unknown';
  /** Index into the ordered findings, or -1 for none. */
  finding: number;
}

export const NO_FILTERS: EventFilters = { source: '', owner: '', country: '', port: '', action: 'any', finding: -1 };

export function hasFilters(f: EventFilters): boolean {
  return f.source.trim() !== '' || f.owner.trim() !== '' || f.country.trim() !== '' || f.port.trim() !== '' || f.action !== 'any' || f.finding >= 0;
}

/** The port filter as a number, or null when it is empty; NaN when it is not a port. */
export function portFilterValue(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  return /^\d{1,5}$/.test(t) && Number(t) <= 65535 ? Number(t) : Number.NaN;
}

/** Some rows of a store, in input order or sorted: what the table shows when filters or a sort are set. */
export class EventView implements EventSequence, Iterable<LogEvent> {
  constructor(readonly store: EventStore, readonly rows: Int32Array) {}

  get length(): number {
    return this.rows.length;
  }

  at(index: number): LogEvent | undefined {
    const i = index < 0 ? index + this.rows.length : index;
    return i >= 0 && i < this.rows.length ? this.store.at(this.rows[i]) : undefined;
  }

  toArray(): LogEvent[] {
    return Array.from(this.rows, (r) => this.store.at(r) as LogEvent);
  }

  *[Symbol.iterator](): Iterator<LogEvent> {
    for (const r of this.rows) yield this.store.at(r) as LogEvent;
  }
}

const ACTION_CODES = { allow: 1, deny: 2, unknown: 0 } as const;

/**
 * The events that pass every filter, in input order: the store itself when none is set.
 * `findingLines` are the chosen finding's evidence lines; `owners` answer the owner and country filters.
 */
export function filterEvents(
  store: EventStore,
  filters: EventFilters,
  findingLines?: readonly number[],
  owners: OwnerState = { status: 'pending' },
): EventStore | EventView {
  if (!hasFilters(filters)) return store;
  const source = filters.source.trim().toLowerCase();
  const port = portFilterValue(filters.port);
  if (Number.isNaN(port)) return new EventView(store, new Int32Array(0));
  // Which interned addresses match the source prefix, found once instead of per event.
  let sourceIds: Set<number> | undefined;
  if (source) {
    sourceIds = new Set();
    store.pool.strings.forEach((s, id) => {
      if (s.toLowerCase().startsWith(source)) sourceIds?.add(id);
    });
  }
  const owner = filters.owner.trim();
  const country = filters.country.trim();
  const ownerIds = owner || country
    ? addressIdsWhere(store, owners, (o) => ownerMatches(o, owner) && countryMatches(o, country))
    : undefined;
  const lines = filters.finding >= 0 && findingLines ? new Set(findingLines) : undefined;
  const src = store.column('src');
  const srcPort = store.column('srcPort');
  const dstPort = store.column('dstPort');
  const action = store.column('action');
  const line = store.column('line');
  const wanted = filters.action === 'any' ? -1 : ACTION_CODES[filters.action];
  const rows: number[] = [];
  for (let i = 0; i < store.length; i++) {
    if (sourceIds && !sourceIds.has(src[i])) continue;
    if (ownerIds && !ownerIds.has(src[i])) continue;
    if (port !== null && srcPort[i] !== port && dstPort[i] !== port) continue;
    if (wanted >= 0 && action[i] !== wanted) continue;
    if (lines && !lines.has(line[i])) continue;
    rows.push(i);
  }
  return new EventView(store, Int32Array.from(rows));
}

/** The event of a line number, or undefined when that line is not an event. */
export function eventAtLine(store: EventStore, line: number): LogEvent | undefined {
  const row = store.rowOfLine(line);
  return row < 0 ? undefined : store.at(row);
}

/** Materialises a list of events (an export, a test): arrays pass through. */
export function eventsOf(events: EventSequence): LogEvent[] {
  if (Array.isArray(events)) return events as LogEvent[];
  const out: LogEvent[] = [];
  for (let i = 0; i < events.length; i++) out.push(events.at(i) as LogEvent);
  return out;
}
