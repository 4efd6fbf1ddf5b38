// The languages the UI ships in: a folder here each, with messages.json in the browsers' format.
// English is the default locale (manifest default_locale) and owns the keys; every other language
// has exactly the same keys and placeholders (test/unit/i18n/locale-files.test.ts).
export const DEFAULT_LANGUAGE = 'en';
export const UI_LANGUAGES = ['en', 'de'];
