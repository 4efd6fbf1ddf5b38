import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { ROUTER_MATCHES } from './entrypoints/content/activation-matches';
import { ANNOTATE_COMMAND } from './messaging/extension-paths';
import { DEFAULT_LANGUAGE, UI_LANGUAGES } from './assets/locales/languages.mjs';
import { ICON_SIZES, TOOLBAR_SIZES, iconFiles, iconMap } from './assets/icons/icon-set.mjs';

// The default activation match patterns live next to the content script that uses them.
export { ROUTER_MATCHES };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  hooks: {
    // The compiled IANA table ships as a plain file the background fetches and loads into IndexedDB.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('assets/generated/iana-ports.json'), relativeDest: 'data/iana-ports.json' });
      // Who owns each address: gzip, inflated by the background with DecompressionStream.
      files.push({ absoluteSrc: resolve('assets/generated/ip-owners.bin.gz'), relativeDest: 'data/ip-owners.bin.gz' });
      // The demo router page, also served by `npm start`; the welcome page opens it offline.
      for (const file of ['router-demo.html', 'annotate-in-extension.js']) files.push({ absoluteSrc: resolve('demo', file), relativeDest: `demo/${file}` });
      // What the options page's Data section lists (scripts/build-data-catalogue.mjs).
      files.push({ absoluteSrc: resolve('assets/generated/data-catalogue.json'), relativeDest: 'data/catalogue.json' });
      // PNGs rasterised from assets/icons/portlens.svg by scripts/build-icons.mjs.
      for (const { path } of iconFiles()) files.push({ absoluteSrc: resolve('assets/generated', path), relativeDest: path });
      // The UI's words, one messages.json per language (README: Languages).
      for (const lang of UI_LANGUAGES) files.push({ absoluteSrc: resolve('assets/locales', lang, 'messages.json'), relativeDest: `_locales/${lang}/messages.json` });
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 1500 },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: DEFAULT_LANGUAGE,
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: browser === 'firefox' ? undefined : ['http://*/*', 'https://*/*'],
    optional_permissions: browser === 'firefox' ? ['http://*/*', 'https://*/*'] : undefined,
    browser_specific_settings: browser === 'firefox'
      ? { gecko: { id: 'portlens@portlens.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } }
      : undefined,
    icons: iconMap('idle', ICON_SIZES),
    // WXT rebuilds MV2's browser_action from the popup and drops `action`, so name the key per version.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_title: '__MSG_ext_actionTitle__', default_icon: iconMap('idle', TOOLBAR_SIZES) },
    // The page card is an extension page framed inside the tab (out of the page's reach). Chrome
    // serves it only under a per-session dynamic id; Firefox already gives every install its own id.
    // page-ui.js: the content script's hover card and textarea marks, imported on demand.
    web_accessible_resources: browser === 'firefox'
      ? (['card.html', 'page-ui.js'] as unknown as never)
      : [{ resources: ['card.html', 'page-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      [ANNOTATE_COMMAND]: { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_annotate_withPortLens__' },
    },
  }),
});
