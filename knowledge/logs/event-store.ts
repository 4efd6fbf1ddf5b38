// The events of one analysis, stored column by column in typed arrays with interned strings: about
// 115 bytes per event instead of a JavaScript object per line, and the columns cross from a worker to
// the page as transferable buffers. `at(i)` builds the LogEvent object when someone needs one.
import type { LogAction, LogEvent, ParsedFields, ServerEventKind } from './types';
import { ColumnInterner, StringPool } from './string-pool';
import {
  ACTION_CODE, ACTIONS, COLUMN_SPECS, DIRECTION_CODE, DIRECTIONS, emptyColumns, fits, SMALL_MAX, WIDE_MAX,
  type IdField, type NumberArray,
} from './event-columns';

/** Text slices: offset × SLICE_SPAN + length, stored as -2 - that. Longer texts are pooled. */
const SLICE_SPAN = 4096;
const INITIAL_CAPACITY = 1024;

/** The columns of a range of rows plus the strings added since the last chunk: what a worker posts. */
export interface EventChunk {
  from: number;
  count: number;
  columns: Record<string, NumberArray>;
  strings: string[];
  flagLists: string[][];
  rawOverrides: string[];
}

/** Anything the side panel can list: an array of events or a view of a store. */
export interface EventSequence {
  readonly length: number;
  at(index: number): LogEvent | undefined;
}

export class EventStore implements EventSequence, Iterable<LogEvent> {
  readonly pool = new StringPool();
  /** Distinct TCP flag lists, shared by every event that has the same one. */
  readonly flagLists: readonly string[][] = [];
  private readonly flagIds = new Map<string, number>();
  private readonly rawOverrides: string[] = [];
  private readonly cols = emptyColumns();
  private readonly interners = {
    format: new ColumnInterner(this.pool), actionText: new ColumnInterner(this.pool), protocol: new ColumnInterner(this.pool),
    src: new ColumnInterner(this.pool), dst: new ColumnInterner(this.pool), interface: new ColumnInterner(this.pool),
    rule: new ColumnInterner(this.pool), service: new ColumnInterner(this.pool), kind: new ColumnInterner(this.pool),
    method: new ColumnInterner(this.pool), queryType: new ColumnInterner(this.pool),
  } satisfies Record<IdField, ColumnInterner>;
  private capacity = 0;
  private count = 0;
  private exportedStrings = 0;
  private exportedFlagLists = 0;
  private exportedOverrides = 0;

  /** `text` is the analysed input: raw lines are read from it by offset. */
  constructor(readonly text: string) {
    this.grow(INITIAL_CAPACITY);
  }

  /** A store holding these events (their raw lines joined into the text). For tests and one-off checks. */
  static fromEvents(events: readonly LogEvent[]): EventStore {
    const store = new EventStore(events.map((e) => e.raw).join('\n'));
    let offset = 0;
    for (const e of events) {
      store.append(e, e.line, e.format, e.raw, offset);
      offset += e.raw.length + 1;
    }
    return store;
  }

  get length(): number {
    return this.count;
  }

  private grow(min: number): void {
    const capacity = Math.max(min, this.capacity * 2, INITIAL_CAPACITY);
    for (const spec of COLUMN_SPECS) {
      const next = spec.make(capacity);
      next.set(this.cols[spec.name].subarray(0, this.count) as never);
      if (spec.empty !== 0) next.fill(spec.empty, this.count);
      this.cols[spec.name] = next;
    }
    this.capacity = capacity;
  }

  /** Makes room for `rows` rows in all, so a log of known length is not copied as it grows. */
  reserve(rows: number): void {
    if (rows > this.capacity) this.grow(rows);
  }

  /** Frees the unused tail of every column (call when the log has been read). */
  trim(): void {
    if (this.capacity === this.count) return;
    for (const spec of COLUMN_SPECS) this.cols[spec.name] = this.cols[spec.name].slice(0, this.count);
    this.capacity = this.count;
  }

  private lastFlags: readonly string[] | undefined;
  private lastFlagsId = -1;

  private flagListId(flags: string[] | undefined): number {
    if (!flags) return -1;
    // Parsers hand out shared flag lists; the same list as the previous line needs no lookup.
    if (flags === this.lastFlags) return this.lastFlagsId;
    const key = flags.join(' ');
    let id = this.flagIds.get(key);
    if (id === undefined) {
      id = this.flagLists.length;
      (this.flagLists as string[][]).push(Object.freeze(flags.slice()) as string[]);
      this.flagIds.set(key, id);
    }
    this.lastFlags = flags;
    this.lastFlagsId = id;
    return id;
  }

  private textId(value: string | undefined, raw: string): number {
    if (value === undefined) return -1;
    const at = value.length < SLICE_SPAN ? raw.indexOf(value) : -1;
    return at >= 0 ? -2 - (at * SLICE_SPAN + value.length) : this.pool.idOf(value);
  }

