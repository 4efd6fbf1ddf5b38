// Asks for the owners of a log's senders while the log is still being read: each time an answer is
// in, the senders that arrived meanwhile go out as the next batch, and once the analysis is complete
// the rest and the findings' addresses follow. Owners are therefore mostly known when the table is
// complete (bench/sidepanel-owner-bench.ts). A new log starts over; answers for an old one are dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventStore, LogAnalysis } from '../../knowledge';
import type { SidePanelDeps } from './sidepanel-deps';
import { addOwners, SenderCollector, unavailableReason, type AddressOwner, type OwnerState } from './source-owners';

interface Lookup {
  senders: SenderCollector;
  byAddress: Map<string, AddressOwner | null>;
  busy: boolean;
  findingsAsked: boolean;
  dataDate?: string;
  failed?: string;
}

const PENDING: OwnerState = { status: 'pending' };

/** `store` is the log's events, growing while it streams in; `analysis` is set once it is complete. */
export function useSourceOwners(deps: SidePanelDeps, store: EventStore | undefined, rows: number, analysis: LogAnalysis | null): OwnerState {
  const [state, setState] = useState<OwnerState>(PENDING);
  const [answers, setAnswers] = useState(0);
  const lookup = useRef<Lookup | undefined>(undefined);

  useEffect(() => {
    if (!store) {
      lookup.current = undefined;
      setState(PENDING);
      return;
    }
    if (lookup.current?.senders.store !== store) {
      lookup.current = { senders: new SenderCollector(store), byAddress: new Map(), busy: false, findingsAsked: false };
      setState(PENDING);
    }
    const current = lookup.current;
    if (current.busy || current.failed) return;
    const complete = analysis?.events === store;
    const addresses = current.senders.next();
    if (complete && !current.findingsAsked) {
      current.findingsAsked = true;
      addresses.push(...current.senders.findingAddresses(analysis.findings));
    }
    if (addresses.length === 0) {
      if (complete && current.dataDate !== undefined) setState({ status: 'ready', dataDate: current.dataDate, byAddress: current.byAddress });
      else if (complete && current.byAddress.size === 0) setState({ status: 'ready', dataDate: '', byAddress: current.byAddress });
      return;
    }
    current.busy = true;
    const settle = (outcome: { reason: string } | { dataDate: string }) => {
      if (lookup.current !== current) return;
      current.busy = false;
      if ('reason' in outcome) {
        current.failed = outcome.reason;
        setState({ status: 'unavailable', reason: outcome.reason });
        return;
      }
      current.dataDate = outcome.dataDate;
      setState({ status: 'pending', byAddress: current.byAddress });
      setAnswers((n) => n + 1);
    };
    deps.ownersOf(addresses).then(
      (batch) => settle(addOwners(current.byAddress, addresses, batch)),
      (e) => settle({ reason: unavailableReason(e instanceof Error ? e.message : String(e)) }),
    );
  }, [deps, store, rows, analysis, answers]);

  return state;
}
