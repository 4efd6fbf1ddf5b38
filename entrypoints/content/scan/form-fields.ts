// Form controls whose text may hold a port or an address: text-like inputs (DD-WRT puts every
// rule value in one), textareas (whole logs) and selects (quick-pick options such as
// "FTP (20,21)"). Their text is read on demand, with the field's label as context.
import { detectTokens, type Token } from '../../../knowledge/tokens';
import type { FormField } from './dom-structure';
import { contextOfField } from './text-context';
import { tokensAround } from './token-window';

// Which element is a field, and what a select shows, are DOM work (dom-structure.ts).
export { formFieldOf, shownOption, type FormField } from './dom-structure';

/** What a field shows: its value, or the text of each of its options. */
export function fieldTexts(field: FormField): string[] {
  if (field.tagName !== 'SELECT') return [(field as HTMLInputElement | HTMLTextAreaElement).value];
  return Array.from((field as HTMLSelectElement).options, (o) => o.text);
}

/** The tokens of one of the field's texts (`text` may be a part of it: the lines a mirror shows). */
export function fieldTokens(field: FormField, text: string): Token[] {
  return detectTokens(text, contextOfField(field));
}

/** The tokens of one of the field's texts near `offset` (the whole text when it is short). */
export function fieldTokensNear(field: FormField, text: string, offset: number): Token[] {
  return tokensAround(text, offset, offset, contextOfField(field));
}