  /**
   * Adds one event. `raw` is its line as shown; `rawStart` is where that line starts in the text, or -1
   * when it is not a slice of the text (a line cleaned of control characters), which is then kept aside.
   * Returns the row.
   */
  append(p: ParsedFields, line: number, format: string, raw: string, rawStart: number): number {
    if (this.count === this.capacity) this.grow(this.count + 1);
    const row = this.count++;
    const c = this.cols;
    const ids = this.interners;
    c.line[row] = line;
    if (rawStart >= 0) {
      c.rawStart[row] = rawStart;
      c.rawLength[row] = raw.length;
    } else {
      c.rawStart[row] = -1 - this.rawOverrides.length;
      this.rawOverrides.push(raw);
    }
    c.format[row] = ids.format.idOf(format);
    if (p.time !== undefined) c.time[row] = p.time;
    if (p.timeText !== undefined) c.timeText[row] = this.textId(p.timeText, raw);
    if (p.action) c.action[row] = ACTION_CODE[p.action];
    c.actionText[row] = ids.actionText.idOf(p.actionText);
    c.protocol[row] = ids.protocol.idOf(p.protocol);
    c.src[row] = ids.src.idOf(p.src);
    if (p.srcPort !== undefined) c.srcPort[row] = fits(p.srcPort, 65_535);
    c.dst[row] = ids.dst.idOf(p.dst);
    if (p.dstPort !== undefined) c.dstPort[row] = fits(p.dstPort, 65_535);
    if (p.icmpType !== undefined) c.icmpType[row] = fits(p.icmpType, SMALL_MAX);
    if (p.icmpCode !== undefined) c.icmpCode[row] = fits(p.icmpCode, SMALL_MAX);
    c.interface[row] = ids.interface.idOf(p.interface);
    if (p.direction) c.direction[row] = DIRECTION_CODE[p.direction];
    if (p.ttl !== undefined) c.ttl[row] = fits(p.ttl, SMALL_MAX);
    if (p.ipId !== undefined) c.ipId[row] = p.ipId;
    if (p.tcpFlags) c.tcpFlags[row] = this.flagListId(p.tcpFlags);
    if (p.window !== undefined) c.window[row] = fits(p.window, WIDE_MAX);
    if (p.length !== undefined) c.length[row] = fits(p.length, WIDE_MAX);
    c.rule[row] = ids.rule.idOf(p.rule);
    if (p.service !== undefined) c.service[row] = ids.service.idOf(p.service);
    if (p.kind !== undefined) c.kind[row] = ids.kind.idOf(p.kind);
    if (p.method !== undefined) c.method[row] = ids.method.idOf(p.method);
    if (p.target !== undefined) c.target[row] = this.textId(p.target, raw);
    if (p.status !== undefined) c.status[row] = fits(p.status, SMALL_MAX);
    if (p.queryType !== undefined) c.queryType[row] = ids.queryType.idOf(p.queryType);
    if (p.user !== undefined) c.user[row] = this.textId(p.user, raw);
    return row;
  }

  // Column readers for detectors and filters: cheap, no object per row.
  lineAt(row: number): number { return this.cols.line[row]; }
  timeAt(row: number): number | undefined { const t = this.cols.time[row]; return t === t ? t : undefined; }
  srcIdAt(row: number): number { return this.cols.src[row]; }
  dstIdAt(row: number): number { return this.cols.dst[row]; }
  srcAt(row: number): string | undefined { return this.str(this.cols.src[row]); }
  dstAt(row: number): string | undefined { return this.str(this.cols.dst[row]); }
  srcPortAt(row: number): number | undefined { return this.port(this.cols.srcPort[row]); }
  dstPortAt(row: number): number | undefined { return this.port(this.cols.dstPort[row]); }
  protocolAt(row: number): string | undefined { return this.str(this.cols.protocol[row]); }
  actionAt(row: number): LogAction | undefined { return ACTIONS[this.cols.action[row]]; }
  formatAt(row: number): string { return this.pool.get(this.cols.format[row]); }
  ttlAt(row: number): number | undefined { return this.port(this.cols.ttl[row]); }
  flagsAt(row: number): string[] | undefined { const id = this.cols.tcpFlags[row]; return id < 0 ? undefined : this.flagLists[id]; }

  /** The raw line of a row, as shown and exported. */
  rawAt(row: number): string {
    const start = this.cols.rawStart[row];
    return start < 0 ? this.rawOverrides[-1 - start] : this.text.slice(start, start + this.cols.rawLength[row]);
  }

  private str(id: number): string | undefined {
    return id < 0 ? undefined : this.pool.get(id);
  }

  /** Ports and the other integer columns: -1 is absent. */
  private port(v: number): number | undefined {
    return v < 0 ? undefined : v;
  }

  private num(v: number): number | undefined {
    return v === v ? v : undefined;
  }

  private textField(id: number, raw: string): string | undefined {
    if (id === -1) return undefined;
    if (id >= 0) return this.pool.get(id);
    const code = -2 - id;
    const at = Math.floor(code / SLICE_SPAN);
    return raw.slice(at, at + (code % SLICE_SPAN));
  }

