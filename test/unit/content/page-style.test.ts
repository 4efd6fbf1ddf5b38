// @vitest-environment happy-dom
// The highlight colours' <style>: put in at document start, taken over by the annotator without
// being rewritten (a rewrite makes the browser restyle the whole page), changed only for another
// palette, and removed where the frame is not annotated.
import { afterEach, describe, expect, it } from 'vitest';
import { highlightCss } from '../../../entrypoints/content/paint/highlight-palette';
import { createPageHighlights } from '../../../entrypoints/content/paint/highlight-sink';
import { EARLY_CSS, placeEarlyStyle, removePageStyle } from '../../../entrypoints/content/paint/page-style';
import { OWN_STYLE_ID } from '../../../entrypoints/content/scan/dom-structure';

afterEach(() => {
  document.querySelectorAll(`#${OWN_STYLE_ID}`).forEach((el) => el.remove());
});

/** Records every change made to our style element from now on. */
function watchStyle() {
  const style = document.getElementById(OWN_STYLE_ID) as HTMLStyleElement;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(style, { childList: true, characterData: true, subtree: true });
  return { style, changes: () => (records.push(...observer.takeRecords()), records.length) };
}

describe('page style', () => {
  it('puts the standard colours in at document start', () => {
    placeEarlyStyle(document);
    const styles = document.querySelectorAll(`#${OWN_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toBe(EARLY_CSS);
    expect(EARLY_CSS).toContain('::highlight(');
  });

  it('is taken over by the annotator unchanged when the palette is the standard one', () => {
    placeEarlyStyle(document);
    const { style, changes } = watchStyle();
    const highlights = createPageHighlights(window);
    highlights.configure(new Set(), 'standard');
    expect(document.querySelectorAll(`#${OWN_STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(OWN_STYLE_ID)).toBe(style);
    expect(changes()).toBe(0);
    highlights.dispose();
  });

  it('gets another palette\'s colours once, and is not rewritten when other settings change', () => {
    placeEarlyStyle(document);
    const { style, changes } = watchStyle();
    const highlights = createPageHighlights(window);
    highlights.configure(new Set(), 'colour-blind');
    expect(style.textContent).toBe(highlightCss('colour-blind'));
    const after = changes();
    expect(after).toBeGreaterThan(0);
    highlights.configure(new Set(), 'colour-blind');
    expect(changes()).toBe(after);
    highlights.dispose();
    expect(document.getElementById(OWN_STYLE_ID)).toBeNull();
  });

  it('does not take a page element that merely has the same id for its style', () => {
    const fake = document.createElement('div');
    fake.id = OWN_STYLE_ID;
    document.body.append(fake);
    const highlights = createPageHighlights(window);
    expect(fake.textContent).toBe('');
    expect(document.querySelector(`style#${OWN_STYLE_ID}`)?.textContent).toBe(EARLY_CSS);
    highlights.dispose();
    fake.remove();
  });

  it('is removed where the frame is not annotated', () => {
    placeEarlyStyle(document);
    removePageStyle(document);
    expect(document.getElementById(OWN_STYLE_ID)).toBeNull();
  });
});
