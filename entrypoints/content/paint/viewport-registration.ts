// Browsers recompute every registered highlight range on each frame after a highlight changes
// (Chromium: ~140 ms for 160,000 ranges on a 10 MB log). So small pages get every range; on a
// page with many tokens only those near the viewport are registered, following scrolling. Every
// token stays known (hover works everywhere); only its range comes and goes.
import { visibleOffsets } from './block-lines';
import { blockElement } from '../scan/dom-structure';
import type { Entry, Segment, SegmentStore } from '../scan/segment-store';

/** Pages with up to this many tokens get all of them highlighted. */
export const REGISTER_ALL_UP_TO = 3000;
/** Most ranges registered at once in viewport mode. */
export const MAX_REGISTERED = 6000;
/** A text this long (a big log) has more tokens than that: go by the viewport from the start. */
const LONG_TEXT = 65_536;
/**
 * A document with this many elements goes by the viewport from the start: Chromium repaints the
 * whole document after any highlight change, so changes must stay few and small there.
 */
const BIG_DOCUMENT = 5000;
/** A parent with this many children is a list (log lines, table rows): it is watched as one. */
const LIST_SIZE = 64;
/** Extra characters kept around the visible part of a huge text. */
const WINDOW_SLACK = 2048;
const EMPTY: [number, number] = [1, 0];

/** Parents known to be long lists. (childElementCount walks all the children: ask once per parent.) */
const lists = new WeakSet<Element>();
let notLists = new WeakSet<Element>();

function isList(parent: Element): boolean {
  if (lists.has(parent)) return true;
  if (notLists.has(parent)) return false;
  const list = parent.childElementCount >= LIST_SIZE;
  (list ? lists : notLists).add(parent);
  return list;
}

/** The element watched for a block (its list, when it is an item of a long list) and the item. */
function placeOf(block: Element): { group: Element; item: Element } {
  let item = block;
  for (let depth = 0; depth < 3; depth++) {
    const parent = item.parentElement;
    if (!parent) break;
    if (isList(parent)) return { group: parent, item };
    item = parent;
  }
  return { group: block, item: block };
}

export class ViewportRegistration {
  private windowed = false;
  private observer: IntersectionObserver | undefined;
  /** Watched elements near the viewport (IntersectionObserver, one screen of margin). */
  private readonly near = new Set<Element>();
  private readonly items = new Map<Element, Map<Element, Set<Segment>>>();
  private readonly shown = new Set<Segment>();
  /** Segments on screen as of the last check; null for all their text, else the offsets shown. */
  private readonly visible = new Map<Segment, [number, number] | null>();
  private scheduled = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly store: SegmentStore,
  ) {
    store.policy = (seg, entry) => this.accepts(seg, entry);
    store.onCreate = (seg) => this.windowed && this.follow(seg);
    store.onDrop = (seg) => this.forget(seg);
    if (win.document.getElementsByTagName('*').length > BIG_DOCUMENT) this.enterWindowed();
  }

  get isWindowed(): boolean {
    return this.windowed;
  }

  /** Re-checks which ranges to register, on the next frame (scrolling, new segments). */
  schedule(): void {
    if (!this.windowed || this.scheduled) return;
    this.scheduled = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.scheduled = false;
      this.sync();
    };
    this.win.requestAnimationFrame(run);
    this.win.setTimeout(run, 150);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.items.clear();
    this.shown.clear();
    this.visible.clear();
  }

  private accepts(seg: Segment, entry: Entry): boolean {
    if (!this.windowed) {
      if (this.store.registered < REGISTER_ALL_UP_TO && seg.text.length < LONG_TEXT) return true;
      this.enterWindowed();
      return false;
    }
    if (!this.visible.has(seg)) {
      this.schedule(); // a new segment: whether it is on screen is worked out on the next frame
      return false;
    }
    const window = this.visible.get(seg);
    if (this.store.registered >= MAX_REGISTERED || (window && (entry.end < window[0] || entry.start > window[1]))) return false;
    this.shown.add(seg);
    return true;
  }

  private enterWindowed(): void {
    this.windowed = true;
    this.observer = new this.win.IntersectionObserver((changes) => {
      for (const c of changes) {
        if (c.isIntersecting) this.near.add(c.target);
        else this.near.delete(c.target);
      }
      this.schedule();
    }, { rootMargin: '100% 0px 100% 0px' });
    for (const seg of this.store.live) {
      this.follow(seg);
      if (seg.entries.some((e) => e.range)) this.shown.add(seg);
    }
    this.schedule();
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

  private forget(seg: Segment): void {
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
    this.near.delete(group);
    this.observer?.unobserve(group);
  }

  /** Registers the entries near the viewport and unregisters the rest. */
  private sync(): void {
    notLists = new WeakSet(); // short lists may have grown since
    this.visible.clear();
    for (const group of this.near) {
      const byItem = this.items.get(group);
      if (!byItem) continue;
      const items = byItem.size === 1 && byItem.has(group) ? [group] : this.itemsOnScreen(group, byItem);
      for (const item of items) for (const seg of byItem.get(item) ?? []) this.visible.set(seg, this.windowOf(seg));
    }
    for (const seg of this.shown) {
      if (this.visible.has(seg)) continue;
      for (const e of seg.entries) this.store.unregister(e);
      this.shown.delete(seg);
    }
    for (const [seg, window] of this.visible) {
      for (const e of seg.entries) {
        const inside = !window || (e.end >= window[0] && e.start <= window[1]);
        if (!inside) this.store.unregister(e);
        else if (!e.range && this.store.registered < MAX_REGISTERED) this.store.register(seg, e);
      }
      this.shown.add(seg);
    }
  }

  /** The items of a long list within a screen of the viewport: binary search on their boxes (lists run top to bottom). */
  private itemsOnScreen(group: Element, byItem: Map<Element, Set<Segment>>): Element[] {
    const children = group.children;
    const h = this.win.innerHeight;
    let lo = 0;
    let hi = children.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (children[mid].getBoundingClientRect().bottom < -h) lo = mid + 1;
      else hi = mid;
    }
    const out: Element[] = [];
    for (let i = lo; i < children.length && out.length < 2000; i++) {
      const child = children[i];
      if (child.getBoundingClientRect().top > 2 * h) break;
      if (byItem.has(child)) out.push(child);
    }
    return out;
  }

  /** For a block taller than two screens, the segment's offsets on screen (one screen added above and below). */
  private windowOf(seg: Segment): [number, number] | null {
    const block = blockElement(seg.block);
    if (!block || block.scrollHeight <= 2 * this.win.innerHeight) return null;
    const [from, to] = visibleOffsets(seg, block, this.win.innerHeight);
    return to < from ? EMPTY : [Math.max(0, from - WINDOW_SLACK), to + WINDOW_SLACK];
  }
}