  /** The event of a row as a LogEvent object (keys in a fixed order, no undefined values). */
  at(row: number): LogEvent | undefined {
    if (row < 0) row += this.count;
    if (!(row >= 0 && row < this.count)) return undefined;
    const c = this.cols;
    const raw = this.rawAt(row);
    const e: Record<string, unknown> = { line: c.line[row], format: this.pool.get(c.format[row]) };
    const put = (key: string, value: unknown) => {
      if (value !== undefined) e[key] = value;
    };
    put('time', this.num(c.time[row]));
    put('timeText', this.textField(c.timeText[row], raw));
    put('action', ACTIONS[c.action[row]]);
    put('actionText', this.str(c.actionText[row]));
    put('protocol', this.str(c.protocol[row]));
    put('src', this.str(c.src[row]));
    put('srcPort', this.port(c.srcPort[row]));
    put('dst', this.str(c.dst[row]));
    put('dstPort', this.port(c.dstPort[row]));
    put('icmpType', this.port(c.icmpType[row]));
    put('icmpCode', this.port(c.icmpCode[row]));
    put('interface', this.str(c.interface[row]));
    put('direction', DIRECTIONS[c.direction[row]]);
    put('ttl', this.port(c.ttl[row]));
    put('ipId', this.num(c.ipId[row]));
    put('tcpFlags', c.tcpFlags[row] < 0 ? undefined : this.flagLists[c.tcpFlags[row]]);
    put('window', this.port(c.window[row]));
    put('length', this.port(c.length[row]));
    put('rule', this.str(c.rule[row]));
    put('service', this.str(c.service[row]));
    put('kind', this.str(c.kind[row]) as ServerEventKind | undefined);
    put('method', this.str(c.method[row]));
    put('target', this.textField(c.target[row], raw));
    put('status', this.port(c.status[row]));
    put('queryType', this.str(c.queryType[row]));
    put('user', this.textField(c.user[row], raw));
    e.raw = raw;
    return e as unknown as LogEvent;
  }

  /** The row holding a line number, or -1 (rows are in line order, so this is a binary search). */
  rowOfLine(line: number): number {
    const lines = this.cols.line;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = lines[mid];
      if (v === line) return mid;
      if (v < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  toArray(): LogEvent[] {
    const out: LogEvent[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i) as LogEvent);
    return out;
  }

  *[Symbol.iterator](): Iterator<LogEvent> {
    for (let i = 0; i < this.count; i++) yield this.at(i) as LogEvent;
  }

  /** Read-only access to one column, for fast scans (filters, stats). Valid up to `length`. */
  column(name: 'line' | 'action' | 'src' | 'dst' | 'protocol' | 'srcPort' | 'dstPort' | 'format' | 'time' | 'ipId'): NumberArray {
    return this.cols[name];
  }

  /**
   * The rows from `from` to the end, and everything interned since the last chunk, as transferable
   * copies. Chunks must be taken in order and given to `appendChunk` in the same order.
   */
  takeChunk(from: number): EventChunk {
    const count = this.count - from;
    const columns: Record<string, NumberArray> = {};
    for (const spec of COLUMN_SPECS) columns[spec.name] = this.cols[spec.name].slice(from, this.count);
    const chunk: EventChunk = {
      from,
      count,
      columns,
      strings: this.pool.strings.slice(this.exportedStrings),
      flagLists: this.flagLists.slice(this.exportedFlagLists).map((f) => f.slice()),
      rawOverrides: this.rawOverrides.slice(this.exportedOverrides),
    };
    this.exportedStrings = this.pool.size;
    this.exportedFlagLists = this.flagLists.length;
    this.exportedOverrides = this.rawOverrides.length;
    return chunk;
  }

  /** Appends a chunk taken from another store over the same text (the worker's). */
  appendChunk(chunk: EventChunk): void {
    if (chunk.from !== this.count) throw new Error(`event chunk starts at row ${chunk.from}, expected ${this.count}`);
    for (const s of chunk.strings) this.pool.idOf(s);
    for (const f of chunk.flagLists) this.flagListId(f);
    for (const r of chunk.rawOverrides) this.rawOverrides.push(r);
    if (this.count + chunk.count > this.capacity) this.grow(this.count + chunk.count);
    for (const spec of COLUMN_SPECS) {
      const part = chunk.columns[spec.name];
      if (!part || part.length !== chunk.count) throw new Error(`event chunk column ${spec.name} is missing or short`);
      this.cols[spec.name].set(part as never, this.count);
    }
    this.count += chunk.count;
  }

  /** Bytes held by the columns (not the text, which the caller owns). */
  columnBytes(): number {
    let n = 0;
    for (const spec of COLUMN_SPECS) n += this.cols[spec.name].byteLength;
    return n;
  }
}

/** The transferable buffers of a chunk, for postMessage. */
export function chunkTransferables(chunk: EventChunk): ArrayBuffer[] {
  return Object.values(chunk.columns).map((c) => c.buffer as ArrayBuffer);
}

export type { IdField, NumberField, PortField, SmallField, TextField } from './event-columns';
