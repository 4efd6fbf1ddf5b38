import { useEffect, useRef } from 'preact/hooks';
import { ResultCard } from '../cards/ResultCard';
import { translateCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import type { ShownResult } from './use-popup-lookup';

export const RESULT_LIST_ID = 'pl-results';
export const resultOptionId = (index: number) => `pl-result-${index}`;

export interface ResultListProps {
  /** Each result with its owner line, if it has one. */
  results: readonly ShownResult[];
  /** The highlighted option (keyboard or pointer). */
  activeIndex: number;
  /** The option shown as the detailed card, if any. */
  expandedIndex: number | null;
  /** The user's note on the top result, shown on its card. */
  topNote?: string;
  onPick(index: number): void;
}

/** The results as a listbox; the search box keeps focus and points at the active option. */
export function ResultList({ results, activeIndex, expandedIndex, topNote, onPick }: ResultListProps) {
  const t = useTranslate();
  const items = useRef<(HTMLLIElement | null)[]>([]);
  useEffect(() => {
    // The top result is already in view, under the note bar; scrolling to it would hide that bar.
    if (activeIndex > 0) items.current[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <ul id={RESULT_LIST_ID} class="pl-results" role="listbox" aria-label={translateCount(t, 'popup_resultCount', results.length)}>
      {results.map(({ result, owner }, i) => (
        <li
          key={`${result.kind}-${result.label}-${i}`}
          id={resultOptionId(i)}
          ref={(el) => {
            items.current[i] = el;
          }}
          role="option"
          aria-selected={i === activeIndex}
          // ARIA allows no aria-expanded on an option: the opened card's own text says more, and this marks it.
          data-expanded={i === expandedIndex ? 'true' : 'false'}
          class={`pl-option${i === activeIndex ? ' pl-option-active' : ''}`}
          onClick={() => onPick(i)}
        >
          <ResultCard result={result} detailed={i === expandedIndex} note={i === 0 ? topNote : undefined} owner={owner} ownerCredit="date" />
        </li>
      ))}
    </ul>
  );
}
