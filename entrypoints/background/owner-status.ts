// The owner-status answer: what data is loaded and how long the load took, or why it failed.
import { createOwnerKnowledge } from '../../knowledge';
import type { OwnerStatus } from '../../messaging/protocol';
import type { TimedOwnerSource } from './packaged-owner-source';

export async function ownerStatus(owners: TimedOwnerSource): Promise<OwnerStatus> {
  const info = await createOwnerKnowledge(owners).dataInfo();
  if ('unavailable' in info) return { available: false, reason: info.unavailable };
  const load = owners.lastLoad();
  if (!load) return { available: true, info };
  const status: OwnerStatus = { available: true, info, loadMs: load.ms, loadedFrom: load.from };
  if (load.stored !== undefined) status.storedInIndexedDb = load.stored;
  return status;
}
