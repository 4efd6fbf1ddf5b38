// The browser's translator for extension pages and the background: the locale files shipped as
// _locales/ (assets/locales/), in the browser's UI language, falling back to English.
import browser from 'webextension-polyfill';
import type { MessageKey, Translate } from '../components/i18n/messages';

/** What the translator needs of `browser.i18n` (tests pass a fake over a messages.json). */
export interface MessageSource {
  getMessage(messageName: string, substitutions?: string | string[]): string;
}

/** Translate over `source`; a key the browser cannot find shows as itself rather than as nothing. */
export function translatorFor(source: MessageSource): Translate {
  return (key: MessageKey, ...substitutions) => source.getMessage(key, substitutions.map(String)) || key;
}

export const browserTranslate: Translate = translatorFor(browser.i18n);

/**
 * The page's language and title in the shown language (extension pages' HTML is not translated by
 * the browser). `lang` is the translation's own tag, so a French browser reading the English
 * fallback gets lang="en".
 */
export function localizeDocument(t: Translate, titleKey: MessageKey): void {
  document.documentElement.lang = t('locale_tag');
  document.title = t(titleKey);
}
