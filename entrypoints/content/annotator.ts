// The page annotator: walks the document in slices, highlights every port and address with the
// CSS Custom Highlight API, keeps up with a live page, and opens the hover card. It adds a <style>
// and its own shadow-root hosts to the document and changes nothing else.
import type { Token } from '../../knowledge/tokens';
import { ChunkScheduler, pageSchedulerHost } from './scan/chunk-scheduler';
import { blockOf, isInline, isOwnNode, isSkipped } from './scan/dom-structure';
import { highlightNameFor, isPortKind } from './paint/highlight-names';
import { createPageHighlights, styleShadowRoot, type PageHighlights } from './paint/highlight-sink';
import { CardController } from './card/card-controller';
import { MutationTracker, type MutationBatch } from './live/mutation-tracker';
import { createPageHitTest } from './card/page-hit-test';
import { PortRiskBook } from './paint/port-risk-book';
import { SegmentScanner } from './scan/segment-scanner';
import { SegmentStore } from './scan/segment-store';
import { SegmentWalker, type ShadowRootOf, type WalkSink } from './scan/segment-walker';
import { TextareaOverlays } from './textarea/textarea-overlays';
import type { Send } from './send-request';
import { ViewportRegistration } from './paint/viewport-registration';

export const STATUS_EVENT = 'portlens:annotated';

export interface AnnotatorStatus {
  tokens: number;
  /** Ranges in CSS.highlights now (all tokens on small pages, those near the viewport on big ones). */
  registered: number;
  segments: number;
  textareas: number;
  textareaMarks: number;
  highlights: Record<string, number>;
  /** Time spent working (ms), when the annotator started and when its first slice ran (a page's own first render may come between). */
  busyMs: number;
  startedAt: number;
  firstSliceAt: number;
  reportedAt: number;
  reports: number;
}

/** Closed shadow roots of custom elements are readable by extensions (Chrome and Firefox APIs). */
function shadowRootReader(): ShadowRootOf {
  const g = globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } };
  const dom = g.chrome?.dom;
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    if (!el.tagName.includes('-')) return null;
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox ?? null;
    try {
      return dom?.openOrClosedShadowRoot?.(el) ?? null;
    } catch {
      return null;
    }
  };
}

function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && isSkipped(n as Element)) return true;
  return false;
}

export class Annotator {
  private readonly doc: Document;
  private readonly highlights: PageHighlights;
  private readonly store: SegmentStore;
  private readonly registration: ViewportRegistration;
  private readonly scheduler: ChunkScheduler;
  private readonly risks: PortRiskBook;
  private readonly scanner: SegmentScanner;
  private readonly textareas: TextareaOverlays;
  private readonly card: CardController;
  private readonly tracker: MutationTracker;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly shadowOf = shadowRootReader();
  private readonly cleanups: (() => void)[] = [];
  private readonly startedAt: number;
  private changed = true;
  private reports = 0;
  private url: string;

  constructor(
    private readonly win: Window & typeof globalThis,
    send: Send,
  ) {
    this.doc = win.document;
    this.startedAt = win.performance.now();
    this.url = win.location.href;
    this.highlights = createPageHighlights(win);
    this.store = new SegmentStore(this.highlights);
    this.registration = new ViewportRegistration(win, this.store);
    this.scheduler = new ChunkScheduler(pageSchedulerHost(win), () => this.report());
    this.risks = new PortRiskBook((ports) => send('port-risks', { ports }), () => this.recolour());
    // Which segments are on screen decides what is scanned first. On a big document each box
    // read after a highlight change costs a style pass over the whole page, so only the first
    // few hundred segments found are checked there (the top of the page; changes are urgent anyway).
    let boxReads = this.registration.isWindowed ? 400 : Infinity;
    this.scanner = new SegmentScanner(this.store, this.scheduler, this.risks, {
      rect: (el) => (boxReads-- > 0 && el.isConnected ? el.getBoundingClientRect() : null),
      viewportHeight: () => win.innerHeight,
    });
    this.textareas = new TextareaOverlays(this.doc, (t) => this.nameOf(t));
    this.tracker = new MutationTracker(win, (batch) => this.apply(batch));
    this.card = new CardController(this.doc, {
      hitTest: createPageHitTest({ doc: this.doc, store: this.store, scanner: this.scanner, textareas: this.textareas, shadowRoots: () => [...this.shadowRoots] }),
      open: async (opening) => (await send('card-open', opening)).session,
    });
  }

  start(): void {
    this.tracker.observe(this.doc);
    this.walk(this.doc.documentElement, false);
    this.card.start();
    const onScroll = () => {
      if (this.textareas.count) this.textareas.schedule();
      this.registration.schedule();
    };
    const onNavigate = () => this.checkUrl();
    this.on(this.doc, 'scroll', onScroll);
    this.on(this.win, 'resize', onScroll);
    this.on(this.win, 'popstate', onNavigate);
    this.on(this.win, 'hashchange', onNavigate);
    this.on(this.doc, 'input', (e) => (e.target as Element | null)?.tagName === 'TEXTAREA' && this.textareas.schedule());
    let ticks = 0;
    const timer = this.win.setInterval(() => {
      // Scripts set textarea.value without any event; SPA routers change the URL without one.
      if (this.textareas.count) this.textareas.schedule();
      this.checkUrl();
      if (++ticks % 10 === 0) this.scheduler.push(() => (this.store.sweep(), true), 'idle');
    }, 1000);
    this.cleanups.push(() => this.win.clearInterval(timer));
  }

