// The owner line of the page card: who holds a public address (AS, registration country, kind of
// network), "owner data unavailable" when the owner data could not be loaded, and nothing for
// special-purpose addresses (the address section explains those).
import { classifyAddress, createOwnerKnowledge } from '../../knowledge';
import { mayHaveOwner } from '../../knowledge/owners/owner-scope';
import type { SectionLoader } from './card-sections';

const OWNED_KINDS: ReadonlySet<string> = new Set(['ipv4', 'ipv6', 'endpoint']);

export const ownerSection: SectionLoader = async ({ token }, deps) => {
  const address = token.address;
  if (!OWNED_KINDS.has(token.kind) || !address) return null;
  const classification = classifyAddress(address);
  if (!classification || !mayHaveOwner(classification)) return null;
  const answer = await createOwnerKnowledge(deps.owners).ipOwner(address);
  // A public address no registry lists (unallocated space) gets no line, like a special one.
  if (answer.available && !answer.owner) return null;
  return { kind: 'owner', address, answer };
};
