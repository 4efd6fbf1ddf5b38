// Walks a document (and every shadow root found in it) into the scanner, in scheduler slices:
// text segments go to detection, form fields and shadow roots to whoever handles them.
import type { ChunkScheduler } from './chunk-scheduler';
import type { FormField } from './form-fields';
import type { SegmentScanner } from './segment-scanner';
import type { Segment } from './segment-store';
import { SegmentWalker, type ShadowRootOf } from './segment-walker';

export interface DocumentScanHooks {
  field(field: FormField): void;
  /** A shadow root seen for the first time (to style and observe it). */
  shadowRoot(root: ShadowRoot): void;
}

export class DocumentScan {
  readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly scanner: SegmentScanner,
    private readonly scheduler: ChunkScheduler,
    private readonly hooks: DocumentScanHooks,
    private readonly shadowOf: ShadowRootOf = (el) => el.shadowRoot,
  ) {}

  /**
   * Walks `root`. `urgent` for what just changed on the page: walked and scanned before other work.
   * Otherwise one slice runs at once (the top of the page, usually the first screen) and the rest
   * is background work in document order; what comes on screen before the walk gets there is walked
   * at once (walkNow).
   */
  walk(root: Node, urgent: boolean): void {
    const step = this.stepper(root, urgent);
    if (urgent) this.scheduler.push(step, 'urgent');
    else {
      this.scheduler.push((timeUp) => {
        if (!step(timeUp)) this.scheduler.push(step, 'background');
        return true;
      }, 'urgent');
    }
  }

  /** Walks a changed subtree that is off screen, after the work for what is on screen. */
  walkLater(root: Node): void {
    this.scheduler.push(this.stepper(root, false), 'background');
  }

  private stepper(root: Node, urgent: boolean): (timeUp: () => boolean) => boolean {
    const walker = new SegmentWalker(
      root,
      {
        segment: (block, nodes) => this.scanner.offer(block, nodes, urgent),
        field: (f) => this.hooks.field(f),
        shadowRoot: (r) => this.adopt(r),
      },
      this.shadowOf,
    );
    return (timeUp) => walker.step(timeUp);
  }

  /**
   * The first walk of a page: one slice at once, before the browser draws its first frame, and
   * the rest as background work. Returns the segments of that slice in document order (the top of the
   * page, where a page that was just loaded shows its first screen).
   */
  walkFirst(root: Node, timeUp: () => boolean): Segment[] {
    const made: Segment[] = [];
    const walker = new SegmentWalker(
      root,
      {
        segment: (block, nodes) => {
          const seg = this.scanner.offer(block, nodes, false);
          if (seg) made.push(seg);
        },
        field: (f) => this.hooks.field(f),
        shadowRoot: (r) => this.adopt(r),
      },
      this.shadowOf,
    );
    if (!walker.step(timeUp)) this.scheduler.push((t) => walker.step(t), 'background');
    return made;
  }

  /**
   * Walks a small subtree at once (a list item that came on screen before the document walk got
   * there), its text scanned as urgent work; returns the segments it holds.
   */
  walkNow(root: Element): Segment[] {
    const made: Segment[] = [];
    const walker = new SegmentWalker(
      root,
      {
        segment: (block, nodes) => {
          const seg = this.scanner.offer(block, nodes, true);
          if (seg) made.push(seg);
        },
        field: (f) => this.hooks.field(f),
        shadowRoot: (r) => this.adopt(r),
      },
      this.shadowOf,
    );
    walker.step(() => false);
    return made;
  }

  /** Walks everything again (second injection, SPA navigation); unchanged text costs little. */
  rescan(doc: Document): void {
    this.walk(doc.documentElement, false);
    for (const root of this.shadowRoots) this.walk(root, false);
  }

  private adopt(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.hooks.shadowRoot(root);
    this.walk(root, false);
  }
}
