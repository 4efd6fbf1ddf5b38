// Asks for the owners of an analysis's senders once it is complete (one batch of distinct addresses)
// and holds the answer; a newer analysis makes an older answer stale.
import { useEffect, useState } from 'preact/hooks';
import type { LogAnalysis } from '../../knowledge';
import type { SidePanelDeps } from './sidepanel-deps';
import { addressesToLookUp, ownerStateFrom, TEXT, type OwnerState } from './source-owners';

const PENDING: OwnerState = { status: 'pending' };

export function useSourceOwners(deps: SidePanelDeps, analysis: LogAnalysis | null): OwnerState {
  const [state, setState] = useState<OwnerState>(PENDING);
  useEffect(() => {
    setState(PENDING);
    if (!analysis) return undefined;
    let current = true;
    const addresses = addressesToLookUp(analysis.events, analysis.findings);
    deps.ownersOf(addresses).then(
      (batch) => current && setState(ownerStateFrom(addresses, batch)),
      (e) => current && setState({ status: 'unavailable', reason: `${TEXT.unavailable}: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return () => {
      current = false;
    };
  }, [deps, analysis]);
  return state;
}
