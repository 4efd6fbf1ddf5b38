// Paths inside the built extension that more than one context needs.

/** The content script as WXT emits it; injected on demand (activeTab) and for "Always on this site". */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The welcome page opened on install (entrypoints/onboarding/). */
export const ONBOARDING_PAGE = '/onboarding.html';

/** The demo router page (demo/router-demo.html, shipped inside the extension as well as served by `npm start`). */
export const DEMO_PAGE = '/demo/router-demo.html';

/** The options page (entrypoints/options/). */
export const OPTIONS_PAGE = '/options.html';

/** The manifest command that annotates the current page (its key in wxt.config.ts `commands`). */
export const ANNOTATE_COMMAND = 'annotate-page';

/** The compiled owner table (scripts/build-owner-asset.mjs), read by the background and the side panel's owner worker. */
export const OWNER_ASSET_PATH = '/data/ip-owners.bin.gz';
