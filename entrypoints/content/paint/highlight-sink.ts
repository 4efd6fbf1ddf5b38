// The page side of highlighting: one Highlight per name in CSS.highlights, and the `<style>` with
// the `::highlight()` colours (page-style.ts). The style element is the only node added to the page's
// own tree; shadow roots get the same rules as an adopted style sheet. A kind the user switched
// off keeps its ranges here but leaves CSS.highlights, so it is neither drawn nor hoverable.
import type { Palette } from '../../../components/options/page-settings';
import { HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';
import { highlightCss } from './highlight-palette';
import { OWN_STYLE_ID } from '../scan/dom-structure';
import { placePageStyle, writeStyle } from './page-style';
import type { HighlightSink } from '../scan/segment-store';

export interface PageHighlights extends HighlightSink {
  /** Ranges per highlight name (shown or not). */
  counts(): Record<string, number>;
  /** Which highlights are drawn and in which palette (applied at once). */
  configure(visible: ReadonlySet<HighlightName>, palette: Palette): void;
  /** Whether a highlight is drawn now. */
  shows(name: HighlightName): boolean;
  /** Every range of the highlights drawn now (the keyboard walks them). */
  shownRanges(): Iterable<AbstractRange>;
  /** Gives an open shadow root we annotate the same colours (kept in step with `configure`). */
  styleShadowRoot(root: ShadowRoot): void;
  /** Removes our highlights and the style (the annotator is shutting down). */
  dispose(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  size: number;
}

type PageWindow = Window & typeof globalThis & { Highlight?: new () => HighlightLike; CSS: { highlights?: Map<string, HighlightLike> } };

export function createPageHighlights(win: Window): PageHighlights {
  const w = win as PageWindow;
  const registry = w.CSS?.highlights;
  const own = new Map<HighlightName, HighlightLike>();
  // Our own record of each highlight's ranges: Firefox denies a content script reading the page's
  // Highlight objects back (Xray), and the keyboard walks them.
  const ranges = new Map<HighlightName, Set<AbstractRange>>(HIGHLIGHT_NAMES.map((n) => [n, new Set()]));
  let visible: ReadonlySet<HighlightName> = new Set(HIGHLIGHT_NAMES);
  let css = highlightCss('standard');
  if (registry && w.Highlight) {
    for (const name of HIGHLIGHT_NAMES) {
      const h = new w.Highlight();
      registry.set(name, h);
      own.set(name, h);
    }
  }
  const style = win.document.documentElement ? placePageStyle(win.document, css) : null;
  /** Per shadow root: its adopted sheet, or its <style> where Firefox refuses adoption. */
  const rootStyles: { replaceSync(text: string): void }[] = [];
  return {
    add(name, range) {
      own.get(name)?.add(range);
      ranges.get(name)?.add(range);
    },
    delete(name, range) {
      own.get(name)?.delete(range);
      ranges.get(name)?.delete(range);
    },
    counts() {
      const out: Record<string, number> = {};
      for (const [name, h] of own) out[name] = h.size;
      return out;
    },
    configure(nextVisible, palette) {
      visible = nextVisible;
      for (const [name, h] of own) {
        if (visible.has(name)) registry?.set(name, h);
        else if (registry?.get(name) === h) registry.delete(name);
      }
      const next = highlightCss(palette);
      if (next === css) return;
      css = next;
      if (style) writeStyle(style, css);
      for (const s of rootStyles) s.replaceSync(css);
    },
    shows: (name) => visible.has(name),
    *shownRanges() {
      for (const [name, set] of ranges) if (visible.has(name) && own.has(name)) yield* set;
    },
    styleShadowRoot(root) {
      rootStyles.push(styleRoot(root, w, css));
    },
    dispose() {
      for (const [name, h] of own) if (registry?.get(name) === h) registry.delete(name);
      own.clear();
      ranges.clear();
      rootStyles.length = 0;
      style?.remove();
    },
  };
}

/** Text inside a shadow root is coloured only by rules inside that root. */
function styleRoot(root: ShadowRoot, win: Window & typeof globalThis, css: string): { replaceSync(text: string): void } {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Firefox content scripts may not adopt sheets across compartments: a <style> does the same.
    const style = root.ownerDocument.createElement('style');
    style.id = OWN_STYLE_ID;
    style.textContent = css;
    root.append(style);
    return { replaceSync: (text) => void (style.textContent = text) };
  }
}
