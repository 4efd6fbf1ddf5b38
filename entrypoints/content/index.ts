// The page annotator's entry point. Declared for the router addresses and local names in
// ROUTER_MATCHES (every frame, about:blank ones too); the popup, the keyboard shortcut and the
// context menu also inject this same file into other pages. Injected twice, it runs once (the
// second injection is the user asking for this page: see PageSession).
import { browser } from 'wxt/browser';
import { CARD_LOG_REQUEST, type CardLogRequest } from '../../messaging/card-frame';
import { defaultHosts } from '../../components/options/page-settings';
import { sendRequest } from './send-request';
import { ROUTER_MATCHES } from './activation-matches';
import { Annotator } from './annotator';
import { PageSession } from './page-session';
import { removePageStyle } from './paint/page-style';
import { takePrefetchedSettings } from './settings-prefetch';
import type { SettingsStorageApi } from './page-settings-watch';

const INSTANCE = Symbol.for('portlens.annotator');
type WithInstance = typeof globalThis & { [INSTANCE]?: PageSession };

export default defineContentScript({
  matches: ROUTER_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as WithInstance;
    if (g[INSTANCE]) return g[INSTANCE].injectedAgain();
    if (!document.documentElement) return;
    const session = new PageSession({
      win: window,
      storage: browser as unknown as SettingsStorageApi,
      defaultHosts: defaultHosts(ROUTER_MATCHES),
      createAnnotator: (onActive) => new Annotator(window, sendRequest, onActive),
      // The toolbar icon; a background that is gone (extension reloaded) changes nothing.
      reportActive: (active) => void sendRequest('page-annotated', { active }).catch(() => undefined),
      removeEarlyStyle: () => removePageStyle(document),
      prefetched: takePrefetchedSettings(),
    });
    g[INSTANCE] = session;
    void session.start();
    // The card frame's "Analyse": the background asks this frame for the log around the token.
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, reply: (text: string | null) => void) => {
      const m = message as Partial<CardLogRequest> | null;
      if (sender.id !== browser.runtime.id || m?.type !== CARD_LOG_REQUEST || typeof m.session !== 'string') return undefined;
      reply(session.annotator?.cardLogText(m.session) ?? null);
      return undefined;
    });
    // A second injection of this file also "invalidates" the first context; only an extension
    // that is really gone (reloaded or removed) ends the annotator.
    ctx.onInvalidated(() => {
      if (browser.runtime?.id || g[INSTANCE] !== session) return;
      session.dispose();
      delete g[INSTANCE];
    });
  },
});
