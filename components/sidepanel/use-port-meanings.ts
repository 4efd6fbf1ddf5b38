// Looks up "what it means" lazily: only for the rows on screen, once per port, role, protocol and
// firewall action (a blocked probe and an exposed service read differently).
import { useCallback, useRef, useState } from 'preact/hooks';
import type { LogEvent } from '../../knowledge';
import { composeMeaning, meaningKeysOf, serverMeaning, shortIcmpLabel, shortPortLabel } from './meaning-labels';
import type { SidePanelDeps } from './sidepanel-deps';

/** Distinct lookups kept; a day of log rarely has more distinct ports than this. */
export const MEANING_CACHE_SIZE = 20_000;

type Lookup = Pick<SidePanelDeps, 'explainPort' | 'explainIcmp'>;

function lookUp(deps: Lookup, key: string): Promise<string> {
  const [kind, a, b, c] = key.split('/');
  if (kind === 'i') return deps.explainIcmp(Number(b), c === '' ? undefined : Number(c), a === '6' ? 6 : 4).then(shortIcmpLabel);
  const protocol = a === 'tcp' || a === 'udp' ? a : undefined;
  const action = c === 'allow' || c === 'deny' ? c : undefined;
  return deps.explainPort(Number(b), protocol, kind === 's' ? 'source' : 'destination', action).then(shortPortLabel);
}

export function usePortMeanings(deps: Lookup) {
  const known = useRef(new Map<string, string>());
  const pending = useRef(new Set<string>());
  const [version, setVersion] = useState(0);

  // A new function after each batch of answers, so rows using it render again. Server-log lines say
  // what happened themselves; firewall lines need their ports and ICMP types looked up.
  const meaningOf = useCallback((e: LogEvent) => (e.kind ? serverMeaning(e) : composeMeaning(meaningKeysOf(e), known.current)), [version]);

  /** Starts the lookups the given events still need; one re-render when they are all back. */
  const request = useCallback((events: readonly LogEvent[]) => {
    const wanted = new Set<string>();
    for (const e of events) {
      if (e.kind) continue;
      for (const key of Object.values(meaningKeysOf(e))) {
        if (key && !known.current.has(key) && !pending.current.has(key)) wanted.add(key);
      }
    }
    if (!wanted.size) return;
    for (const key of wanted) pending.current.add(key);
    void Promise.all([...wanted].map(async (key) => {
      let label: string;
      try {
        label = await lookUp(deps, key);
      } catch {
        label = '';
      }
      pending.current.delete(key);
      if (known.current.size >= MEANING_CACHE_SIZE) known.current.delete(known.current.keys().next().value as string);
      known.current.set(key, label);
    })).then(() => setVersion((v) => v + 1));
  }, [deps]);

  return { meaningOf, request, version };
}
