import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Router admin UIs live on loopback, the common router default addresses and local names.
// Everything else needs the user's explicit permission (optional host permission or activeTab).
export const ROUTER_MATCHES = [
  'http://localhost/*', 'https://localhost/*',
  'http://127.0.0.1/*', 'https://127.0.0.1/*',
  'http://192.168.0.1/*', 'https://192.168.0.1/*',
  'http://192.168.1.1/*', 'https://192.168.1.1/*',
  'http://192.168.1.254/*', 'https://192.168.1.254/*',
  'http://192.168.2.1/*', 'http://192.168.10.1/*',
  'http://192.168.100.1/*', 'http://192.168.88.1/*', 'https://192.168.88.1/*',
  'http://192.168.8.1/*', 'http://192.168.50.1/*', 'https://192.168.50.1/*',
  'http://192.168.178.1/*', 'http://192.168.31.1/*', 'http://192.168.3.1/*',
  'http://10.0.0.1/*', 'https://10.0.0.1/*', 'http://10.0.0.138/*', 'http://10.0.1.1/*', 'http://10.1.1.1/*',
  'http://172.16.0.1/*',
  'http://*.lan/*', 'https://*.lan/*',
  'http://*.home.arpa/*', 'https://*.home.arpa/*',
  'http://*.local/*', 'https://*.local/*',
  'http://*.localdomain/*', 'https://*.localdomain/*',
  'http://*.internal/*', 'https://*.internal/*',
  'http://fritz.box/*', 'https://fritz.box/*',
  'http://router.asus.com/*', 'https://router.asus.com/*',
  'http://www.routerlogin.net/*', 'https://www.routerlogin.net/*', 'http://routerlogin.net/*',
  'http://tplinkwifi.net/*', 'https://tplinkwifi.net/*', 'http://tplinklogin.net/*',
  'http://myrouter.local/*', 'http://openwrt.lan/*',
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  hooks: {
    // The compiled IANA table ships as a plain file the background fetches and loads into IndexedDB.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('assets/generated/iana-ports.json'), relativeDest: 'data/iana-ports.json' });
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 1500 },
  }),
  manifest: ({ browser }) => ({
    name: 'PortLens',
    description: 'Explains the ports, IP addresses and ICMP codes in firewall logs and router admin pages. Works offline; nothing leaves your machine.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: browser === 'firefox' ? undefined : ['http://*/*', 'https://*/*'],
    optional_permissions: browser === 'firefox' ? ['http://*/*', 'https://*/*'] : undefined,
    browser_specific_settings: browser === 'firefox'
      ? { gecko: { id: 'portlens@portlens.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } }
      : undefined,
    action: { default_title: 'PortLens' },
  }),
});
