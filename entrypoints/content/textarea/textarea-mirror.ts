// Builds the mirror of a textarea: a box over its padding box that copies its text metrics, with
// transparent text and a <mark> per token. Long unwrapped logs are mirrored by lines around the
// scroll position only. Text goes in as Text nodes, never as HTML.
import type { Token } from '../../../knowledge/tokens';

/** Properties copied from the textarea so that the mirror's text lays out exactly like it. */
const METRICS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'font-kerning',
  'font-feature-settings', 'letter-spacing', 'word-spacing', 'line-height', 'text-transform', 'text-indent',
  'text-align', 'tab-size', 'white-space', 'word-break', 'overflow-wrap', 'direction', 'unicode-bidi',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'text-rendering',
];

export interface MirrorLayout {
  nowrap: boolean;
  lineHeight: number;
  paddingTop: number;
}

export function copyMetrics(from: CSSStyleDeclaration, to: HTMLElement): MirrorLayout {
  for (const p of METRICS) to.style.setProperty(p, from.getPropertyValue(p));
  const ws = from.whiteSpace || from.getPropertyValue('white-space');
  const nowrap = ws === 'pre' || ws === 'nowrap' || from.getPropertyValue('text-wrap-mode') === 'nowrap';
  const lh = parseFloat(from.lineHeight);
  return { nowrap, lineHeight: Number.isFinite(lh) ? lh : NaN, paddingTop: parseFloat(from.paddingTop) || 0 };
}

/** Line height for `line-height: normal`: measured once per font in a hidden probe. */
export function measureLineHeight(probeParent: Node & ParentNode, style: CSSStyleDeclaration, doc: Document): number {
  const probe = doc.createElement('div');
  for (const p of ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height']) probe.style.setProperty(p, style.getPropertyValue(p));
  probe.style.setProperty('position', 'absolute');
  probe.style.setProperty('visibility', 'hidden');
  probe.style.setProperty('white-space', 'pre');
  probe.textContent = 'X\n'.repeat(19) + 'X';
  probeParent.append(probe);
  const h = probe.getBoundingClientRect().height / 20;
  probe.remove();
  return h > 0 ? h : 16;
}

/** Offsets where each line starts (computed once per value). */
export function lineStartsOf(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Lines [first, last) to mirror for an unwrapped textarea scrolled to `scrollTop`. */
export function visibleLines(scrollTop: number, clientHeight: number, layout: MirrorLayout, lineCount: number, margin = 20): [number, number] {
  const lh = layout.lineHeight > 0 ? layout.lineHeight : 16;
  const first = Math.max(0, Math.floor((scrollTop - layout.paddingTop) / lh) - margin);
  const last = Math.min(lineCount, first + Math.ceil(clientHeight / lh) + 2 * margin);
  return [first, last];
}

export interface MirrorMark {
  mark: HTMLElement;
  token: Token;
}

/**
 * Fills `mirror` with `text`, marking each token (offsets relative to `text`) with a <mark> of
 * class `nameOf(token)`. Returns the marks with tokens shifted by `offset` (offsets in the value).
 */
export function fillMirror(mirror: HTMLElement, text: string, tokens: readonly Token[], offset: number, nameOf: (t: Token) => string): MirrorMark[] {
  const doc = mirror.ownerDocument;
  const frag = doc.createDocumentFragment();
  const marks: MirrorMark[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.start > at) frag.append(doc.createTextNode(text.slice(at, t.start)));
    const mark = doc.createElement('mark');
    mark.className = nameOf(t);
    mark.textContent = text.slice(t.start, t.end);
    frag.append(mark);
    marks.push({ mark, token: { ...t, start: t.start + offset, end: t.end + offset } });
    at = t.end;
  }
  // A trailing newline needs a character after it to take up its line, as in the textarea.
  frag.append(doc.createTextNode(text.slice(at) + (text.endsWith('\n') ? ' ' : '')));
  mirror.replaceChildren(frag);
  return marks;
}
