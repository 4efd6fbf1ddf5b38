import browser, { type Runtime } from 'webextension-polyfill';
import type { IanaPortAsset } from '../../knowledge';
import { registerAnnotatePage, type AnnotatePageApi } from './annotate-page';
import { registerContextMenu } from './context-menu';
import { registerAnalyseMenu, type AnalyseMenuApi } from './context-menu-analyse';
import { openPortLensDb } from './database';
import { createIdbIanaSource } from './idb-iana-source';
import { classifySender, requestOrigin, routeMessage } from './message-router';
import ownerTables from '../../assets/generated/ip-owners.meta.json';
import { createIdbOwnerTableCache } from './owner-table-cache';
import { createPackagedOwnerSource, OWNER_ASSET_PATH } from './packaged-owner-source';
import { createPageHandoff, type PageHandoffApi } from './page-handoff';
import { seedKnowledge } from './seed-knowledge';
import type { HandlerDeps } from './handlers';

async function loadAsset(): Promise<IanaPortAsset> {
  const response = await fetch(browser.runtime.getURL('/data/iana-ports.json' as '/'));
  return (await response.json()) as IanaPortAsset;
}

let deps: Promise<HandlerDeps> | undefined;
const owners = createPackagedOwnerSource({
  url: browser.runtime.getURL(OWNER_ASSET_PATH as '/'),
  hash: ownerTables.hash,
  cache: createIdbOwnerTableCache(),
  onCacheError: (e) => console.warn('PortLens: the owner table cache in IndexedDB failed; reading the shipped file instead', e),
});

/** Opens the database, seeds it if the asset changed (or a previous seed was cut short), once per worker life. */
function getDeps(): Promise<HandlerDeps> {
  deps ??= (async () => {
    const db = await openPortLensDb();
    const seeded = loadAsset().then((asset) => seedKnowledge(db, asset));
    seeded.catch((e) => console.error('PortLens: seeding the knowledge base failed', e));
    return { db, ports: createIdbIanaSource(db, seeded), owners };
  })();
  return deps;
}

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onInstalled.addListener(() => void getDeps());
  registerContextMenu(browser);
  registerAnalyseMenu(browser as unknown as AnalyseMenuApi);
  registerAnnotatePage(browser as unknown as AnnotatePageApi);
  const pages = createPageHandoff(browser as unknown as PageHandoffApi);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    routeMessage(message, classifySender(sender, browser.runtime.id, origin), getDeps, requestOrigin(sender), pages),
  );
  void getDeps();
});
