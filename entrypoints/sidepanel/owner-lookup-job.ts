// The work of the side panel's owner worker, apart from the worker so it can be tested in Node: the
// owners of a list of addresses, each distinct owner sent once with an index per address (a log of
// 100,000 events from 5,000 senders answers with a few hundred owners). Never throws: when the data
// cannot be loaded, or the request is malformed, the answer says why.
import { ipOwnerWith } from '../../knowledge/owners/ip-owner';
import { reasonOf, UNAVAILABLE, type OwnerSource } from '../../knowledge/owners/owner-source';
import type { IpOwner } from '../../knowledge/owners/types';
import type { AddressOwner, OwnerBatch } from '../../components/sidepanel/source-owners';

export interface OwnerLookupRequest {
  id: number;
  addresses: string[];
}

export type OwnerLookupReply = OwnerBatch & { id: number };

/** Most addresses one request may ask about (every line of the largest log the panel takes). */
export const MAX_OWNER_ADDRESSES = 2_000_000;

export function isOwnerLookupRequest(value: unknown): value is OwnerLookupRequest {
  const r = value as OwnerLookupRequest | null;
  return typeof r === 'object' && r !== null && Number.isInteger(r.id) && Array.isArray(r.addresses)
    && r.addresses.length <= MAX_OWNER_ADDRESSES && r.addresses.every((a) => typeof a === 'string');
}

function compact(owner: IpOwner): AddressOwner {
  const out: AddressOwner = { asn: owner.asn, asName: owner.asName, country: owner.country };
  if (owner.kind) out.kind = owner.kind;
  if (owner.network) out.network = owner.network.name;
  return out;
}

const keyOf = (o: AddressOwner) => `${o.asn}|${o.country}|${o.kind ?? ''}|${o.network ?? ''}`;

export async function answerOwnerLookup(source: OwnerSource, request: unknown): Promise<OwnerLookupReply> {
  const id = Number.isInteger((request as OwnerLookupRequest | null)?.id) ? (request as OwnerLookupRequest).id : -1;
  if (!isOwnerLookupRequest(request)) return { id, available: false, reason: `${UNAVAILABLE}: malformed owner request` };
  let db;
  try {
    db = await source.database();
  } catch (error) {
    return { id, available: false, reason: reasonOf(error) };
  }
  const owners: AddressOwner[] = [];
  const ownerIndex = new Map<string, number>();
  const index = new Int32Array(request.addresses.length);
  request.addresses.forEach((address, i) => {
    const found = ipOwnerWith(db, address);
    if (!found) {
      index[i] = -1;
      return;
    }
    const owner = compact(found);
    const key = keyOf(owner);
    let at = ownerIndex.get(key);
    if (at === undefined) {
      at = owners.push(owner) - 1;
      ownerIndex.set(key, at);
    }
    index[i] = at;
  });
  return { id, available: true, dataDate: db.dataDate, owners, index };
}
