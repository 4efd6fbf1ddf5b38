// Walks a subtree in slices and cuts its text into segments: runs of Text nodes inside one block
// (cell, line, `<pre>`), joined across inline elements and cut at `<br>` and block boundaries.
// Form fields and open shadow roots found on the way are reported; nothing in the page is changed.
import { blockOf, isInline, isSkipped, keepsLines } from './dom-structure';
import { formFieldOf, type FormField } from './form-fields';

export interface WalkSink {
  segment(block: Node, nodes: Text[]): void;
  /** A textarea, a text-like input or a select (their text is not in Text nodes). */
  field(el: FormField): void;
  shadowRoot(root: ShadowRoot): void;
}

/** Closed shadow roots are reachable from an extension (chrome.dom / openOrClosedShadowRoot). */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

const NODES_PER_TIME_CHECK = 64;
/** A `<pre>` Text node ending a line ends the segment, so appended lines form new segments. */
const LONG_TEXT = 1024;

export class SegmentWalker {
  private readonly walker: TreeWalker;
  private block: Node | null = null;
  private nodes: Text[] = [];
  done = false;

  constructor(
    private readonly root: Node,
    private readonly sink: WalkSink,
    private readonly shadowOf: ShadowRootOf = (el) => el.shadowRoot,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    // 1 | 4 = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
    this.walker = doc.createTreeWalker(root, 1 | 4);
  }

  /** Walks until finished (true) or until time is up (false). */
  step(timeUp: () => boolean): boolean {
    if (this.done) return true;
    const w = this.walker;
    if (w.currentNode !== this.root && !w.currentNode.isConnected && this.root.isConnected) {
      // The page removed the node we stopped at: start over (unchanged segments cost little).
      this.flush();
      w.currentNode = this.root;
    }
    let count = 0;
    let node = w.nextNode();
    while (node) {
      if (node.nodeType === 3) this.text(node as Text);
      else {
        const el = node as Element;
        if (isSkipped(el)) {
          const field = formFieldOf(el);
          if (field) this.sink.field(field);
          this.flush();
          node = this.skipSubtree();
          continue;
        }
        if (!isInline(el)) this.flush();
        const shadow = this.shadowOf(el);
        if (shadow) this.sink.shadowRoot(shadow);
      }
      if (++count % NODES_PER_TIME_CHECK === 0 && timeUp()) return false;
      node = w.nextNode();
    }
    this.flush();
    this.done = true;
    return true;
  }

  private text(t: Text): void {
    const data = t.data;
    const block = blockOf(t);
    if (block !== this.block) {
      this.flush();
      this.block = block;
    }
    if (!this.nodes.length && !/\S/.test(data)) return;
    this.nodes.push(t);
    if (data.charCodeAt(data.length - 1) === 10 && (data.length > LONG_TEXT || keepsLines(block))) this.flush();
  }

  private flush(): void {
    if (this.nodes.length && this.block) this.sink.segment(this.block, this.nodes);
    this.nodes = [];
  }

  /** The node after the current one's subtree, or null at the end of the root. */
  private skipSubtree(): Node | null {
    const w = this.walker;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      const parent = w.parentNode();
      if (!parent || parent === this.root) return null;
    }
  }
}
