// Range bookkeeping. A segment is the text of one line or cell, joined across inline elements;
// each token found in it becomes ONE range (possibly across Text nodes) in one highlight. Ranges
// are dropped as soon as their nodes change or leave the page, so nothing grows without bound.
import type { TokenContext, TokenRole } from '../../../knowledge/tokens';
import type { HighlightName } from '../paint/highlight-names';

export interface Entry {
  /** Offsets in the segment's text. */
  start: number;
  end: number;
  /** Set while the entry is registered in its highlight (see ViewportRegistration). */
  range?: AbstractRange;
  name: HighlightName;
  /** The port whose risk colours the entry; -1 for addresses. */
  port: number;
  role?: TokenRole;
}

/** Text still to scan, [from, to); urgent intervals (on screen, just changed) go first. */
export interface ScanInterval {
  from: number;
  to: number;
  urgent: boolean;
  /** Only packet fields are still to find here: the rest was scanned while they were switched off. */
  packetOnly?: true;
}

export interface Segment {
  /** The line/cell container the text belongs to. */
  block: Node;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
  entries: Entry[];
  /** False after scanning out of order (visible window first); sorted again on demand. */
  sorted: boolean;
  /** undefined: computed, nothing found; null: not computed yet. */
  context: TokenContext | undefined | null;
  /** Bumped whenever the text changes. */
  generation: number;
  pending: ScanInterval[];
  /** A scan task is queued for this segment: 1 urgent, 2 idle (bits). */
  queued: number;
  dropped: boolean;
}

/** Where ranges go: CSS.highlights in the page, a fake in unit tests. */
export interface HighlightSink {
  add(name: HighlightName, range: AbstractRange): void;
  delete(name: HighlightName, range: AbstractRange): void;
}

export type RangeFactory = (startNode: Text, startOffset: number, endNode: Text, endOffset: number) => AbstractRange;

/** StaticRange: nothing for the browser to update on every DOM change, unlike live Ranges. */
export const staticRangeFactory: RangeFactory = (startContainer, startOffset, endContainer, endOffset) =>
  new StaticRange({ startContainer, startOffset, endContainer, endOffset });

function startsOf(nodes: Text[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const n of nodes) {
    starts.push(at);
    at += n.data.length;
  }
  return starts;
}

/** Which ranges are registered: all of them on small pages, those near the viewport on big ones. */
export interface RegisterPolicy {
  /** Whether a new entry goes into its highlight right away. */
  accepts(seg: Segment, entry: Entry): boolean;
  /** Segments coming and going (the viewport registration follows their blocks). */
  created(seg: Segment): void;
  dropped(seg: Segment): void;
}

export const REGISTER_EVERYTHING: RegisterPolicy = { accepts: () => true, created: () => undefined, dropped: () => undefined };

export class SegmentStore {
  private readonly byNode = new WeakMap<Text, Segment>();
  readonly live = new Set<Segment>();
  private entryCount = 0;
  private registeredCount = 0;
  readonly policy: RegisterPolicy;

  constructor(
    private readonly sink: HighlightSink,
    /** The policy, or a factory for one that needs the store itself (it registers and unregisters). */
    policy: RegisterPolicy | ((store: SegmentStore) => RegisterPolicy) = REGISTER_EVERYTHING,
    private readonly makeRange: RangeFactory = staticRangeFactory,
  ) {
    this.policy = typeof policy === 'function' ? policy(this) : policy;
  }

  /** Tokens known (registered in a highlight or not). */
  get size(): number {
    return this.entryCount;
  }

  /** Ranges in the page's highlights now. */
  get registered(): number {
    return this.registeredCount;
  }

  segmentOf(node: Text): Segment | undefined {
    return this.byNode.get(node);
  }

  create(block: Node, nodes: Text[], text: string): Segment {
    for (const n of nodes) {
      const old = this.byNode.get(n);
      if (old) this.drop(old);
    }
    const seg: Segment = { block, nodes, starts: startsOf(nodes), text, entries: [], sorted: true, context: null, generation: 0, pending: [], queued: 0, dropped: false };
    for (const n of nodes) this.byNode.set(n, seg);
    this.live.add(seg);
    this.policy.created(seg);
    return seg;
  }

  /** The segment grew at its end (appended text or nodes): entries and pending scans before `keepUntil` stay. */
  extend(seg: Segment, nodes: Text[], text: string, keepUntil: number): void {
    for (let i = seg.nodes.length; i < nodes.length; i++) {
      const old = this.byNode.get(nodes[i]);
      if (old && old !== seg) this.drop(old);
      this.byNode.set(nodes[i], seg);
    }
    seg.nodes = nodes;
    seg.starts = startsOf(nodes);
    seg.text = text;
    seg.generation++;
    seg.pending = seg.pending.filter((p) => p.from < keepUntil).map((p) => ({ ...p, to: Math.min(p.to, keepUntil) }));
    this.truncate(seg, keepUntil);
  }

