// Which token lies under the pointer: the caret position at the point (caretPositionFromPoint,
// caretRangeFromPoint as fallback) gives a Text node and offset; the segment's entry covering it is
// confirmed against its rectangles (packet fields, while not stored, are detected there). Textareas
// use their mirror's marks, inputs their value, selects the option they show.
import type { Token } from '../../../knowledge/tokens';
import { MAX_CARD_LINE } from '../../../messaging/protocol';
import { blockElement, formFieldOf, shownOption, type FormField } from '../scan/dom-structure';
import type { fieldTokensNear } from '../scan/form-fields';
import type { SegmentScanner } from '../scan/segment-scanner';
import type { Segment, SegmentStore } from '../scan/segment-store';
import { windowAround } from '../scan/text-window';
import type { FieldHit } from '../textarea/textarea-overlays';

export interface HoverTarget {
  token: Token;
  /** The token's box on screen (first line when it wraps). */
  anchor: DOMRect;
  /** What the token belongs to: same owner and start means the same token. */
  owner: object;
  /** The token sits in a log, table or list the side panel can analyse. */
  inLog: boolean;
  /** The log or table around the token, for "Analyse" (read on click: it may be large). */
  logText(): string | null;
  /** The token's line (capped), for card sections that read the log line. */
  lineText(): string | null;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = typeof d.caretRangeFromPoint === 'function' ? d.caretRangeFromPoint(x, y) : null;
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const LOG_CONTAINER = 'pre, textarea, [role="log"], table, [role="grid"], [role="table"], ol, ul, code';
/** Most characters handed to the side panel. */
export const MAX_LOG_TEXT = 2_000_000;

/** At most `MAX_LOG_TEXT` characters of `text`, cut at line ends around `offset`. */
export function logWindow(text: string, offset: number, max = MAX_LOG_TEXT): string {
  if (text.length <= max) return text;
  let from = Math.max(0, Math.min(offset - max / 2, text.length - max));
  from = from === 0 ? 0 : text.indexOf('\n', from) + 1;
  const to = Math.min(text.length, from + max);
  const cut = text.lastIndexOf('\n', to);
  return text.slice(from, to === text.length || cut <= from ? to : cut + 1);
}

/**
 * The line of `text` around [start, end), at most MAX_CARD_LINE characters: only that line, also
 * near the start or end of the text (where the window reaches past line ends), so the background
 * reads the action and packet fields of the token's own log line.
 */
export function lineAround(text: string, start: number, end: number): string {
  const [from, to] = windowAround(text, start, end, MAX_CARD_LINE / 2);
  const head = text.slice(from, start).lastIndexOf('\n');
  const tail = text.slice(end, to).indexOf('\n');
  const lineFrom = head >= 0 ? from + head + 1 : from;
  const lineTo = tail >= 0 ? end + tail : to;
  return text.slice(lineFrom, lineTo).slice(0, MAX_CARD_LINE);
}

function logContainer(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(LOG_CONTAINER) ?? null;
}

function logTextOf(container: Element, offsetHint: number): string | null {
  const tag = container.tagName;
  // Tables and lists need innerText (a tab between cells, a line per row); a <pre> keeps its own.
  const text = tag === 'TEXTAREA' ? (container as HTMLTextAreaElement).value
    : tag === 'PRE' || tag === 'CODE' ? (container.textContent ?? '')
      : ((container as HTMLElement).innerText ?? container.textContent ?? '');
  return text.includes('\n') ? logWindow(text, offsetHint) : null;
}

function contains(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
}

export interface PageHitTestDeps {
  doc: Document;
  store: SegmentStore;
  scanner: SegmentScanner;
  /** The marks over readonly textareas (TextareaOverlays, or its lazy stand-in). */
  textareas: { hitTest(ta: HTMLTextAreaElement, x: number, y: number): FieldHit | null };
  shadowRoots(): ShadowRoot[];
  /** The content script's detection near a place in a field (given: page-ui.js carries no copy of it). */
  tokensNear: typeof fieldTokensNear;
}

export function createPageHitTest(deps: PageHitTestDeps): (x: number, y: number) => HoverTarget | null {
  const { doc, store, scanner, textareas, tokensNear } = deps;

  /** The hit on [start, end) of a segment if the point is inside its rectangles; `owner` and start name the token. */
  function spanHit(seg: Segment, span: { start: number; end: number }, owner: object, tokenOf: () => Token | undefined, x: number, y: number): HoverTarget | null {
    let range: Range;
    try {
      range = store.liveRange(seg, span, doc);
    } catch {
      return null; // the text changed since; the next scan fixes the entry
    }
    const rects = Array.from(range.getClientRects());
    if (!rects.some((r) => contains(r, x, y))) return null;
    const token = tokenOf();
    if (!token) return null;
    const container = logContainer(blockElement(seg.block) ?? seg.nodes[0]);
    const text = seg.text;
    return {
      token,
      anchor: rects[0],
      owner,
      inLog: !!container,
      logText: () => (container ? logTextOf(container, span.start) : null),
      lineText: () => lineAround(text, span.start, span.end),
    };
  }

  function fieldHit(field: FormField, pointed: Element, x: number, y: number): HoverTarget | null {
    const option = field.tagName === 'SELECT' ? shownOption(field as HTMLSelectElement, pointed) : null;
    const text = option ? option.text : (field as HTMLInputElement | HTMLTextAreaElement).value;
    const caret = option ? null : caretAt(doc, x, y);
    const offset = caret && (caret.node === field || field.contains(caret.node)) ? caret.offset : -1;
    const tokens = tokensNear(field, text, Math.max(0, offset));
    let token = offset >= 0 ? tokens.find((t) => t.start <= offset && offset <= t.end) : undefined;
    if (!token && offset < 0 && tokens.length === 1 && field.tagName !== 'TEXTAREA') token = tokens[0];
    if (!token) return null;
    const found = token;
    const isLog = field.tagName === 'TEXTAREA';
    return {
      token: found,
      anchor: (option && pointed === option ? option : field).getBoundingClientRect(),
      owner: option ?? field,
      inLog: isLog,
      logText: () => (isLog ? logWindow(text, found.start) : null),
      lineText: () => lineAround(text, found.start, found.end),
    };
  }

  return (x, y) => {
    const el = doc.elementFromPoint(x, y);
    if (el?.tagName === 'TEXTAREA') {
      const ta = el as HTMLTextAreaElement;
      const hit = textareas.hitTest(ta, x, y);
      if (hit) {
        const value = ta.value;
        return {
          token: hit.token,
          anchor: hit.anchor,
          owner: ta,
          inLog: true,
          logText: () => logWindow(value, hit.token.start),
          lineText: () => lineAround(value, hit.token.start, hit.token.end),
        };
      }
    }
    const field = el ? formFieldOf(el.tagName === 'OPTION' ? (el.closest('select') ?? el) : el) : null;
    if (field && el) return fieldHit(field, el, x, y);
    const caret = caretAt(doc, x, y, deps.shadowRoots());
    if (!caret || caret.node.nodeType !== 3) return null;
    const seg = store.segmentOf(caret.node as Text);
    if (!seg) return null;
    const at = seg.starts[seg.nodes.indexOf(caret.node as Text)] + caret.offset;
    for (const offset of [at, at - 1]) {
      const entry = store.entryAt(seg, offset);
      const hit = entry && spanHit(seg, entry, entry, () => scanner.tokenOf(seg, entry), x, y);
      if (hit) return hit;
    }
    // Packet fields are not stored while they are not painted: found here, under the pointer.
    for (const offset of [at, at - 1]) {
      const field = offset >= 0 ? scanner.packetFieldAt(seg, offset) : undefined;
      const hit = field && spanHit(seg, field, seg, () => field, x, y);
      if (hit) return hit;
    }
    return null;
  };
}
