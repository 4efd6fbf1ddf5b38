// The browser's translator for extension pages and the background: the locale files shipped as
// _locales/ (assets/locales/), in the browser's UI language, falling back to English.
import browser from 'webextension-polyfill';
import { translatorFor, type MessageKey, type Translate } from '../components/i18n/messages';

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
