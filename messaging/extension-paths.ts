// Paths inside the built extension that more than one context needs.

/** The content script as WXT emits it; injected on demand (activeTab) and for "Always on this site". */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
