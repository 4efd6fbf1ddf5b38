// Which ranges are in CSS.highlights. Chromium recomputes every registered range on each frame
// after any highlight change, so a frame with 6,000 ranges costs ~100 ms: small pages get every
// range, and on a page with many tokens only those on screen (and half a screen around) are
// registered, following scrolling. Every token stays known (hover works everywhere).
// It also tells what is on screen, once per frame (geometry is only read right after a frame is
// drawn, when layout is clean): the scanner scans that text at once and moves the rest of it to
// the front of its queue, and list items the document walk has not reached yet are walked at once.
import { visibleOffsets } from './block-lines';
import { blockElement, blockOf } from '../scan/dom-structure';
import type { Entry, RegisterPolicy, Segment, SegmentStore } from '../scan/segment-store';
import type { NextFrame } from '../live/next-frame';
import { MARGIN_SCREENS, forgetShortLists, itemsOnScreen, placeOf } from './screen-lists';

/** Pages with up to this many tokens get all of them highlighted. */
export const REGISTER_ALL_UP_TO = 1500;
/** Most ranges registered at once in viewport mode. */
export const MAX_REGISTERED = 1500;
/** A text this long (a big log) has more tokens than that: go by the viewport from the start. */
const LONG_TEXT = 65_536;
/** A document with this many elements goes by the viewport from the start. */
const BIG_DOCUMENT = 5000;
/** Detection done inside the frame for what is on screen (the rest follows in the next tasks). */
const SCAN_IN_FRAME_MS = 8;
const EMPTY: [number, number] = [1, 0];

/** What the registration tells about the screen. */
export interface ScreenListener {
  /** The part of a segment on screen (null: all of it), to be scanned first (now, while `timeUp` allows). */
  onScreen(seg: Segment, window: [number, number] | null, timeUp: () => boolean): void;
  /** A list item on screen that holds no known segment yet: walk it now, return what it made. */
  walkNow(item: Element): Segment[];
}

