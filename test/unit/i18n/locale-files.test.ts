// Every language has every message of the default locale (English), with the same placeholders,
// and the translator follows the browsers' placeholder rules.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, UI_LANGUAGES } from '../../../assets/locales/languages.mjs';
import { formatMessage, NAMED_PLACEHOLDER, translateCount, type LocaleMessage } from '../../../components/i18n/messages';
import { readMessages, shippedLanguages, translatorForLanguage } from './locale-messages';

/** What a message needs from its substitutions: the placeholders it uses, and what each stands for. */
function placeholderShape(entry: LocaleMessage): string[] {
  const used = [...entry.message.matchAll(NAMED_PLACEHOLDER)].map((m) => m[1].toLowerCase());
  const declared = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`);
  return [...new Set(used)].sort().concat(declared.sort());
}

const english = readMessages(DEFAULT_LANGUAGE);

describe('locale files', () => {
  it('ships exactly the languages the build copies', () => {
    expect(shippedLanguages()).toEqual([...UI_LANGUAGES].sort());
  });

  it('uses keys every browser accepts, none differing only by case', () => {
    const keys = Object.keys(english);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('declares every placeholder a message uses, and uses every one it declares', () => {
    for (const language of UI_LANGUAGES) {
      for (const [key, entry] of Object.entries(readMessages(language))) {
        const used = new Set([...entry.message.matchAll(NAMED_PLACEHOLDER)].map((m) => m[1].toLowerCase()));
        const declared = new Set(Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()));
        expect([...used].sort(), `${language}/${key}`).toEqual([...declared].sort());
      }
    }
  });

  for (const language of UI_LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)) {
    describe(language, () => {
      const messages = readMessages(language);
      it('has every English key and no other', () => {
        expect(Object.keys(messages).filter((k) => !(k in english)), 'keys English does not have').toEqual([]);
        expect(Object.keys(english).filter((k) => !(k in messages)), 'English keys missing').toEqual([]);
      });
      it('has the same placeholders as English in every message, and no empty one', () => {
        for (const [key, entry] of Object.entries(english)) {
          if (!messages[key]) continue;
          expect(placeholderShape(messages[key]), key).toEqual(placeholderShape(entry));
          expect(messages[key].message.trim(), key).not.toBe('');
        }
      });
      it('names its own language tag', () => {
        expect(messages.locale_tag.message).toBe(language);
      });
    });
  }

  it('keeps the store description within Chrome\'s 132 characters in every language', () => {
    for (const language of UI_LANGUAGES) expect(readMessages(language).ext_description.message.length, language).toBeLessThanOrEqual(132);
  });
});

describe('translator', () => {
  it('fills named placeholders in their language\'s order', () => {
    const entry = { message: '$B$ then $A$ ($$5)', placeholders: { a: { content: '$1' }, B: { content: '$2' } } };
    expect(formatMessage(entry, ['first', 'second'])).toBe('second then first ($5)');
    expect(formatMessage(entry, ['only'])).toBe(' then only ($5)');
    expect(formatMessage(undefined, [])).toBe('');
  });

  it('does not read a substitution as a placeholder', () => {
    expect(formatMessage({ message: '$X$', placeholders: { x: { content: '$1' } } }, ['$1 costs $$'])).toBe('$1 costs $$');
  });

  it('picks one or other and writes the number the language\'s way', () => {
    const en = translatorForLanguage('en');
    const de = translatorForLanguage('de');
    expect(translateCount(en, 'popup_resultCount', 1)).toBe('1 result');
    expect(translateCount(en, 'popup_resultCount', 0)).toBe('0 results');
    expect(translateCount(de, 'popup_resultCount', 1)).toBe('1 Ergebnis');
    expect(translateCount(de, 'card_asIpv4Addresses', 16777216)).toBe('(16.777.216 Adressen)');
    expect(translateCount(en, 'card_asIpv4Addresses', 16777216)).toBe('(16,777,216 addresses)');
  });
});
