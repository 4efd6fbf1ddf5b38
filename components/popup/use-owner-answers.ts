// Asks the background who holds the addresses and blocks a search found, and what it knows about the
// AS a query names. The search's results show at once; owners join as their answers come in (the
// background may first have to load the owner data).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AsLookupAnswer, OwnerAnswer, SearchOutcome } from '../../knowledge';
import { asQuestionFor, ownerQuestionFor, type AsQuestion, type LookupResult } from '../../knowledge/search/owner-lookups';
import type { OwnerLineState } from '../cards/OwnerLine';
import type { PopupDeps } from './popup-deps';

type Answer = OwnerAnswer | AsLookupAnswer;

export interface OwnerAnswers {
  asQuestion: AsQuestion | null;
  /** The AS directory's answer; undefined while it has not come. */
  asAnswer: AsLookupAnswer | undefined;
  /** The owner line for a result: an answer, 'pending', or undefined when the result has no owner to show. */
  ownerOf(result: LookupResult): OwnerLineState | undefined;
}

/** Answers kept for the popup's life, so typing back and forth neither asks again nor flickers. */
const REMEMBERED = 100;
const NO_ANSWERS: ReadonlyMap<string, Answer> = new Map();

const ownerKey = (address: string) => `owner:${address}`;
const asKey = (q: AsQuestion) => `as:${q.limit}:${q.query}`;
const failure = (e: unknown) => ({ available: false as const, reason: e instanceof Error ? e.message : String(e) });

export function useOwnerAnswers(deps: Pick<PopupDeps, 'ipOwner' | 'asLookup'>, outcome: SearchOutcome | null): OwnerAnswers {
  // Only answers from loaded data are remembered: "unavailable" is asked again with the next query.
  const remembered = useRef(new Map<string, Answer>());
  const [current, setCurrent] = useState<{ outcome: SearchOutcome | null; answers: ReadonlyMap<string, Answer> }>({ outcome: null, answers: NO_ANSWERS });

  useEffect(() => {
    if (!outcome) return;
    let live = true;
    setCurrent({ outcome, answers: new Map() });
    const settle = (key: string, answer: Answer) => {
      if (answer.available) {
        const kept = remembered.current;
        if (kept.size >= REMEMBERED) kept.delete(kept.keys().next().value as string);
        kept.set(key, answer);
      }
      if (live) setCurrent((c) => (c.outcome === outcome ? { outcome, answers: new Map(c.answers).set(key, answer) } : c));
    };
    const ask = <A extends Answer>(key: string, request: () => Promise<A>) => {
      if (!remembered.current.has(key)) request().then((a) => settle(key, a), (e: unknown) => settle(key, failure(e)));
    };
    for (const address of new Set(outcome.results.map(ownerQuestionFor))) {
      if (address) ask(ownerKey(address), () => deps.ipOwner(address));
    }
    const question = asQuestionFor(outcome.query);
    if (question) ask(asKey(question), () => deps.asLookup(question.query, question.limit));
    return () => {
      live = false;
    };
  }, [deps, outcome]);

  const answers = current.outcome === outcome ? current.answers : NO_ANSWERS;
  const find = (key: string) => answers.get(key) ?? remembered.current.get(key);
  const asQuestion = outcome ? asQuestionFor(outcome.query) : null;
  return {
    asQuestion,
    asAnswer: asQuestion ? (find(asKey(asQuestion)) as AsLookupAnswer | undefined) : undefined,
    ownerOf(result) {
      const address = ownerQuestionFor(result);
      return address === null ? undefined : ((find(ownerKey(address)) as OwnerAnswer | undefined) ?? 'pending');
    },
  };
}
