// The popup's dependencies, backed by the background (typed messages) and the browser's APIs.
import browser from 'webextension-polyfill';
import type { PopupDeps } from '../../components/popup/popup-deps';
import { cleanRecentLookups } from '../../components/popup/recent-lookups';
import { browserTranslate } from '../../messaging/browser-i18n';
import { sendRequest } from '../../messaging/client';
import { createPageActions } from './page-actions';
import { PENDING_QUERY_KEY, pendingQueryArea, queryFromSearchParams, readPendingQuery, takePendingQuery } from '../../messaging/pending-query';

export const RECENT_LOOKUPS_KEY = 'portlens.recentLookups';

export function createBrowserPopupDeps(): PopupDeps {
  const handOverArea = pendingQueryArea(browser.storage);
  return {
    search: (query) => sendRequest('search', { query }),
    ipOwner: (address) => sendRequest('ip-owner', { address }),
    asLookup: (query, limit) => sendRequest('as-lookup', { query, limit }),
    // owner-status loads the data to report on it; the answer itself is not needed here.
    prepareOwnerData: () => void sendRequest('owner-status', {}).catch(() => undefined),
    getNote: (key) => sendRequest('note-get', { key }),
    setNote: (key, text) => sendRequest('note-set', { key, text }),
    recent: {
      load: async () => cleanRecentLookups((await browser.storage.local.get(RECENT_LOOKUPS_KEY))[RECENT_LOOKUPS_KEY]),
      save: (queries) => browser.storage.local.set({ [RECENT_LOOKUPS_KEY]: queries }),
    },
    actions: createPageActions(browser, browserTranslate),
    async loadInitialQuery() {
      const pending = await takePendingQuery(handOverArea).catch(() => null);
      return queryFromSearchParams(location.search) ?? pending;
    },
    onHandOver(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
        const query = readPendingQuery(changes[PENDING_QUERY_KEY]?.newValue);
        if (!query) return;
        handOverArea.remove(PENDING_QUERY_KEY).catch(() => undefined);
        listener(query);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    closePopup: () => window.close(),
  };
}
