// The options page's dependencies, backed by the background (typed messages) and the browser.
import browser from 'webextension-polyfill';
import { iconPath } from '../../assets/icons/icon-set.mjs';
import { describeDefaultSites } from '../../components/onboarding/default-sites';
import { readDataCatalogue } from '../../components/options/data-catalogue';
import type { OptionsDeps } from '../../components/options/options-deps';
import { pageSettingsStore } from '../../components/options/page-settings';
import { sendRequest } from '../../messaging/client';
import { DEMO_PAGE, ONBOARDING_PAGE } from '../../messaging/extension-paths';
import { listUserSites, removeUserSite, type UserSitesApi } from '../../messaging/user-sites';
import { ROUTER_MATCHES } from '../content/activation-matches';

/** The build's list of bundled data sets (scripts/build-data-catalogue.mjs). */
const CATALOGUE_FILE = '/data/catalogue.json';

const url = (path: string) => browser.runtime.getURL(path as '/');

/** Offers text as a download through a temporary object URL (no downloads permission needed). */
function saveFile(fileName: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export function createBrowserOptionsDeps(): OptionsDeps {
  return {
    settings: pageSettingsStore(browser.storage.local),
    notes: {
      list: () => sendRequest('notes-list', {}),
      save: (key, text) => sendRequest('note-set', { key, text }),
      exportAll: () => sendRequest('notes-export', {}),
      previewImport: (json) => sendRequest('notes-import-preview', { json }),
      importAll: (json) => sendRequest('notes-import', { json }),
    },
    sites: {
      list: () => listUserSites(browser as unknown as UserSitesApi),
      remove: (origin) => removeUserSite(browser as unknown as UserSitesApi, origin),
    },
    defaultSites: describeDefaultSites(ROUTER_MATCHES),
    knowledge: {
      status: () => sendRequest('knowledge-status', {}),
      rebuild: () => sendRequest('knowledge-rebuild', {}),
    },
    async loadCatalogue() {
      const response = await fetch(url(CATALOGUE_FILE));
      if (!response.ok) throw new Error(`HTTP ${response.status}`); // the page puts it after its translated lead
      return readDataCatalogue(await response.json());
    },
    saveFile,
    extensionVersion: browser.runtime.getManifest().version,
    async loadShortcuts() {
      const commands = await browser.commands.getAll();
      return commands.filter((c) => c.description).map((c) => ({ description: c.description!, shortcut: c.shortcut ?? '' }));
    },
    urls: { icon: url(`/${iconPath('idle', 32)}`), welcome: url(ONBOARDING_PAGE), demo: url(DEMO_PAGE) },
  };
}
