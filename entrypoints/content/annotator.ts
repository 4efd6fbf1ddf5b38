// The page annotator: wires the scan (walk the page in slices, detect tokens), the paint (CSS
// highlights near the viewport), the live updates and the card together. It adds a <style> and
// its own elements to the document and changes nothing else.
import type { Token } from '../../knowledge/tokens';
import type { MarkKinds, Palette } from '../../components/options/page-settings';
import { applyMutations } from './live/apply-mutations';
import { MutationTracker } from './live/mutation-tracker';
import { NextFrame } from './live/next-frame';
import { UrlWatch } from './live/url-watch';
import { highlightNameFor, isPortKind, type HighlightName } from './paint/highlight-names';
import { visibleHighlights } from './paint/highlight-palette';
import { createPageHighlights, type PageHighlights } from './paint/highlight-sink';
import { PortRiskBook } from './paint/port-risk-book';
import { LazyCard } from './page-ui/lazy-card';
import { LazyTextareas } from './page-ui/lazy-textareas';
import { loadPageUi } from './page-ui/page-ui-api';
import { ViewportRegistration } from './paint/viewport-registration';
import { ChunkScheduler, pageSchedulerHost } from './scan/chunk-scheduler';
import { DocumentScan } from './scan/document-scan';
import { fieldTokens, fieldTokensNear } from './scan/form-fields';
import { SegmentScanner } from './scan/segment-scanner';
import { SegmentStore, type Segment } from './scan/segment-store';
import type { ShadowRootOf } from './scan/segment-walker';
import type { Send } from './send-request';

export const STATUS_EVENT = 'portlens:annotated';

/** What the Highlighting settings change on the page (applied at start and live). */
export interface HighlightingOptions {
  kinds: Pick<MarkKinds, 'addresses' | 'ports' | 'riskyPortsOnly'>;
  palette: Palette;
  hoverDelayMs: number;
  /** Packet-field tokens (TTL=, ID=, WINDOW=, TCP flags) are painted too (off by default). */
  paintPacketFields: boolean;
}

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
  /** The Highlighting settings' packet-field switch as the annotator has it now. */
  paintPacketFields: boolean;
}

/** Work done before the browser draws its first frame after the script starts: walk, then scan the top (cold code: slow). */
const FIRST_WALK_MS = 6;
const FIRST_SCAN_MS = 16;
/** Characters at the top of the page taken as its first screen (about 80 lines of a log). */
const FIRST_SCREEN_CHARS = 16_384;
/** Work done inside the frame for what the page just changed (the rest follows in the next tasks). */
const CHANGES_IN_FRAME_MS = 8;

/** Annotation work done on the 1 s tick: textarea values set by scripts, SPA URLs, a sweep now and then. */
const TICK_MS = 1000;
const SWEEP_EVERY_TICKS = 10;

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

