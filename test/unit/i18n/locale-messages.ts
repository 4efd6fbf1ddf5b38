// The shipped locale files, read from disk, and translators over them with the browsers' rules
// (components/i18n/messages.ts): what a browser in that language shows.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageTranslator, formatMessage, type LocaleMessages, type MessageSource, type Translate } from '../../../components/i18n/messages';

export const LOCALES_DIR = resolve('assets/locales');

/** Every language folder that has a messages.json. */
export const shippedLanguages = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

export const readMessages = (language: string): LocaleMessages =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, language, 'messages.json'), 'utf8')) as LocaleMessages;

export const translatorForLanguage = (language: string): Translate => createMessageTranslator(readMessages(language));

/** A fake `browser.i18n` in `language`, for the background's menus. */
export function messageSourceFor(language: string): MessageSource {
  const messages = readMessages(language);
  return { getMessage: (key, substitutions) => formatMessage(messages[key], [substitutions ?? []].flat()) };
}

export const englishMessageSource = messageSourceFor('en');
