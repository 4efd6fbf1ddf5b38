// The page annotator's entry point. Declared for the router addresses and local names in
// ROUTER_MATCHES (every frame, about:blank ones too); the popup, the keyboard shortcut and the
// context menu also inject this same file into other pages. Injected twice, it runs once.
import { browser } from 'wxt/browser';
import { CARD_LOG_REQUEST, type CardLogRequest } from '../../messaging/card-frame';
import { sendRequest } from './send-request';
import { ROUTER_MATCHES } from './activation-matches';
import { Annotator } from './annotator';

const INSTANCE = Symbol.for('portlens.annotator');
type WithInstance = typeof globalThis & { [INSTANCE]?: Annotator };

export default defineContentScript({
  matches: ROUTER_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as WithInstance;
    const annotator = g[INSTANCE] ?? (document.documentElement ? new Annotator(window, sendRequest) : undefined);
    if (!annotator) return;
    if (g[INSTANCE]) annotator.rescan();
    else {
      g[INSTANCE] = annotator;
      annotator.start();
      // The card frame's "Analyse": the background asks this frame for the log around the token.
      browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, reply: (text: string | null) => void) => {
        const m = message as Partial<CardLogRequest> | null;
        if (sender.id !== browser.runtime.id || m?.type !== CARD_LOG_REQUEST || typeof m.session !== 'string') return undefined;
        reply(annotator.cardLogText(m.session));
        return undefined;
      });
    }
    // A second injection of this file also "invalidates" the first context; only an extension
    // that is really gone (reloaded or removed) ends the annotator.
    ctx.onInvalidated(() => {
      if (browser.runtime?.id || g[INSTANCE] !== annotator) return;
      annotator.dispose();
      delete g[INSTANCE];
    });
  },
});
