import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchOutcome } from '../../knowledge';

export const SEARCH_DEBOUNCE_MS = 80;

export interface LiveSearchState {
  /** The query the outcome answers (may trail the box while a newer search runs). */
  answered: string;
  outcome: SearchOutcome | null;
  error: string;
  pending: boolean;
}

const IDLE: LiveSearchState = { answered: '', outcome: null, error: '', pending: false };

/** Searches as the person types: waits for a short pause and drops replies to older queries. */
export function useLiveSearch(search: (q: string) => Promise<SearchOutcome>, query: string, delayMs = SEARCH_DEBOUNCE_MS): LiveSearchState {
  const [state, setState] = useState<LiveSearchState>(IDLE);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    if (!query.trim()) {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      search(query).then(
        (outcome) => id === latest.current && setState({ answered: query, outcome, error: '', pending: false }),
        (e: unknown) => id === latest.current && setState({ answered: query, outcome: null, error: e instanceof Error ? e.message : String(e), pending: false }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [query, search, delayMs]);
  return state;
}