export class ViewportRegistration implements RegisterPolicy {
  private windowed = false;
  private observer: IntersectionObserver | undefined;
  /** Watched elements near the viewport (IntersectionObserver), once it has reported. */
  private near: Set<Element> | undefined;
  private readonly items = new Map<Element, Map<Element, Set<Segment>>>();
  /** Segments with registered entries, and those entries (some may have been dropped since). */
  private readonly shown = new Map<Segment, Entry[]>();
  /** Segments on screen as of the last check; null for all their text, else the offsets shown. */
  private readonly visible = new Map<Segment, [number, number] | null>();
  /** List items on screen at the last check: a row rewritten in place is known to be on screen at once. */
  private visibleItems = new WeakSet<Element>();
  /** Long lists looked at in the last check: their other items were off screen then. */
  private checkedLists = new WeakSet<Element>();
  /** No element came or went since the last check, so its answer still holds for list items. */
  private settled = false;
  private readonly syncNow = () => this.sync();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly store: SegmentStore,
    private readonly frame: NextFrame,
    private readonly screen: ScreenListener,
  ) {
    // item(n) of the live collection walks n elements, its length all of them.
    if (win.document.getElementsByTagName('*').item(BIG_DOCUMENT)) this.enterWindowed();
  }

  get isWindowed(): boolean {
    return this.windowed;
  }

  /** Re-checks what is on screen on the next frame (scrolling, resizing, new segments). */
  schedule(): void {
    if (this.windowed) this.frame.afterFrame(this.syncNow);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.near?.clear();
    this.items.clear();
    this.shown.clear();
    this.visible.clear();
  }

  /** Elements were added or removed: what is on screen may have moved. */
  layoutMoved(): void {
    this.settled = false;
    this.schedule();
  }

  /** Whether a changed node is on screen or may be, as of the last check (a rewritten row off screen is not). */
  mayBeOnScreen(node: Node): boolean {
    if (!this.windowed) return true;
    const block = node.nodeType === 1 ? (node as Element) : blockElement(blockOf(node));
    return !block || !this.knownOffScreen(placeOf(block));
  }

  accepts(seg: Segment, entry: Entry): boolean {
    if (!this.windowed) {
      if (this.store.registered < REGISTER_ALL_UP_TO && seg.text.length < LONG_TEXT) return true;
      this.enterWindowed();
      return false;
    }
    if (!this.visible.has(seg)) {
      const block = blockElement(seg.block);
      const place = block && placeOf(block);
      if (place && this.visibleItems.has(place.item)) {
        this.visible.set(seg, null); // new text in a row that is on screen (a live table's rewrite)
      } else {
        // A new segment: whether it is on screen is worked out on the next frame, unless it is known.
        if (!place || !this.knownOffScreen(place)) this.schedule();
        return false;
      }
    }
    const window = this.visible.get(seg);
    if (this.store.registered >= MAX_REGISTERED || (window && (entry.end < window[0] || entry.start > window[1]))) return false;
    this.remember(seg, entry);
    return true;
  }

  created(seg: Segment): void {
    if (this.windowed) this.follow(seg);
    else if (seg.text.length >= LONG_TEXT) this.enterWindowed(); // a big log: go by the screen before any detection
  }

  dropped(seg: Segment): void {
    this.shown.delete(seg);
    this.visible.delete(seg);
    const block = blockElement(seg.block);
    if (!block) return;
    const { group, item } = placeOf(block);
    const byItem = this.items.get(group);
    const set = byItem?.get(item);
    if (!byItem || !set) return;
    set.delete(seg);
    if (set.size) return;
    byItem.delete(item);
    if (byItem.size) return;
    this.items.delete(group);
    this.near?.delete(group);
    this.observer?.unobserve(group);
  }

  /**
   * Before the first frame (no layout read yet): takes the start of these segments (the top of a
   * page just loaded) as on screen, so their ranges are in the first frame drawn. The first
   * check of the real screen corrects the guess.
   */
  guessOnScreen(segments: readonly Segment[], chars: number): void {
    let left = chars;
    for (const seg of segments) {
      if (left <= 0) break;
      this.visible.set(seg, seg.text.length <= left ? null : [0, left]);
      left -= seg.text.length;
    }
    this.schedule();
  }

  private enterWindowed(): void {
    this.windowed = true;
    this.observer = new this.win.IntersectionObserver((changes) => {
      this.near ??= new Set();
      for (const c of changes) {
        if (c.isIntersecting) this.near.add(c.target);
        else this.near.delete(c.target);
      }
      this.schedule();
    }, { rootMargin: '100% 0px 100% 0px' });
    for (const seg of this.store.live) {
      this.follow(seg);
      for (const e of seg.entries) if (e.range) this.remember(seg, e);
    }
    this.schedule();
  }

  private remember(seg: Segment, entry: Entry): void {
    const list = this.shown.get(seg);
    if (list) list.push(entry);
    else this.shown.set(seg, [entry]);
  }

  private follow(seg: Segment): void {
    const block = blockElement(seg.block);
    if (!block) return;
    const { group, item } = placeOf(block);
    let byItem = this.items.get(group);
    if (!byItem) {
      byItem = new Map();
      this.items.set(group, byItem);
      this.observer?.observe(group);
    }
    let set = byItem.get(item);
    if (!set) byItem.set(item, (set = new Set()));
    set.add(seg);
  }

  /**
   * Off screen as of the last check: its group is far from the viewport (the observer reports any
   * change), or it is an item of a long list looked at then, and no element came or went since.
   */
  private knownOffScreen({ group, item }: { group: Element; item: Element }): boolean {
    if (this.visibleItems.has(item)) return false;
    if (this.near && !this.near.has(group) && this.items.has(group)) return true;
    return group !== item && this.settled && this.checkedLists.has(group);
  }

  /** Groups near the viewport: the observer's answer, or (before its first report) a direct look. */
  private nearGroups(): Iterable<Element> {
    if (this.near) return this.near;
    const h = this.win.innerHeight;
    const out: Element[] = [];
    for (const group of this.items.keys()) {
      const r = group.getBoundingClientRect();
      if (r.bottom >= -h && r.top <= 2 * h && (r.width || r.height)) out.push(group);
    }
    return out;
  }

  /** Registers the entries near the viewport, unregisters the rest, and reports what is on screen. */
  private sync(): void {
    forgetShortLists(); // they may have grown since
    this.visible.clear();
    this.visibleItems = new WeakSet();
    this.checkedLists = new WeakSet();
    this.settled = true;
    for (const group of [...this.nearGroups()]) {
      const byItem = this.items.get(group);
      if (!byItem) continue;
      if (byItem.size === 1 && byItem.has(group)) {
        for (const seg of byItem.get(group)!) this.visible.set(seg, this.windowOf(seg));
        continue;
      }
      this.checkedLists.add(group);
      for (const item of itemsOnScreen(group, this.win)) {
        this.visibleItems.add(item);
        const segs = byItem.get(item) ?? this.screen.walkNow(item);
        for (const seg of segs) this.visible.set(seg, null);
      }
    }
    for (const [seg, entries] of this.shown) {
      if (this.visible.has(seg)) continue;
      for (const e of entries) this.store.unregister(e);
      this.shown.delete(seg);
    }
    const until = this.win.performance.now() + SCAN_IN_FRAME_MS;
    const timeUp = () => this.win.performance.now() >= until;
    for (const [seg, window] of this.visible) {
      this.screen.onScreen(seg, window, timeUp);
      this.registerWindow(seg, window);
    }
  }

  /** Registers the entries of `seg` inside `window` (all when null) and unregisters its others. */
  private registerWindow(seg: Segment, window: [number, number] | null): void {
    const inside = (e: Entry) => !window || (e.end >= window[0] && e.start <= window[1]);
    const kept: Entry[] = [];
    for (const e of this.shown.get(seg) ?? []) {
      if (!e.range) continue;
      if (inside(e)) kept.push(e);
      else this.store.unregister(e);
    }
    // A 10 MB log is one segment of 170,000 entries: only the window's are looked at.
    const entries = this.store.sortedEntries(seg);
    for (let i = window ? this.store.firstEntryFrom(seg, window[0]) : 0; i < entries.length; i++) {
      const e = entries[i];
      if (window && e.start > window[1]) break;
      if (e.range || this.store.registered >= MAX_REGISTERED) continue;
      this.store.register(seg, e);
      kept.push(e);
    }
    this.shown.set(seg, kept);
  }

  /** For a block that scrolls or is taller than the screen, the segment's offsets on screen (with margin). */
  private windowOf(seg: Segment): [number, number] | null {
    const block = blockElement(seg.block);
    if (!block || block.scrollHeight <= this.win.innerHeight) return null;
    const [from, to] = visibleOffsets(seg, block, this.win.innerHeight, MARGIN_SCREENS);
    return to < from ? EMPTY : [from, to];
  }
}
