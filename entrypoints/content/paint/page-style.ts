// The page's one `<style>` with the `::highlight()` colours. Adding a style sheet makes the browser
// recompute the style of every element on the page: about 0.3 s for a log of 50,000 line elements,
// after the page has been laid out. So the standard colours go in at document start (early-style
// content script), when there is nothing to recompute yet, and the annotator keeps that element,
// writing to it only when the colours differ (another palette).
import { OWN_STYLE_ID } from '../scan/dom-structure';
import { highlightCss } from './highlight-palette';

/** The colours the page gets before the settings are read: the default palette's. */
export const EARLY_CSS = highlightCss('standard');

function ownStyle(doc: Document): HTMLStyleElement | null {
  const el = doc.getElementById(OWN_STYLE_ID);
  return el && el.tagName === 'STYLE' ? (el as HTMLStyleElement) : null;
}

/** Our style element with `css` in it: the one already there (early, or left by an earlier run) or a new one. */
export function placePageStyle(doc: Document, css: string): HTMLStyleElement {
  const style = ownStyle(doc) ?? doc.createElement('style');
  style.id = OWN_STYLE_ID;
  writeStyle(style, css);
  if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** Sets the rules, unless they are already these (rewriting the same text costs the same recompute). */
export function writeStyle(style: { textContent: string | null }, css: string): void {
  if (style.textContent !== css) style.textContent = css;
}

/** At document start: the standard colours, in as soon as the document has a root element. */
export function placeEarlyStyle(doc: Document): void {
  if (doc.documentElement) {
    placePageStyle(doc, EARLY_CSS);
    return;
  }
  const watch = new MutationObserver(() => {
    if (!doc.documentElement) return;
    watch.disconnect();
    placePageStyle(doc, EARLY_CSS);
  });
  watch.observe(doc, { childList: true });
}

/** Removes the early style where PortLens ends up not annotating (a host the user switched off). */
export function removePageStyle(doc: Document): void {
  ownStyle(doc)?.remove();
}
