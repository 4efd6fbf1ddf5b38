import type { Ref } from 'preact';
import { useTranslate } from '../i18n/translate-context';

/** Example queries, the same in every language. */
const PLACEHOLDER = '3389, ssh, 8.8.8.8, 10.0.0.0/8, AS15169, icmp 3/4';

export interface SearchBoxProps {
  value: string;
  onInput(value: string): void;
  onKeyDown(event: KeyboardEvent): void;
  /** id of the results listbox, when it is shown. */
  listId?: string;
  /** id of the highlighted option, for aria-activedescendant. */
  activeId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The one search box: a combobox that drives the results listbox below it. */
export function SearchBox({ value, onInput, onKeyDown, listId, activeId, inputRef }: SearchBoxProps) {
  const t = useTranslate();
  return (
    <div class="pl-search">
      <label for="pl-query" class="pl-visually-hidden">
        {t('popup_searchLabel')}
      </label>
      <input
        id="pl-query"
        ref={inputRef}
        type="search"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={listId ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby="pl-query-help"
        placeholder={PLACEHOLDER}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="pl-query-help" class="pl-visually-hidden">
        {t('popup_searchHelp')}
      </p>
    </div>
  );
}
