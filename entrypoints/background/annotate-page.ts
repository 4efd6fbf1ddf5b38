// "Annotate this page with PortLens": the keyboard shortcut (command `annotate-page`) and the
// page context-menu entry inject the content script once into the current tab. Both grant
// activeTab, so no host permission is needed; the content script is idempotent when injected twice.
import { translatorFor, type MessageKey, type MessageSource } from '../../components/i18n/messages';
import { ANNOTATE_COMMAND, CONTENT_SCRIPT_FILE } from '../../messaging/extension-paths';

export { ANNOTATE_COMMAND };
export const ANNOTATE_MENU_ID = 'portlens-annotate-page';
export const ANNOTATE_MENU_TITLE: MessageKey = 'annotate_withPortLens';

interface TabLike {
  id?: number;
}

/** The parts of the browser used here, so tests can pass a fake. */
export interface AnnotatePageApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['page', 'frame'] }): unknown;
    remove(id: string): Promise<void>;
    onClicked: { addListener(listener: (info: { menuItemId: string | number }, tab?: TabLike) => void): void };
  };
  commands?: { onCommand: { addListener(listener: (command: string, tab?: TabLike) => void): void } };
  runtime: {
    onInstalled: { addListener(listener: () => void): void };
    onStartup?: { addListener(listener: () => void): void };
  };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
  };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<TabLike[]> };
  i18n: MessageSource;
}

/**
 * Injects the annotator into every frame of the tab it may script; where a frame of another
 * origin refuses (activeTab covers the top origin only), the top frame alone is annotated.
 */
export async function annotateTab(api: AnnotatePageApi, tabId: number): Promise<'all-frames' | 'top-frame'> {
  try {
    await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    return 'all-frames';
  } catch {
    await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return 'top-frame';
  }
}

async function annotateActive(api: AnnotatePageApi, tab?: TabLike): Promise<void> {
  const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined || id < 0) return;
  await annotateTab(api, id);
}

export async function createAnnotateMenu(api: AnnotatePageApi): Promise<void> {
  await api.contextMenus.remove(ANNOTATE_MENU_ID).catch(() => undefined);
  api.contextMenus.create({ id: ANNOTATE_MENU_ID, title: translatorFor(api.i18n)(ANNOTATE_MENU_TITLE), contexts: ['page', 'frame'] });
}

/** Wires the shortcut and the menu entry for the background's life. */
export function registerAnnotatePage(api: AnnotatePageApi): void {
  const create = () => void createAnnotateMenu(api).catch((e) => console.error('PortLens: creating the "Annotate this page" menu failed', e));
  api.runtime.onInstalled.addListener(create);
  api.runtime.onStartup?.addListener(create);
  const fail = (e: unknown) => console.warn('PortLens: could not annotate this page', e);
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANNOTATE_MENU_ID) annotateActive(api, tab).catch(fail);
  });
  api.commands?.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_COMMAND) annotateActive(api, tab).catch(fail);
  });
}
