// The UI's words come from the locale files (assets/locales/<lang>/messages.json, shipped as _locales/).
// Components get a `Translate` and never call `browser`: the extension pages hand them
// browser.i18n.getMessage, tests a translator over a messages.json read from disk. Both follow
// the browsers' rules, so a test in German sees what a German browser shows.
import type english from '../../assets/locales/en/messages.json';

/** Every message the UI may ask for: the keys of the default locale (English). */
export type MessageKey = Exclude<keyof typeof english, symbol | number>;

/** Up to nine substitutions, in order: $1 … $9 in the messages' placeholders. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** One entry of a messages.json file. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/** `$name$`: a named placeholder (names ignore case, as in the browsers). */
export const NAMED_PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;

/**
 * The browsers' getMessage over one locale's messages: named placeholders become their content, then
 * $1…$9 become the substitutions (a missing one becomes nothing) and $$ a single $. An unknown key
 * gives '' as in the browsers.
 */
export function formatMessage(entry: LocaleMessage | undefined, substitutions: readonly (string | number)[]): string {
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = entry.message.replace(NAMED_PLACEHOLDER, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  // One pass, so a substitution that contains "$1" stays as it is.
  return expanded.replace(/\$(?:([1-9])|(\$+))/g, (_whole, index: string | undefined, dollars: string | undefined) =>
    index ? String(substitutions[Number(index) - 1] ?? '') : (dollars ?? ''),
  );
}

/** What a translator needs of `browser.i18n`: the background's menus take it with their other APIs. */
export interface MessageSource {
  getMessage(messageName: string, substitutions?: string | string[]): string;
}

/** Translate over `source`; a key the browser cannot find shows as itself rather than as nothing. */
export function translatorFor(source: MessageSource): Translate {
  return (key, ...substitutions) => source.getMessage(key, substitutions.map(String)) || key;
}

/** A translator over one locale's messages (the default one in components, any one in tests). */
export function createMessageTranslator(messages: LocaleMessages): Translate {
  return (key, ...substitutions) => formatMessage(messages[key], substitutions);
}

/** Keys `<base>_one` and `<base>_other`: the browsers' messages have no plural forms of their own. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/**
 * The message for a count, with the count as $1. English and German use "one" for exactly 1 and
 * "other" for everything else; a language with more forms would add keys and a rule here.
 */
export function translateCount(t: Translate, base: PluralBase, count: number, ...more: (string | number)[]): string {
  const key = `${base}_${count === 1 ? 'one' : 'other'}` as MessageKey;
  return t(key, formatCount(t, count), ...more);
}

/** A number written the way the shown language writes it (1,234 or 1.234). */
export function formatCount(t: Translate, count: number): string {
  return count.toLocaleString(t('locale_tag'));
}
