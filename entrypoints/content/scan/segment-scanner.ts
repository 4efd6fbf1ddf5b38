// Turns segments into highlights: decides what changed, queues detection in slices (document
// order in the background; what is on screen or just changed first), and registers one range per token.
import type { Token } from '../../../knowledge/tokens';
import { detectPacketFields, detectTokens } from '../../../knowledge/tokens';
import type { ChunkScheduler, Task } from './chunk-scheduler';
import { mayHoldTokens } from './dom-structure';
import { highlightNameFor, isPortKind } from '../paint/highlight-names';
import type { PortRiskBook } from '../paint/port-risk-book';
import type { Entry, ScanInterval, Segment, SegmentStore } from './segment-store';
import { contextOfBlock } from './text-context';
import { chunkEnd, safeEnd, safeStart } from './text-cuts';
import { tokensAround } from './token-window';

const PACKET_FIELD_NAME = highlightNameFor('packet-field', undefined);
/** Characters handed to detectTokens at once (cut at a line end); adapted to ~2 ms per call. */
const FIRST_CHUNK = 4096;
const MAX_CHUNK = 65_536;
const CHUNK_MS = 2;

function joinText(nodes: Text[]): string {
  if (nodes.length === 1) return nodes[0].data;
  let s = '';
  for (const n of nodes) s += n.data;
  return s;
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
  private readonly backgroundLane = lane(false);

  /**
   * Packet fields (TTL=, ID=, WINDOW=, TCP flags) are detected and stored only while painting them
   * is on: a netfilter log holds as many of them as addresses and ports. Off, the hover card finds
   * the one under the pointer (packetFieldAt).
   */
  private packetFields = false;

  constructor(
    private readonly store: SegmentStore,
    private readonly scheduler: ChunkScheduler,
    private readonly risks: PortRiskBook,
  ) {}

  /** Switches packet-field detection on (text already scanned is searched for them) or off (they are forgotten). */
  setPacketFields(on: boolean): void {
    if (on === this.packetFields) return;
    this.packetFields = on;
    if (on) {
      for (const seg of this.store.live) this.queuePacketFields(seg);
      return;
    }
    for (const seg of this.store.live) seg.pending = seg.pending.filter((p) => !p.packetOnly);
    this.scheduler.push(this.forgetPacketFieldsTask(), 'background');
  }

  /** The packet field at `offset`, detected again around it (bounded): the hover card's, while they are not stored. */
  packetFieldAt(seg: Segment, offset: number): Token | undefined {
    const context = seg.context === null ? contextOfBlock(seg.block, seg.nodes[0]) : seg.context;
    return tokensAround(seg.text, offset, offset, context).find((t) => t.kind === 'packet-field' && t.start <= offset && offset < t.end);
  }

  /** A segment as the walker found it: new, unchanged, grown at its end, or changed. Returns it (none: no digits). */
  offer(block: Node, nodes: Text[], urgent: boolean): Segment | undefined {
    const text = joinText(nodes);
    const first = this.store.segmentOf(nodes[0]);
    if (!mayHoldTokens(text)) {
      for (const n of nodes) this.store.dropNode(n);
      return undefined;
    }
    if (first && !first.dropped && first.block === block && nodes.length >= first.nodes.length && first.nodes.every((n, i) => nodes[i] === n)) {
      if (first.text.length === text.length && nodes.length === first.nodes.length && first.text === text) return first;
      if (text.length > first.text.length && text.startsWith(first.text)) {
        const from = safeStart(first.text, first.text.length);
        this.store.extend(first, nodes.slice(), text, from);
        this.queue(first, from, text.length, urgent);
        return first;
      }
    }
    const seg = this.store.create(block, nodes.slice(), text);
    this.queue(seg, 0, text.length, urgent);
    return seg;
  }

  /** A Text node's data changed in place (characterData); `urgent` when it may be on screen. */
  textChanged(node: Text, urgent: boolean): boolean {
    const seg = this.store.segmentOf(node);
    if (!seg) return false;
    this.offer(seg.block, seg.nodes, urgent);
    return true;
  }

  /** Queues detection for [from, to) (urgent: it just changed on the page). */
  private queue(seg: Segment, from: number, to: number, urgent: boolean): void {
    seg.pending.push({ from, to, urgent });
    this.pump(seg);
  }

  /**
   * The part [from, to) of a segment is on screen (null: all of it): its detection still to do
   * there is done now while `timeUp` allows (the frame being drawn shows it), the rest moves to
   * the urgent lane; cuts are at line starts so no token is split.
   */
  promote(seg: Segment, window: [number, number] | null, timeUp: () => boolean = () => true): void {
    if (seg.dropped || !seg.pending.length) return;
    const a = window ? safeStart(seg.text, window[0]) : 0;
    const b = window ? safeEnd(seg.text, window[1]) : seg.text.length;
    const out: ScanInterval[] = [];
    let moved = false;
    for (const p of seg.pending) {
      const s = Math.max(p.from, a);
      const e = Math.min(p.to, b);
      if (e <= s) {
        out.push(p);
        continue;
      }
      if (p.urgent) {
        out.push(p);
        moved = true;
        continue;
      }
      if (p.from < s) out.push({ ...p, to: s });
      out.push({ ...p, from: s, to: e, urgent: true });
      if (e < p.to) out.push({ ...p, from: e });
      moved = true;
    }
    if (!moved) return;
    seg.pending = out;
    if (!timeUp()) this.scanSome(seg, true, timeUp);
    this.pump(seg);
  }

  /** Puts the segment in the queue of each priority it has pending work at. */
  private pump(seg: Segment): void {
    for (const lane of [this.urgentLane, this.backgroundLane]) {
      if (seg.queued & lane.bit || !seg.pending.some((p) => p.urgent === lane.urgent)) continue;
      seg.queued |= lane.bit;
      lane.segments.push(seg);
      if (!lane.serving) {
        lane.serving = true;
        this.scheduler.push((timeUp) => this.serve(lane, timeUp), lane.urgent ? 'urgent' : 'background');
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
   * Scans the segment's pending intervals of one priority (the background lane also takes urgent ones).
   * Returns false when time ran out with work left.
   */
  private scanSome(seg: Segment, urgent: boolean, timeUp: () => boolean): boolean {
    for (;;) {
      const interval = seg.dropped ? undefined : seg.pending.find((p) => p.urgent) ?? (urgent ? undefined : seg.pending[0]);
      if (!interval) return true;
      if (seg.context === null) seg.context = contextOfBlock(seg.block, seg.nodes[0]);
      const end = chunkEnd(seg.text, interval.from, interval.to, this.chunk);
      const t0 = performance.now();
      const chunk = seg.text.slice(interval.from, end);
      if (interval.packetOnly) this.addPacketFields(seg, detectPacketFields(chunk), interval.from);
      else for (const token of detectTokens(chunk, seg.context, { packetFields: this.packetFields })) this.register(seg, token, interval.from);
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

  /** Queues a packet-field search of the text already scanned without them (what is still pending finds them itself). */
  private queuePacketFields(seg: Segment): void {
    const pending = seg.pending.filter((p) => !p.packetOnly).sort((a, b) => a.from - b.from);
    let at = 0;
    for (const p of pending) {
      if (p.from > at) seg.pending.push({ from: at, to: p.from, urgent: false, packetOnly: true });
      at = Math.max(at, p.to);
    }
    if (at < seg.text.length) seg.pending.push({ from: at, to: seg.text.length, urgent: false, packetOnly: true });
    this.pump(seg);
  }

  /** Adds packet fields found in a chunk at `offset`, except where a token is already known (switched off and on again). */
  private addPacketFields(seg: Segment, fields: Token[], offset: number): void {
    const entries = this.store.sortedEntries(seg);
    const fresh = fields.filter((t) => {
      const start = offset + t.start;
      const end = offset + t.end;
      for (let i = this.store.firstEntryFrom(seg, start); i < entries.length && entries[i].start < end; i++) if (entries[i].end > start) return false;
      return true;
    });
    for (const t of fresh) this.register(seg, t, offset);
  }

  /** Forgets the stored packet fields (switched off), in slices; stops if they are switched on again meanwhile. */
  private forgetPacketFieldsTask(): Task {
    const segments = [...this.store.live];
    const isPacketField = (e: Entry) => e.name === PACKET_FIELD_NAME;
    let i = 0;
    return (timeUp) => {
      if (this.packetFields) return true;
      for (; i < segments.length; i++) {
        if (!segments[i].dropped) this.store.removeEntries(segments[i], isPacketField);
        if (i % 64 === 63 && timeUp()) return ++i >= segments.length;
      }
      return true;
    };
  }

  /** Re-colours ports after the background told their risk (in slices). */
  recolourTask(): (timeUp: () => boolean) => boolean {
    const segments = [...this.store.live];
    let i = 0;
    let k = 0;
    let work = 0;
    return (timeUp) => {
      for (; i < segments.length; i++, k = 0) {
        const seg = segments[i];
        const entries = seg.dropped ? [] : seg.entries;
        // A 10 MB log is one segment with 170,000 entries: the time is checked inside it too.
        for (; k < entries.length; k++) {
          const e = entries[k];
          if (e.port >= 0) this.store.rename(e, highlightNameFor('port', this.risks.riskOf(e.port, e.role)));
          if (++work % 512 === 0 && timeUp()) {
            k++;
            return false;
          }
        }
      }
      return true;
    };
  }

  /** The full token behind an entry: detection again around it (bounded), with the segment's context. */
  tokenOf(seg: Segment, entry: Entry): Token | undefined {
    const context = seg.context === null ? contextOfBlock(seg.block, seg.nodes[0]) : seg.context;
    return tokensAround(seg.text, entry.start, entry.end, context).find((t) => t.start === entry.start && t.end === entry.end);
  }
}
