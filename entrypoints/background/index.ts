import browser, { type Runtime } from 'webextension-polyfill';
import type { IanaPortAsset } from '../../knowledge';
import { registerAnnotatePage, type AnnotatePageApi } from './annotate-page';
import { createCardSessions } from './card-sessions';
import { registerContextMenu } from './context-menu';
import { registerAnalyseMenu, type AnalyseMenuApi } from './context-menu-analyse';
import { DB_NAME, openPortLensDb } from './database';
import { registerFirstRun } from './first-run';
import { createKnowledgeStore } from './knowledge-store';
import { classifySender, requestOrigin, routeMessage } from './message-router';
import ownerTables from '../../assets/generated/ip-owners.meta.json';
import { createIdbOwnerTableCache } from './owner-table-cache';
import { createPackagedOwnerSource, OWNER_ASSET_PATH } from './packaged-owner-source';
import { createPageHandoff, type PageHandoffApi } from './page-handoff';
import { restrictSessionStorage, type SessionAccessApi } from './storage-access';
import { createToolbarIcon, type ToolbarIconApi } from './toolbar-icon';
import type { HandlerDeps } from './handlers';

async function loadAsset(): Promise<IanaPortAsset> {
  const response = await fetch(browser.runtime.getURL('/data/iana-ports.json' as '/'));
  if (!response.ok) throw new Error(`the bundled port registry could not be read (HTTP ${response.status})`);
  return (await response.json()) as IanaPortAsset;
}

/** Who owns an address: loaded on the first owner request, once per worker life. */
const owners = createPackagedOwnerSource({
  url: browser.runtime.getURL(OWNER_ASSET_PATH as '/'),
  hash: ownerTables.hash,
  cache: createIdbOwnerTableCache(),
  onCacheError: (e) => console.warn('PortLens: the owner table cache in IndexedDB failed; reading the shipped file instead', e),
});

/** Opens the database on demand and seeds it; a failed open or seed is retried on the next request. */
const knowledge = createKnowledgeStore({ open: (events) => openPortLensDb(DB_NAME, events), loadAsset });

async function getDeps(): Promise<HandlerDeps> {
  const { db, ports } = await knowledge.connection();
  return { db, ports, owners, knowledge };
}

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  restrictSessionStorage(browser as unknown as SessionAccessApi).catch((e) => console.error('PortLens: could not restrict storage.session', e));
  browser.runtime.onInstalled.addListener(() => void getDeps().catch(() => undefined));
  registerFirstRun(browser);
  registerContextMenu(browser);
  registerAnalyseMenu(browser as unknown as AnalyseMenuApi);
  registerAnnotatePage(browser as unknown as AnnotatePageApi);
  const pages = createPageHandoff(browser as unknown as PageHandoffApi);
  const cards = createCardSessions((tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }));
  const toolbar = createToolbarIcon(browser as unknown as ToolbarIconApi);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    routeMessage(message, classifySender(sender, browser.runtime.id, origin), getDeps, requestOrigin(sender), pages, cards, toolbar),
  );
  void getDeps().catch(() => undefined);
});
