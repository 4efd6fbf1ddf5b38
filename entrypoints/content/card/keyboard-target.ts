// Keyboard access to the page card. CSS highlights are not elements, so they cannot take focus;
// instead a shortcut (CARD_SHORTCUT) walks the highlighted tokens in document order from the
// caret (the selection, e.g. with caret browsing), from the focused element, or from the token it
// opened last, and the controller opens that token's card, pinned, with focus inside it.
import type { HoverTarget } from './page-hit-test';

/** Alt+Shift+K (by key position, so keyboard layouts and macOS Option characters do not matter). */
export const CARD_SHORTCUT = { code: 'KeyK', label: 'Alt+Shift+K' } as const;

export function isCardShortcut(e: KeyboardEvent): boolean {
  return e.isTrusted && e.code === CARD_SHORTCUT.code && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
}

export interface KeyboardTargetDeps {
  doc: Document;
  /** Ranges of the highlights drawn now (kinds switched off are not offered). */
  shownRanges(): Iterable<AbstractRange>;
  hitTest(x: number, y: number): HoverTarget | null;
}

interface Point {
  node: Node;
  offset: number;
}

/** Finds the token the shortcut opens: the one at or after the starting point, wrapping to the first. */
export class KeyboardTarget {
  /** End of the token opened last, and the selection seen then (a moved caret starts afresh). */
  private last: { end: Point; selection: Point | null } | undefined;

  constructor(private readonly deps: KeyboardTargetDeps) {}

  next(): HoverTarget | null {
    const { doc } = this.deps;
    const from = this.startPoint();
    const range = this.firstAfter(from) ?? this.firstAfter(null);
    if (!range) return null;
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const win = doc.defaultView!;
    let rect = live.getClientRects()[0];
    if (!rect) return null;
    if (rect.top < 0 || rect.bottom > win.innerHeight || rect.left < 0 || rect.right > win.innerWidth) {
      win.scrollBy(rect.left - win.innerWidth / 2, rect.top - win.innerHeight / 2);
      rect = live.getClientRects()[0];
      if (!rect) return null;
    }
    const target = this.deps.hitTest(rect.left + Math.min(rect.width / 2, 2), rect.top + rect.height / 2);
    this.last = { end: { node: range.endContainer, offset: range.endOffset }, selection: this.selectionPoint() };
    return target;
  }

  private selectionPoint(): Point | null {
    const sel = this.deps.doc.getSelection();
    return sel?.focusNode ? { node: sel.focusNode, offset: sel.focusOffset } : null;
  }

  private startPoint(): Point | null {
    const { doc } = this.deps;
    const sel = this.selectionPoint();
    const last = this.last;
    const caretMoved = sel && (!last?.selection || last.selection.node !== sel.node || last.selection.offset !== sel.offset);
    if (caretMoved && sel) return sel;
    if (last?.end.node.isConnected) return last.end;
    const active = doc.activeElement;
    if (active && active !== doc.body && active !== doc.documentElement) return { node: active, offset: 0 };
    return null;
  }

  /** The first shown range ending after `from` (any shown range when `from` is null), in document order. */
  private firstAfter(from: Point | null): AbstractRange | null {
    const { doc } = this.deps;
    const caret = doc.createRange();
    if (from) caret.setStart(from.node, from.offset);
    let best: AbstractRange | null = null;
    const bestStart = doc.createRange();
    for (const r of this.deps.shownRanges()) {
      if (r.collapsed) continue;
      try {
        if (from && caret.comparePoint(r.endContainer, r.endOffset) !== 1) continue;
        if (best && bestStart.comparePoint(r.startContainer, r.startOffset) !== -1) continue;
      } catch {
        continue; // a range in a shadow tree or a node removed since
      }
      best = r;
      bestStart.setStart(r.startContainer, r.startOffset);
    }
    return best;
  }
}
