// What a batch of page changes means for the annotation: ranges into removed nodes are dropped
// (in slices: a page may drop a huge log at once), Text nodes rewritten in place are re-cut and
// rescanned, and added or changed subtrees are walked again: as urgent work when they may be on
// screen, else after it. Elements coming or going may move what is on screen.
import type { ChunkScheduler, Task } from '../scan/chunk-scheduler';
import { blockOf, isInline, isOwnNode, isSkipped } from '../scan/dom-structure';
import type { SegmentScanner } from '../scan/segment-scanner';
import type { SegmentStore } from '../scan/segment-store';
import type { MutationBatch } from './mutation-tracker';

export interface MutationTargets {
  scanner: SegmentScanner;
  store: SegmentStore;
  scheduler: ChunkScheduler;
  /** Walks a changed subtree: before other work when it may be on screen, else after it. */
  walk(root: Node, onScreen: boolean): void;
  /** Whether a changed node is on screen, or may be (as of the last look at the screen). */
  mayBeOnScreen(node: Node): boolean;
  /** Elements were added or removed. */
  layoutMoved(): void;
  textareaChanged(ta: HTMLTextAreaElement): void;
  textareaRemoved(ta: HTMLTextAreaElement): void;
}

function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && isSkipped(n as Element)) return true;
  return false;
}

/** Forgets the ranges of a removed subtree, in slices. */
function dropTask(node: Node, t: MutationTargets): Task {
  const walker = node.ownerDocument!.createTreeWalker(node, 1 | 4); // elements and text
  let current: Node | null = node;
  return (timeUp) => {
    if (node.isConnected) return true; // moved back: the walk of the added node takes care of it
    let count = 0;
    for (; current; current = walker.nextNode()) {
      if (current.nodeType === 3) t.store.dropNode(current as Text);
      else if ((current as Element).tagName === 'TEXTAREA') t.textareaRemoved(current as HTMLTextAreaElement);
      if (++count % 256 === 0 && timeUp()) {
        current = walker.nextNode();
        return !current;
      }
    }
    return true;
  };
}

export function applyMutations(batch: MutationBatch, t: MutationTargets): void {
  const roots = new Set<Node>();
  let elements = false;
  for (const node of batch.removed) {
    elements ||= node.nodeType === 1;
    if (node.isConnected) batch.added.add(node);
    else t.scheduler.push(dropTask(node, t), 'urgent');
  }
  for (const node of batch.added) elements ||= node.nodeType === 1;
  if (elements) t.layoutMoved();
  for (const text of batch.texts) {
    if (text.isConnected && !t.scanner.textChanged(text, t.mayBeOnScreen(text))) roots.add(blockOf(text));
  }
  for (const node of batch.added) {
    if (!node.isConnected) continue;
    if (node.nodeType === 1 && !isInline(node as Element)) roots.add(node);
    else roots.add(blockOf(node));
  }
  for (const parent of batch.parents) if (parent.isConnected) roots.add(parent.nodeType === 1 && isInline(parent as Element) ? blockOf(parent) : parent);
  for (const ta of batch.textareas) if (ta.isConnected) t.textareaChanged(ta);
  for (const root of roots) {
    let covered = false;
    for (let p = root.parentNode; p && !covered; p = p.parentNode) covered = roots.has(p);
    if (covered || isOwnNode(root)) continue;
    if (root.nodeType === 1 && (root as Element).tagName === 'TEXTAREA') t.textareaChanged(root as HTMLTextAreaElement);
    else if (!insideSkipped(root)) t.walk(root, t.mayBeOnScreen(root));
  }
}
