// What the popup shows for the query in the box: the search's results at once, each address or block
// with its owner line as that answer comes in, then what the AS directory lists for an AS number or name.
import { useEffect, useRef } from 'preact/hooks';
import type { SearchOutcome } from '../../knowledge';
import { joinAsAnswer, type LookupResult } from '../../knowledge/search/owner-lookups';
import type { OwnerLineState } from '../cards/OwnerLine';
import type { PopupDeps } from './popup-deps';
import { useLiveSearch } from './use-live-search';
import { useOwnerAnswers } from './use-owner-answers';

export interface ShownResult {
  result: LookupResult;
  /** The owner line of an address or CIDR card; undefined for other kinds and special-purpose addresses. */
  owner?: OwnerLineState;
}

export interface PopupLookup {
  /** The query the outcome answers (may trail the box while a newer search runs). */
  answered: string;
  /** The search's answer; a new one starts a new selection. */
  outcome: SearchOutcome | null;
  results: ShownResult[];
  /** Why nothing is listed, once every answer is in. */
  message?: string;
  /** The search failed (the background did not answer). */
  error: string;
  /** Something is still being looked up and nothing is listed yet. */
  waiting: boolean;
  /** Why AS names were not searched (owner data unavailable). */
  namesUnsearched?: string;
  /** Date of the owner data behind a shown owner line or AS result: the list then credits the data once. */
  ownerDataDate?: string;
}

function ownerDataDateOf(results: readonly ShownResult[]): string | undefined {
  for (const { result, owner } of results) {
    if (result.kind === 'as') return result.dataDate;
    if (owner && owner !== 'pending' && owner.available && owner.owner) return owner.owner.dataDate;
  }
  return undefined;
}

export function usePopupLookup(deps: PopupDeps, query: string, debounceMs?: number): PopupLookup {
  const { answered, outcome, error, pending } = useLiveSearch(deps.search, query, debounceMs);
  const owners = useOwnerAnswers(deps, outcome);
  const asked = Boolean(query.trim());
  // Typing has begun: most queries (addresses, blocks, AS numbers, names) will want the owner data,
  // and loading it takes a moment after the worker starts, so start now rather than at the first answer.
  const prepared = useRef(false);
  useEffect(() => {
    if (!asked || prepared.current) return;
    prepared.current = true;
    deps.prepareOwnerData();
  }, [asked, deps]);
  const joined = asked && outcome ? joinAsAnswer(outcome, owners.asQuestion, owners.asAnswer) : null;
  const results = (joined?.results ?? []).map((result) => ({ result, owner: owners.ownerOf(result) }));
  return {
    answered,
    outcome,
    results,
    message: !pending && joined && !results.length ? joined.message : undefined,
    error,
    waiting: asked && !error && ((pending && !outcome) || Boolean(joined?.waiting)),
    namesUnsearched: joined?.namesUnsearched,
    ownerDataDate: ownerDataDateOf(results),
  };
}
