// Turns segments into highlights: decides what changed, queues detection in slices (the visible
// window of a huge `<pre>` first), and registers one range per token.
import { detectTokens, type Token } from '../../../knowledge/tokens';
import type { ChunkScheduler } from './chunk-scheduler';
import { visibleOffsets } from '../paint/block-lines';
import { blockElement, mayHoldTokens } from './dom-structure';
import { highlightNameFor, isPortKind } from '../paint/highlight-names';
import type { PortRiskBook } from '../paint/port-risk-book';
import type { Entry, Segment, SegmentStore } from './segment-store';
import { contextOfBlock } from './text-context';
import { tokensAround } from './token-window';

/** Characters handed to detectTokens at once (cut at a line end); adapted to ~2 ms per call. */
const FIRST_CHUNK = 4096;
const MAX_CHUNK = 65_536;
const CHUNK_MS = 2;
/** Segments longer than this get their on-screen part (and a screen around it) scanned first. */
const HUGE = 262_144;

function joinText(nodes: Text[]): string {
  if (nodes.length === 1) return nodes[0].data;
  let s = '';
  for (const n of nodes) s += n.data;
  return s;
}

function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function chunkEnd(text: string, at: number, to: number, size: number): number {
  if (to - at <= size) return to;
  const nl = text.indexOf('\n', at + size);
  if (nl >= 0 && nl < to && nl - at < size * 4) return nl + 1;
  const space = text.lastIndexOf(' ', at + size);
  return space > at ? space + 1 : Math.min(to, at + size);
}

export interface ScanView {
  /** Where the block is drawn, relative to the viewport; null when not rendered. */
  rect(el: Element): DOMRect | null;
  viewportHeight(): number;
}

interface Lane {
  urgent: boolean;
  bit: number;
  segments: Segment[];
  head: number;
  serving: boolean;
}

const lane = (urgent: boolean): Lane => ({ urgent, bit: urgent ? 1 : 2, segments: [], head: 0, serving: false });

export class SegmentScanner {
  /** Current chunk size: grows while detection is fast, shrinks when a chunk takes too long. */
  private chunk = FIRST_CHUNK;
  private readonly urgentLane = lane(true);
  private readonly idleLane = lane(false);

  constructor(
    private readonly store: SegmentStore,
    private readonly scheduler: ChunkScheduler,
    private readonly risks: PortRiskBook,
    private readonly view: ScanView,
  ) {}

  /** A segment as the walker found it: new, unchanged, grown at its end, or changed. */
  offer(block: Node, nodes: Text[], urgent: boolean): void {
    const text = joinText(nodes);
    const first = this.store.segmentOf(nodes[0]);
    if (!mayHoldTokens(text)) {
      for (const n of nodes) this.store.dropNode(n);
      return;
    }
    if (first && !first.dropped && first.block === block && nodes.length >= first.nodes.length && first.nodes.every((n, i) => nodes[i] === n)) {
      if (first.text.length === text.length && nodes.length === first.nodes.length && first.text === text) return;
      if (text.length > first.text.length && text.startsWith(first.text)) {
        const from = lineStart(first.text, first.text.length);
        this.store.extend(first, nodes.slice(), text, from);
        this.queue(first, from, text.length, urgent);
        return;
      }
    }
    const seg = this.store.create(block, nodes.slice(), text);
    this.queue(seg, 0, text.length, urgent);
  }

  /** A Text node's data changed in place (characterData). */
  textChanged(node: Text): boolean {
    const seg = this.store.segmentOf(node);
    if (!seg) return false;
    this.offer(seg.block, seg.nodes, true);
    return true;
  }

  /** Queues detection for [from, to); a huge visible segment gets its on-screen part first. */
  private queue(seg: Segment, from: number, to: number, urgent: boolean): void {
    const el = blockElement(seg.block);
    const rect = el ? this.view.rect(el) : null;
    const onScreen = !!rect && rect.bottom >= 0 && rect.top <= this.view.viewportHeight();
    if (to - from <= HUGE || !onScreen || !el) {
      seg.pending.push({ from, to, urgent: urgent || onScreen });
    } else {
      const [visibleFrom, visibleTo] = visibleOffsets(seg, el, this.view.viewportHeight(), 2);
      const a = Math.max(from, lineStart(seg.text, Math.min(visibleFrom, to)));
      const b = Math.max(a, Math.min(to, visibleTo));
      seg.pending.push({ from: a, to: b, urgent: true });
      if (a > from) seg.pending.push({ from, to: a, urgent: false });
      if (b < to) seg.pending.push({ from: b, to, urgent: false });
    }
    this.pump(seg);
  }

