// Watches the page (and each open shadow root) for changes and hands them over in batches, once
// per animation frame: changed Text nodes, added and removed nodes, parents whose inline content
// changed, and textareas whose content was replaced. Our own elements are ignored, so the
// annotator never reacts to itself.
import { isInline, isOwnNode } from '../scan/dom-structure';
import type { NextFrame } from './next-frame';

export interface MutationBatch {
  texts: Set<Text>;
  added: Set<Node>;
  removed: Set<Node>;
  /** Parents that gained or lost Text nodes or inline elements: their lines must be re-cut. */
  parents: Set<Node>;
  textareas: Set<HTMLTextAreaElement>;
}

const emptyBatch = (): MutationBatch => ({ texts: new Set(), added: new Set(), removed: new Set(), parents: new Set(), textareas: new Set() });

/** Flush early when this many nodes are waiting (a page rebuilding a huge table). */
const MAX_WAITING = 5000;

function affectsLines(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element));
}

export class MutationTracker {
  private readonly observer: MutationObserver;
  private batch = emptyBatch();
  private waiting = 0;
  private readonly flushNow = () => this.flush();

  constructor(
    win: Window & typeof globalThis,
    private readonly frame: NextFrame,
    private readonly onBatch: (batch: MutationBatch) => void,
  ) {
    this.observer = new win.MutationObserver((records) => this.collect(records));
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.batch = emptyBatch();
  }

  private collect(records: MutationRecord[]): void {
    const b = this.batch;
    for (const r of records) {
      const target = r.target;
      if (r.type === 'characterData') {
        if (target.nodeType === 3 && !isOwnNode(target)) b.texts.add(target as Text);
        continue;
      }
      if (target.nodeType === 1 && (target as Element).tagName === 'TEXTAREA') {
        b.textareas.add(target as HTMLTextAreaElement);
        continue;
      }
      if (isOwnNode(target)) continue;
      let lines = false;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1 && isOwnNode(n)) continue;
        b.added.add(n);
        lines ||= affectsLines(n);
      }
      for (const n of Array.from(r.removedNodes)) {
        if (n.nodeType === 1 && isOwnNode(n)) continue;
        b.removed.add(n);
        lines ||= affectsLines(n);
      }
      if (lines) b.parents.add(target);
      this.waiting += r.addedNodes.length + r.removedNodes.length + 1;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.waiting > MAX_WAITING) this.flush();
    else this.frame.request(this.flushNow);
  }

  private flush(): void {
    this.waiting = 0;
    const b = this.batch;
    this.batch = emptyBatch();
    if (b.texts.size || b.added.size || b.removed.size || b.parents.size || b.textareas.size) this.onBatch(b);
  }
}