  /** The log around the shown card's token, for the background's CARD_LOG_REQUEST. */
  cardLogText(session: string): string | null {
    return this.card.logTextOf(session);
  }

  /** Walks the whole document again (second injection, SPA navigation); unchanged text costs little. */
  rescan(): void {
    this.walk(this.doc.documentElement, false);
    for (const root of this.shadowRoots) this.walk(root, false);
  }

  dispose(): void {
    this.scheduler.stop();
    this.tracker.disconnect();
    this.card.stop();
    this.textareas.dispose();
    this.risks.dispose();
    this.registration.dispose();
    for (const c of this.cleanups) c();
    this.store.clear();
    this.highlights.dispose();
  }

  status(): AnnotatorStatus {
    const now = this.win.performance.now();
    return {
      tokens: this.store.size,
      registered: this.store.registered,
      segments: this.store.live.size,
      textareas: this.textareas.count,
      textareaMarks: this.textareas.markCount,
      highlights: this.highlights.counts(),
      busyMs: Math.round(this.scheduler.busyMs),
      startedAt: Math.round(this.startedAt),
      firstSliceAt: Math.round(this.scheduler.firstSliceAt),
      reportedAt: Math.round(now),
      reports: this.reports,
    };
  }

  private on(target: EventTarget, type: string, fn: (e: Event) => void): void {
    const options = { capture: true, passive: true };
    target.addEventListener(type, fn, options);
    this.cleanups.push(() => target.removeEventListener(type, fn, options));
  }

  private nameOf(token: Token): string {
    const risk = isPortKind(token.kind) && token.port !== undefined ? this.risks.riskOf(token.port, token.role) : undefined;
    return highlightNameFor(token.kind, risk);
  }

  private sink(urgent: boolean): WalkSink {
    return {
      segment: (block, nodes) => this.scanner.offer(block, nodes, urgent),
      // Inputs and selects are read when hovered; textareas get marks drawn over them.
      field: (f) => f.tagName === 'TEXTAREA' && this.textareas.track(f as HTMLTextAreaElement),
      shadowRoot: (root) => this.adopt(root),
    };
  }

  private walk(root: Node, urgent: boolean): void {
    this.changed = true;
    const walker = new SegmentWalker(root, this.sink(urgent), this.shadowOf);
    this.scheduler.push((timeUp) => walker.step(timeUp), 'urgent');
  }

  private adopt(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    styleShadowRoot(root, this.win);
    this.tracker.observe(root);
    this.walk(root, false);
  }

  /** One batch of page changes: drop what left, re-cut what changed, walk what arrived. */
  private apply(batch: MutationBatch): void {
    this.changed = true;
    const roots = new Set<Node>();
    for (const node of batch.removed) {
      if (node.isConnected) batch.added.add(node);
      else this.scheduler.push(this.dropTask(node), 'urgent');
    }
    for (const text of batch.texts) {
      if (text.isConnected && !this.scanner.textChanged(text)) roots.add(blockOf(text));
    }
    for (const node of batch.added) {
      if (!node.isConnected) continue;
      if (node.nodeType === 1 && !isInline(node as Element)) roots.add(node);
      else roots.add(blockOf(node));
    }
    for (const parent of batch.parents) if (parent.isConnected) roots.add(parent.nodeType === 1 && isInline(parent as Element) ? blockOf(parent) : parent);
    for (const ta of batch.textareas) if (ta.isConnected) this.textareas.track(ta);
    if (batch.textareas.size) this.textareas.schedule();
    for (const root of roots) {
      let covered = false;
      for (let p = root.parentNode; p && !covered; p = p.parentNode) covered = roots.has(p);
      if (covered || isOwnNode(root)) continue;
      if (root.nodeType === 1 && (root as Element).tagName === 'TEXTAREA') this.textareas.track(root as HTMLTextAreaElement);
      else if (!insideSkipped(root)) this.walk(root, true);
    }
  }

  /** Forgets the ranges of a removed subtree, in slices (a page may drop a huge log at once). */
  private dropTask(node: Node): (timeUp: () => boolean) => boolean {
    const walker = this.doc.createTreeWalker(node, 1 | 4);
    let current: Node | null = node;
    return (timeUp) => {
      if (node.isConnected) return true; // moved back: the walk of the added node takes care of it
      let count = 0;
      for (; current; current = walker.nextNode()) {
        if (current.nodeType === 3) this.store.dropNode(current as Text);
        else if ((current as Element).tagName === 'TEXTAREA') this.textareas.untrack(current as HTMLTextAreaElement);
        if (++count % 256 === 0 && timeUp()) {
          current = walker.nextNode();
          return !current;
        }
      }
      return true;
    };
  }

  private recolour(): void {
    this.changed = true;
    this.scheduler.push(this.scanner.recolourTask(), 'idle');
    if (this.textareas.count) this.textareas.schedule();
  }

  private checkUrl(): void {
    if (this.win.location.href === this.url) return;
    this.url = this.win.location.href;
    this.rescan();
  }

  /** Tells the page (and tests, benches) that annotation caught up: a CustomEvent with JSON. */
  private report(): void {
    if (!this.changed) return;
    this.changed = false;
    this.reports++;
    const detail = JSON.stringify(this.status());
    this.doc.dispatchEvent(new CustomEvent(STATUS_EVENT, { detail }));
  }
}
