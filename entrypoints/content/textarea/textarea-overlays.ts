// Readonly textarea logs (ASUS, NETGEAR) cannot carry CSS highlights, so each gets a mirror drawn
// over it inside our own shadow root: aligned with its padding box, following its scrolling, with
// a mark per token. Hovering a mark opens the card like a highlight does.
import type { Token } from '../../../knowledge/tokens';
import type { Palette } from '../../../components/options/page-settings';
import type { fieldTokens } from '../scan/form-fields';
import { mayHoldTokens } from '../scan/dom-structure';
import { HIGHLIGHT_NAMES, type HighlightName } from '../paint/highlight-names';
import { markCss } from '../paint/highlight-palette';
import type { NextFrame } from '../live/next-frame';
import { createShadowHost, ensureAttached, type ShadowHost } from '../paint/shadow-host';
import { copyMetrics, fillMirror, lineStartsOf, measureLineHeight, visibleLines, type MirrorLayout, type MirrorMark } from './textarea-mirror';

/** Wrapped textareas longer than this are not mirrored (their line positions are unknown). */
const MAX_WRAPPED_MIRROR = 300_000;

const LAYER_CSS = `
.pl-field { position: absolute; overflow: hidden; pointer-events: none; }
.pl-mirror { position: absolute; left: 0; top: 0; box-sizing: border-box; margin: 0; border: 0; color: transparent; background: transparent; overflow: visible; will-change: transform; }
`;

interface Tracked {
  box: HTMLDivElement;
  mirror: HTMLDivElement;
  value: string;
  lineStarts?: Uint32Array;
  layout?: MirrorLayout;
  /** [firstLine, lastLine) mirrored now; [0, Infinity) for a fully mirrored text. */
  window?: [number, number];
  marks: MirrorMark[];
  onScroll: () => void;
}

export interface FieldHit {
  token: Token;
  anchor: DOMRect;
}

/** Only readonly or disabled textareas (logs) get marks; one a person types in keeps its text alone. */
export function getsMarks(ta: HTMLTextAreaElement): boolean {
  return ta.readOnly || ta.disabled;
}

export class TextareaOverlays {
  private layer: ShadowHost | undefined;
  /** The marks' colours (palette and kinds shown), set by the highlighting settings. */
  private marksCss = markCss('standard', new Set(HIGHLIGHT_NAMES));
  private readonly tracked = new Map<HTMLTextAreaElement, Tracked>();
  private readonly updateNow = () => this.updateAll();

  constructor(
    private readonly doc: Document,
    private readonly frame: NextFrame,
    /** Highlight name (class of the mark) for a token. */
    private readonly nameOf: (token: Token) => string,
    /** The content script's detection (given, so this lazily loaded part does not carry a copy). */
    private readonly tokensOf: typeof fieldTokens,
  ) {}

  get count(): number {
    return this.tracked.size;
  }

  /** Marks drawn now, over all textareas (for tests and the status event). */
  get markCount(): number {
    let n = 0;
    for (const t of this.tracked.values()) n += t.marks.length;
    return n;
  }

  /** Starts following a textarea; only readonly or disabled ones get visible marks. */
  track(ta: HTMLTextAreaElement): void {
    if (this.tracked.has(ta) || !getsMarks(ta)) return;
    const layer = this.ensureLayer();
    const box = this.doc.createElement('div');
    box.className = 'pl-field';
    const mirror = this.doc.createElement('div');
    mirror.className = 'pl-mirror';
    box.append(mirror);
    layer.root.append(box);
    const state: Tracked = { box, mirror, value: '', marks: [], onScroll: () => this.schedule() };
    ta.addEventListener('scroll', state.onScroll, { passive: true });
    this.tracked.set(ta, state);
    this.update(ta, state);
  }

  untrack(ta: HTMLTextAreaElement): void {
    const state = this.tracked.get(ta);
    if (!state) return;
    ta.removeEventListener('scroll', state.onScroll);
    state.box.remove();
    this.tracked.delete(ta);
  }

  /** Re-reads values and positions on the next frame (scroll, resize, mutations, polling). */
  schedule(): void {
    if (this.tracked.size) this.frame.request(this.updateNow);
  }

  updateAll(): void {
    for (const [ta, state] of this.tracked) {
      if (!ta.isConnected) this.untrack(ta);
      else this.update(ta, state);
    }
  }