export class Annotator {
  private readonly doc: Document;
  private readonly frame: NextFrame;
  private readonly highlights: PageHighlights;
  private readonly store: SegmentStore;
  private readonly registration: ViewportRegistration;
  private readonly scheduler: ChunkScheduler;
  private readonly risks: PortRiskBook;
  private readonly scanner: SegmentScanner;
  private readonly scan: DocumentScan;
  private readonly textareas: LazyTextareas;
  private readonly card: LazyCard;
  private readonly tracker: MutationTracker;
  private readonly urls: UrlWatch;
  private readonly shadowOf = shadowRootReader();
  private readonly cleanups: (() => void)[] = [];
  /** List items walked out of turn because they came on screen first. */
  private readonly walkedEarly = new WeakSet<Element>();
  private readonly startedAt: number;
  private changed = true;
  private reports = 0;
  /** Packet fields are put into a highlight (and coloured): the Highlighting setting, off by default. */
  private paintPacketFields = false;
  /** Whether the page has tokens, as last told to `onActive`. */
  private active = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    send: Send,
    /** Told when the page gets its first token and when it has none left (the toolbar icon). */
    private readonly onActive: (active: boolean) => void = () => undefined,
  ) {
    this.doc = win.document;
    this.startedAt = win.performance.now();
    this.frame = new NextFrame(win);
    this.highlights = createPageHighlights(win);
    let registration: ViewportRegistration | undefined;
    this.store = new SegmentStore(this.highlights, (store) => (registration = new ViewportRegistration(win, store, this.frame, {
      onScreen: (seg, window, timeUp) => this.scanner.promote(seg, window, timeUp),
      walkNow: (item) => this.walkNow(item),
    })));
    this.registration = registration!;
    this.scheduler = new ChunkScheduler(pageSchedulerHost(win), () => this.report());
    this.risks = new PortRiskBook((ports) => send('port-risks', { ports }), () => this.recolour());
    this.scanner = new SegmentScanner(this.store, this.scheduler, this.risks);
    // The hover card and the textarea marks come from page-ui.js, loaded when the page first needs them.
    this.textareas = new LazyTextareas(async () => new (await loadPageUi()).TextareaOverlays(this.doc, this.frame, (t) => this.nameOf(t), fieldTokens), () => {
      this.changed = true;
      this.report();
    });
    this.scan = new DocumentScan(this.scanner, this.scheduler, {
      // Inputs and selects are read when hovered; textareas get marks drawn over them.
      field: (f) => f.tagName === 'TEXTAREA' && this.textareas.track(f as HTMLTextAreaElement),
      shadowRoot: (root) => {
        this.highlights.styleShadowRoot(root);
        this.tracker.observe(root);
      },
    }, this.shadowOf);
    this.tracker = new MutationTracker(win, this.frame, (batch) => {
      this.changed = true;
      applyMutations(batch, {
        scanner: this.scanner,
        store: this.store,
        scheduler: this.scheduler,
        walk: (root, onScreen) => this.walkChanged(root, onScreen),
        mayBeOnScreen: (node) => this.registration.mayBeOnScreen(node),
        layoutMoved: () => this.registration.layoutMoved(),
        textareaChanged: (ta) => {
          this.textareas.track(ta);
          this.textareas.schedule();
        },
        textareaRemoved: (ta) => this.textareas.untrack(ta),
      });
      // Rows rewritten on screen are marked again in the frame about to be drawn.
      this.scheduler.runUrgentNow(CHANGES_IN_FRAME_MS);
    });
    this.urls = new UrlWatch(win, () => this.rescan());
    this.card = new LazyCard(win, async () => (await loadPageUi()).buildCard({
      doc: this.doc, store: this.store, scanner: this.scanner, textareas: this.textareas, send,
      shadowRoots: () => [...this.scan.shadowRoots],
      tokensNear: fieldTokensNear,
      shown: (token) => this.highlights.shows(this.nameOf(token)),
      shownRanges: () => this.highlights.shownRanges(),
    }));
  }

  start(): void {
    this.tracker.observe(this.doc);
    this.firstScreen();
    this.card.start();
    const onScroll = () => {
      this.textareas.schedule();
      this.registration.schedule();
    };
    this.on(this.doc, 'scroll', onScroll);
    this.on(this.win, 'resize', onScroll);
    this.on(this.doc, 'input', (e) => (e.target as Element | null)?.tagName === 'TEXTAREA' && this.textareas.schedule());
    let ticks = 0;
    const timer = this.win.setInterval(() => {
      // Scripts set textarea.value without any event; SPA routers change the URL without one.
      this.textareas.schedule();
      this.urls.poll();
      if (++ticks % SWEEP_EVERY_TICKS === 0) this.scheduler.push(this.store.sweepTask(), 'idle');
    }, TICK_MS);
    this.cleanups.push(() => this.win.clearInterval(timer));
  }

  /** Marks the top of the page before its first frame; the walk goes on in idle time. */
  private firstScreen(): void {
    const clock = this.win.performance;
    const walkUntil = clock.now() + FIRST_WALK_MS;
    const top = this.scan.walkFirst(this.doc.documentElement, () => clock.now() >= walkUntil);
    this.registration.guessOnScreen(top, FIRST_SCREEN_CHARS);
    const scanUntil = clock.now() + FIRST_SCAN_MS;
    const timeUp = () => clock.now() >= scanUntil;
    let left = FIRST_SCREEN_CHARS;
    for (const seg of top) {
      if (left <= 0 || timeUp()) break;
      this.scanner.promote(seg, seg.text.length <= left ? null : [0, left], timeUp);
      left -= seg.text.length;
    }
  }

  /** Walks the whole document again (second injection, SPA navigation); unchanged text costs little. */
  rescan(): void {
    this.changed = true;
    // A new document in the same tab (SPA navigation): tell the toolbar again once tokens are found.
    this.active = false;
    this.scan.rescan(this.doc);
  }

  /** Applies the Highlighting settings: kinds drawn, palette, hover delay (at start and on every change). */
  applyHighlighting(options: HighlightingOptions): void {
    const visible = visibleHighlights(options.kinds, options.paintPacketFields);
    this.highlights.configure(visible, options.palette);
    this.textareas.setColours(options.palette, visible);
    this.card.setRestMs(options.hoverDelayMs);
    // Packet fields are stored (and painted) only while this is on; off, the hover finds them.
    this.scanner.setPacketFields(options.paintPacketFields);
    this.paintPacketFields = options.paintPacketFields;
    this.changed = true;
  }

  /** The log around the shown card's token, for the background's CARD_LOG_REQUEST. */
  cardLogText(session: string): string | null {
    return this.card.logTextOf(session);
  }

  dispose(): void {
    this.scheduler.stop();
    this.tracker.disconnect();
    this.frame.dispose();
    this.card.stop();
    this.textareas.dispose();
    this.risks.dispose();
    this.registration.dispose();
    this.urls.dispose();
    for (const c of this.cleanups) c();
    this.store.clear();
    this.highlights.dispose();
    if (this.active) this.onActive((this.active = false));
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
      paintPacketFields: this.paintPacketFields,
    };
  }

  private on(target: EventTarget, type: string, fn: (e: Event) => void): void {
    const options = { capture: true, passive: true };
    target.addEventListener(type, fn, options);
    this.cleanups.push(() => target.removeEventListener(type, fn, options));
  }

  private nameOf(token: Token): HighlightName {
    const risk = isPortKind(token.kind) && token.port !== undefined ? this.risks.riskOf(token.port, token.role) : undefined;
    return highlightNameFor(token.kind, risk);
  }

  /** A subtree the page changed: walked first when it may be on screen, else after other work. */
  private walkChanged(root: Node, onScreen: boolean): void {
    this.changed = true;
    if (onScreen) this.scan.walk(root, true);
    else this.scan.walkLater(root);
  }

  /** A list item came on screen before the document walk reached it: walk it now (it is small). */
  private walkNow(item: Element): Segment[] {
    if (this.walkedEarly.has(item)) return [];
    this.walkedEarly.add(item);
    return this.scan.walkNow(item);
  }

  private recolour(): void {
    this.changed = true;
    this.scheduler.push(this.scanner.recolourTask(), 'idle');
    this.textareas.schedule();
  }

  /** Tells the page (and tests, benches) that annotation caught up: a CustomEvent with JSON. */
  private report(): void {
    if (!this.changed) return;
    this.changed = false;
    this.reports++;
    const status = this.status();
    const active = status.tokens > 0;
    if (active !== this.active) this.onActive((this.active = active));
    this.doc.dispatchEvent(new CustomEvent(STATUS_EVENT, { detail: JSON.stringify(status) }));
  }
}
