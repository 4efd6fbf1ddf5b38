// The page side of highlighting: one Highlight per name in CSS.highlights, and the `<style>` with
// the `::highlight()` colours. The style element (in <head>) is the only node added to the page's
// own tree; shadow roots get the same rules as an adopted style sheet.
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';
import { OWN_STYLE_ID } from '../scan/dom-structure';
import type { HighlightSink } from '../scan/segment-store';

export interface PageHighlights extends HighlightSink {
  /** Ranges per highlight name. */
  counts(): Record<string, number>;
  /** Removes our highlights and the style (the annotator is shutting down). */
  dispose(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  size: number;
}

type PageWindow = Window & { Highlight?: new () => HighlightLike; CSS: { highlights?: Map<string, HighlightLike> } };

export function createPageHighlights(win: Window): PageHighlights {
  const w = win as PageWindow;
  const registry = w.CSS?.highlights;
  const own = new Map<HighlightName, HighlightLike>();
  if (registry && w.Highlight) {
    for (const name of HIGHLIGHT_NAMES) {
      const h = new w.Highlight();
      registry.set(name, h);
      own.set(name, h);
    }
  }
  const style = injectPageStyle(win.document);
  return {
    add: (name, range) => void own.get(name)?.add(range),
    delete: (name, range) => void own.get(name)?.delete(range),
    counts() {
      const out: Record<string, number> = {};
      for (const [name, h] of own) out[name] = h.size;
      return out;
    },
    dispose() {
      for (const [name, h] of own) if (registry?.get(name) === h) registry.delete(name);
      own.clear();
      style?.remove();
    },
  };
}

function injectPageStyle(doc: Document): HTMLStyleElement | null {
  const old = doc.getElementById(OWN_STYLE_ID);
  if (old) old.remove();
  const style = doc.createElement('style');
  style.id = OWN_STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** Text inside a shadow root is coloured only by rules inside that root. */
export function styleShadowRoot(root: ShadowRoot, win: Window): void {
  try {
    const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts may not adopt sheets across compartments: a <style> does the same.
    const style = root.ownerDocument.createElement('style');
    style.id = OWN_STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    root.append(style);
  }
}