  /** The token under the point, if it lies on a mark over this textarea. */
  hitTest(ta: HTMLTextAreaElement, x: number, y: number): FieldHit | null {
    const state = this.tracked.get(ta);
    if (!state) return null;
    for (const { mark, token } of state.marks) {
      for (const r of Array.from(mark.getClientRects())) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { token, anchor: r };
      }
    }
    return null;
  }

  dispose(): void {
    for (const ta of [...this.tracked.keys()]) this.untrack(ta);
    this.layer?.remove();
    this.layer = undefined;
  }

  /** New mark colours (palette or kinds shown changed); drawn marks take them at once. */
  setColours(palette: Palette, visible: ReadonlySet<HighlightName>): void {
    const css = markCss(palette, visible);
    this.marksCss = css;
    const style = this.layer?.root.querySelector('style');
    if (style) style.textContent = LAYER_CSS + css;
  }

  private ensureLayer(): ShadowHost {
    this.layer ??= createShadowHost(this.doc, 'portlens-overlay', LAYER_CSS + this.marksCss);
    ensureAttached(this.doc, this.layer.host);
    return this.layer;
  }

  private update(ta: HTMLTextAreaElement, state: Tracked): void {
    const value = ta.value;
    const { box, mirror } = state;
    const rect = ta.getBoundingClientRect();
    if (!mayHoldTokens(value) || rect.width === 0 || rect.height === 0) {
      box.style.display = 'none';
      state.marks = [];
      state.window = undefined;
      state.value = value;
      return;
    }
    const changed = value.length !== state.value.length || value !== state.value;
    const style = getComputedStyle(ta);
    if (changed || !state.layout) {
      state.value = value;
      state.lineStarts = undefined;
      state.window = undefined;
      state.layout = copyMetrics(style, mirror);
      if (!(state.layout.lineHeight > 0)) state.layout.lineHeight = measureLineHeight(this.ensureLayer().root, style, this.doc);
    }
    this.place(ta, state, rect);
    const layout = state.layout!;
    let window: [number, number];
    if (layout.nowrap) {
      state.lineStarts ??= lineStartsOf(value);
      window = visibleLines(ta.scrollTop, ta.clientHeight, layout, state.lineStarts.length);
    } else {
      window = value.length <= MAX_WRAPPED_MIRROR ? [0, Infinity] : [0, 0];
    }
    const [first, last] = window;
    if (!state.window || state.window[0] !== first || state.window[1] !== last) {
      state.window = window;
      const starts = state.lineStarts;
      const from = starts && first < starts.length ? starts[first] : 0;
      const to = starts && last < starts.length ? starts[last] : last === 0 ? 0 : value.length;
      const text = value.slice(from, to);
      const tokens = this.tokensOf(ta, text);
      state.marks = fillMirror(mirror, text, tokens, from, this.nameOf);
    }
    const shiftY = layout.nowrap ? first * layout.lineHeight : 0;
    mirror.style.transform = `translate(${-ta.scrollLeft}px, ${shiftY - ta.scrollTop}px)`;
  }

  /** Puts the box over the textarea's padding box, clipped by the textarea's scrolling ancestors. */
  private place(ta: HTMLTextAreaElement, state: Tracked, rect: DOMRect): void {
    const hostRect = this.ensureLayer().host.getBoundingClientRect();
    const left = rect.left + ta.clientLeft;
    const top = rect.top + ta.clientTop;
    const { box, mirror } = state;
    box.style.display = 'block';
    box.style.left = `${left - hostRect.left}px`;
    box.style.top = `${top - hostRect.top}px`;
    box.style.width = `${ta.clientWidth}px`;
    box.style.height = `${ta.clientHeight}px`;
    mirror.style.width = `${ta.clientWidth}px`;
    const clip = visibleArea(ta);
    const inset = clip
      ? [clip.top - top, left + ta.clientWidth - clip.right, top + ta.clientHeight - clip.bottom, clip.left - left].map((v) => `${Math.max(0, v)}px`)
      : null;
    box.style.clipPath = inset ? `inset(${inset.join(' ')})` : '';
  }
}

/** The part of the viewport the element's overflow-clipping ancestors leave visible. */
function visibleArea(el: Element): { left: number; top: number; right: number; bottom: number } | null {
  let clip: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let p = el.parentElement; p && p !== el.ownerDocument.documentElement; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = p.getBoundingClientRect();
    clip = clip
      ? { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return clip;
}
