// Document start, on the pages the annotator starts on by itself: the highlight colours go in before
// the page is laid out, where the style costs nothing (put in later by the annotator, it makes the
// browser recompute every element's style: see page-style.ts), and the settings read starts, so the
// annotator has them when the page is ready. The annotator takes the style over, or removes it where
// it does not annotate.
import { browser } from 'wxt/browser';
import { ROUTER_MATCHES } from './content/activation-matches';
import { placeEarlyStyle } from './content/paint/page-style';
import { prefetchSettings } from './content/settings-prefetch';

export default defineContentScript({
  matches: ROUTER_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    placeEarlyStyle(document);
    prefetchSettings(browser.storage.local as unknown as { get(key: string): Promise<Record<string, unknown>> });
  },
});
