// The owner-status answer: what data is loaded and how long the load took, or why it failed.
import { createOwnerKnowledge } from '../../knowledge';
import type { OwnerStatus } from '../../messaging/protocol';
import type { TimedOwnerSource } from './packaged-owner-source';

export async function ownerStatus(owners: TimedOwnerSource): Promise<OwnerStatus> {
  const info = await createOwnerKnowledge(owners).dataInfo();
  if ('unavailable' in info) return { available: false, reason: info.unavailable };
  const loadMs = owners.loadMs();
  return loadMs === undefined ? { available: true, info } : { available: true, info, loadMs };
}