  /** Removes the entries `drop` picks (packet fields, once they are switched off). */
  removeEntries(seg: Segment, drop: (e: Entry) => boolean): void {
    const kept: Entry[] = [];
    for (const e of seg.entries) {
      if (drop(e)) this.removeEntry(e);
      else kept.push(e);
    }
    seg.entries = kept;
  }

  /** Removes the entries that start at or after `from`. */
  truncate(seg: Segment, from: number): void {
    this.removeEntries(seg, (e) => e.start >= from);
  }

  drop(seg: Segment): void {
    if (seg.dropped) return;
    seg.dropped = true;
    seg.generation++;
    for (const e of seg.entries) this.removeEntry(e);
    seg.entries = [];
    seg.pending = [];
    for (const n of seg.nodes) if (this.byNode.get(n) === seg) this.byNode.delete(n);
    this.live.delete(seg);
    this.policy.dropped(seg);
  }

  dropNode(node: Text): void {
    const seg = this.byNode.get(node);
    if (seg) this.drop(seg);
  }

  /** Node and offset inside it for a text offset; at a node boundary an end stays in the earlier node. */
  locate(seg: Segment, offset: number, isEnd: boolean): [Text, number] {
    const { starts, nodes } = seg;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!isEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo], offset - starts[lo]];
  }

  addEntry(seg: Segment, start: number, end: number, name: HighlightName, port: number, role?: TokenRole): Entry {
    const entry: Entry = { start, end, name, port };
    if (role) entry.role = role;
    const last = seg.entries[seg.entries.length - 1];
    if (last && last.start > start) seg.sorted = false;
    seg.entries.push(entry);
    this.entryCount++;
    if (this.policy.accepts(seg, entry)) this.register(seg, entry);
    return entry;
  }

  /** Puts the entry's range into its highlight (one range per token, made on first need). */
  register(seg: Segment, entry: Entry): void {
    if (entry.range) return;
    const [sn, so] = this.locate(seg, entry.start, false);
    const [en, eo] = this.locate(seg, entry.end, true);
    entry.range = this.makeRange(sn, so, en, eo);
    this.sink.add(entry.name, entry.range);
    this.registeredCount++;
  }

  unregister(entry: Entry): void {
    if (!entry.range) return;
    this.sink.delete(entry.name, entry.range);
    entry.range = undefined;
    this.registeredCount--;
  }

  /** A live Range over [start, end) of the segment's text (an entry's or a token's, for its rectangles). */
  liveRange(seg: Segment, span: { start: number; end: number }, doc: Document): Range {
    const range = doc.createRange();
    const [sn, so] = this.locate(seg, span.start, false);
    const [en, eo] = this.locate(seg, span.end, true);
    range.setStart(sn, so);
    range.setEnd(en, eo);
    return range;
  }

  rename(entry: Entry, name: HighlightName): void {
    if (entry.name === name) return;
    if (entry.range) {
      this.sink.delete(entry.name, entry.range);
      this.sink.add(name, entry.range);
    }
    entry.name = name;
  }

  /** The entry covering a text offset (binary search). */
  entryAt(seg: Segment, offset: number): Entry | undefined {
    const list = this.sortedEntries(seg);
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = list[mid];
      if (offset < e.start) hi = mid - 1;
      else if (offset >= e.end) lo = mid + 1;
      else return e;
    }
    return undefined;
  }

  /** Drops segments whose nodes left the page without a mutation we saw (closed shadow roots...), in slices. */
  sweepTask(): (timeUp: () => boolean) => boolean {
    const segments = [...this.live];
    let i = 0;
    return (timeUp) => {
      for (; i < segments.length; i++) {
        const seg = segments[i];
        if (!seg.dropped && seg.nodes.some((n) => !n.isConnected)) this.drop(seg);
        if (i % 256 === 255 && timeUp()) return ++i >= segments.length;
      }
      return true;
    };
  }

  /** The entries of a segment in text order (scans out of order leave them unsorted). */
  sortedEntries(seg: Segment): Entry[] {
    if (!seg.sorted) {
      seg.entries.sort((a, b) => a.start - b.start);
      seg.sorted = true;
    }
    return seg.entries;
  }

  /** Index of the first entry that ends at or after `offset` (entries sorted). */
  firstEntryFrom(seg: Segment, offset: number): number {
    const list = this.sortedEntries(seg);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops everything (the annotator is shutting down). */
  clear(): void {
    for (const seg of [...this.live]) this.drop(seg);
  }

  private removeEntry(e: Entry): void {
    this.unregister(e);
    this.entryCount--;
  }
}
