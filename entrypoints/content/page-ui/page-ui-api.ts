// The annotator's interactive parts (the hover card's controller, hit test and frame, the
// keyboard's way to tokens, the marks over readonly textareas) ship in a script of their own,
// page-ui.js, loaded only when a page needs them: on the first genuine pointer move or key press,
// or when a page has a readonly textarea. That keeps them out of the content script every router
// page loads.
// import() of an extension file from a content script runs it in the content script's own world
// (Chromium and Firefox alike), so it hands its parts over through that world's global object,
// which the page's scripts never see.
import { browser } from 'wxt/browser';
import type { buildCard } from '../card/build-card';
import type { TextareaOverlays } from '../textarea/textarea-overlays';

export interface PageUi {
  buildCard: typeof buildCard;
  TextareaOverlays: typeof TextareaOverlays;
}

/** The built file (entrypoints/page-ui.ts); web-accessible, since content scripts import it. */
export const PAGE_UI_SCRIPT = '/page-ui.js';
const PAGE_UI = Symbol.for('portlens.page-ui');
type WithPageUi = typeof globalThis & { [PAGE_UI]?: PageUi };

/** Called by page-ui.js when it runs. */
export function registerPageUi(ui: PageUi): void {
  (globalThis as WithPageUi)[PAGE_UI] = ui;
}

let loading: Promise<PageUi> | undefined;

/** The interactive parts, imported once (a failed import is tried again on the next call). */
export function loadPageUi(): Promise<PageUi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(PAGE_UI_SCRIPT)).then(() => {
    const ui = (globalThis as WithPageUi)[PAGE_UI];
    if (!ui) throw new Error('page-ui.js ran without handing its parts over');
    return ui;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
