// The options page words the background's notes-import codes in the page's language, and shows any
// other failure as its own detail.
import { describe, expect, it } from 'vitest';
import { importErrorText, rejectionText } from '../../../components/options/import-problems';
import { NOTES_FILE_PROBLEMS } from '../../../messaging/protocol';
import { translatorForLanguage } from '../i18n/locale-messages';

const en = translatorForLanguage('en');
const de = translatorForLanguage('de');

describe('notes-import problems on the options page', () => {
  it('words each refused entry, with the limit and the newer entry', () => {
    expect(rejectionText(en, { index: 0, reason: 'too-long' })).toBe('the text is longer than 2,000 characters');
    expect(rejectionText(de, { index: 0, reason: 'too-long' })).toBe('der Text ist länger als 2.000 Zeichen');
    expect(rejectionText(en, { index: 4, key: 'port:8443', reason: 'superseded', newerEntry: 1 })).toBe('entry 1 has a newer version of this note');
    expect(rejectionText(de, { index: 4, key: 'port:8443', reason: 'superseded', newerEntry: 1 })).toBe('Eintrag 1 enthält eine neuere Fassung dieser Notiz');
    expect(rejectionText(de, { index: 1, reason: 'bad-updated-at' })).toBe('updatedAt fehlt oder ist kein Datum zwischen 2000 und morgen');
  });

  it('words every whole-file problem in German, and leaves other errors as they are', () => {
    const worded = NOTES_FILE_PROBLEMS.map((code) => importErrorText(de, new Error(code)));
    expect(worded).toEqual([
      'Diese Datei ist kein JSON. Wählen Sie eine Datei, die mit „Notizen exportieren“ erstellt wurde.',
      'Dieses JSON ist kein PortLens-Notizexport (Format „portlens-notes“).',
      'Diese Datei enthält mehr Notizen, als PortLens auf einmal importiert (höchstens 10.000).',
    ]);
    expect(importErrorText(de, new Error('QuotaExceededError'))).toBe('QuotaExceededError');
  });
});
