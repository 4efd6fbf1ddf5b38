import type { Ref } from 'preact';

const TEXT = {
  label: 'Look up a port, range, service, address, CIDR, AS, ICMP type or topic',
  placeholder: '3389, ssh, 8.8.8.8, 10.0.0.0/8, AS15169, icmp 3/4',
  help: 'Arrow keys move through the results, Enter opens the details, Escape clears the box.',
};

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
  return (
    <div class="pl-search">
      <label for="pl-query" class="pl-visually-hidden">
        {TEXT.label}
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
        placeholder={TEXT.placeholder}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="pl-query-help" class="pl-visually-hidden">
        {TEXT.help}
      </p>
    </div>
  );
}
