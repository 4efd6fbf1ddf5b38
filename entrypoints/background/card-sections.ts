// What the page card shows for a token: one loader per kind of section, in the order the card
// shows them. A new section is one more loader here; each reads the token and, if it needs it,
// the token's log line (the port's action, the packet's other fields).
import { classifyAddress, createKnowledge, lineAction } from '../../knowledge';
import { searchQueryOf } from '../../knowledge/tokens';
import type { CardSection, CardToken } from '../../messaging/protocol';
import { ownerSection } from './card-owner-section';
import { packetSection } from './card-packet-section';
import type { HandlerDeps } from './handlers';
import { getNote } from './notes-store';

export interface SectionInput {
  token: CardToken;
  /** The token's line of text on the page, when the content script sent it. */
  line?: string;
}

export type SectionLoader = (input: SectionInput, deps: HandlerDeps) => Promise<CardSection | null>;

async function noteText(deps: HandlerDeps, key: string): Promise<string | null> {
  return (await getNote(deps.db, key).catch(() => null))?.text ?? null;
}

/**
 * The port's meaning for its role and protocol, and the person's note on it. When the log line says
 * what the firewall did (DROP, BLOCK, ACCEPT...), the outcome line follows it: a blocked probe or
 * an exposed service.
 */
const portSection: SectionLoader = async ({ token, line }, deps) => {
  if ((token.kind !== 'port' && token.kind !== 'endpoint') || token.port === undefined) return null;
  const port = token.port;
  const action = line ? lineAction(line) : undefined;
  const [explanation, note] = await Promise.all([
    createKnowledge(deps.ports).explainPort(port, { protocol: token.protocol, role: token.role, ...(action ? { action } : {}) }),
    noteText(deps, `port:${port}`),
  ]);
  return { kind: 'result', result: { kind: 'port', score: 0, label: explanation.title, port, protocol: token.protocol, explanation }, note };
};

/** A range or a network: what the popup's search says about it. */
function searchSection(kind: 'port-range' | 'cidr'): SectionLoader {
  return async ({ token }, deps) => {
    if (token.kind !== kind) return null;
    const outcome = await createKnowledge(deps.ports).search(searchQueryOf(token));
    const result = outcome.results.find((r) => r.kind === kind);
    return result ? { kind: 'result', result } : null;
  };
}

async function describeAddress(address: string, deps: HandlerDeps): Promise<CardSection | null> {
  const classification = classifyAddress(address);
  if (!classification) return null;
  const note = await noteText(deps, `addr:${address}`);
  return { kind: 'result', result: { kind: 'address', score: 0, label: classification.address, classification }, note };
}

/** The address's class (private, documentation, multicast...) and the person's note on it; a range's first address. */
const addressSection: SectionLoader = async ({ token }, deps) => {
  const kinds = ['ipv4', 'ipv6', 'endpoint', 'ip-range'];
  return kinds.includes(token.kind) && token.address ? describeAddress(token.address, deps) : null;
};

/** The last address of a range. */
const rangeEndSection: SectionLoader = async ({ token }, deps) => (token.kind === 'ip-range' && token.addressEnd ? describeAddress(token.addressEnd, deps) : null);

/** The card's sections: a packet field or the port first (what the traffic is), then the address and its owner. */
export const CARD_SECTION_LOADERS: readonly SectionLoader[] = [
  packetSection, portSection, searchSection('port-range'), addressSection, ownerSection, rangeEndSection, searchSection('cidr'),
];

export async function loadCardSections(input: SectionInput, deps: HandlerDeps, loaders: readonly SectionLoader[] = CARD_SECTION_LOADERS): Promise<CardSection[]> {
  const sections = await Promise.all(loaders.map((load) => load(input, deps)));
  const found = sections.filter((s): s is CardSection => s !== null);
  if (!found.length) throw new Error(`PortLens has nothing on ${input.token.text}.`);
  return found;
}