  /** Puts the segment in the queue of each priority it has pending work at. */
  private pump(seg: Segment): void {
    for (const lane of [this.urgentLane, this.idleLane]) {
      if (seg.queued & lane.bit || !seg.pending.some((p) => p.urgent === lane.urgent)) continue;
      seg.queued |= lane.bit;
      lane.segments.push(seg);
      if (!lane.serving) {
        lane.serving = true;
        this.scheduler.push((timeUp) => this.serve(lane, timeUp), lane.urgent ? 'urgent' : 'idle');
      }
    }
  }

  /** One scheduler task per priority serves all queued segments (50,000 log lines are 50,000 segments). */
  private serve(lane: Lane, timeUp: () => boolean): boolean {
    const list = lane.segments;
    while (lane.head < list.length) {
      const seg = list[lane.head];
      if (!this.scanSome(seg, lane.urgent, timeUp)) return false;
      seg.queued &= ~lane.bit;
      list[lane.head++] = undefined as unknown as Segment;
      if (lane.head > 4096 && lane.head * 2 > list.length) {
        list.splice(0, lane.head);
        lane.head = 0;
      }
      if (timeUp()) break;
    }
    if (lane.head < list.length) return false;
    list.length = 0;
    lane.head = 0;
    lane.serving = false;
    return true;
  }

  /**
   * Scans the segment's pending intervals of one priority (the idle lane also takes urgent ones).
   * Returns false when time ran out with work left.
   */
  private scanSome(seg: Segment, urgent: boolean, timeUp: () => boolean): boolean {
    for (;;) {
      const interval = seg.dropped ? undefined : seg.pending.find((p) => p.urgent) ?? (urgent ? undefined : seg.pending[0]);
      if (!interval) return true;
      if (seg.context === null) seg.context = contextOfBlock(seg.block);
      const end = chunkEnd(seg.text, interval.from, interval.to, this.chunk);
      const t0 = performance.now();
      for (const token of detectTokens(seg.text.slice(interval.from, end), seg.context)) this.register(seg, token, interval.from);
      this.adapt(end - interval.from, performance.now() - t0);
      interval.from = end;
      if (end >= interval.to) seg.pending.splice(seg.pending.indexOf(interval), 1);
      if (timeUp()) return !seg.pending.some((p) => (urgent ? p.urgent : true));
    }
  }

  private adapt(chars: number, ms: number): void {
    if (chars < this.chunk / 2) return;
    if (ms > CHUNK_MS * 2) this.chunk = Math.max(1024, this.chunk >> 1);
    else if (ms < CHUNK_MS / 2) this.chunk = Math.min(MAX_CHUNK, this.chunk * 2);
  }

  private register(seg: Segment, token: Token, offset: number): void {
    const port = isPortKind(token.kind) && token.port !== undefined ? token.port : -1;
    const risk = port >= 0 ? this.risks.riskOf(port, token.role) : undefined;
    this.store.addEntry(seg, offset + token.start, offset + token.end, highlightNameFor(token.kind, risk), port, token.role);
  }

  /** Re-colours ports after the background told their risk (in slices). */
  recolourTask(): (timeUp: () => boolean) => boolean {
    const segments = [...this.store.live];
    let i = 0;
    return (timeUp) => {
      for (; i < segments.length; i++) {
        const seg = segments[i];
        if (!seg.dropped) for (const e of seg.entries) if (e.port >= 0) this.store.rename(e, highlightNameFor('port', this.risks.riskOf(e.port, e.role)));
        if (i % 32 === 31 && timeUp()) return ++i >= segments.length;
      }
      return true;
    };
  }

  /** The full token behind an entry: detection again around it (bounded), with the segment's context. */
  tokenOf(seg: Segment, entry: Entry): Token | undefined {
    const context = seg.context === null ? contextOfBlock(seg.block) : seg.context;
    return tokensAround(seg.text, entry.start, entry.end, context).find((t) => t.start === entry.start && t.end === entry.end);
  }
}
