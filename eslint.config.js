import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'assets/generated/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // knowledge/ is pure: it runs in plain Node and in any extension context.
    files: ['knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', 'wxt', 'wxt/*', '#imports', 'idb', 'preact', 'preact/*', '@preact/*'], message: 'knowledge/ must stay pure: no browser, idb or Preact.' },
          { group: ['../components/*', '../entrypoints/*', '../messaging/*', '../../components/*', '../../entrypoints/*', '../../messaging/*'], message: 'Dependencies point one way: entrypoints -> components -> knowledge.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'indexedDB', 'navigator', 'localStorage'],
    },
  },
  {
    // Preact components take props; they never talk to the extension APIs.
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    ignores: ['components/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['webextension-polyfill', 'wxt/browser', '#imports', '../entrypoints/*', '../../entrypoints/*'], message: 'Components take props and never call browser.' }] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
