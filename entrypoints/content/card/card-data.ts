// What the hover card shows for a token, asked from the background (the knowledge stays there):
// the port's explanation for its role and protocol, the address's classification, and the notes.
import type { SearchResult } from '../../../knowledge';
import type { Token } from '../../../knowledge/tokens';
import type { HoverCardSection } from '../../../components/hover-card/HoverCard';
import type { Payload, RequestType, ResponseOf } from '../../../messaging/protocol';

export type Send = <T extends RequestType>(type: T, payload: Payload<T>) => Promise<ResponseOf<T>>;

export function kindLabel(token: Token): string {
  switch (token.kind) {
    case 'port':
      return 'Port';
    case 'port-range':
      return 'Port range';
    case 'endpoint':
      return 'Address and port';
    case 'cidr':
      return 'Network (CIDR)';
    case 'ipv6':
      return 'IPv6 address';
    default:
      return 'IPv4 address';
  }
}

/** The text the popup's search understands for this token. */
export function queryFor(token: Token): string {
  switch (token.kind) {
    case 'port':
    case 'endpoint':
      return token.port === undefined ? token.text : token.protocol ? `${token.port}/${token.protocol}` : String(token.port);
    case 'port-range':
      return `${token.port}-${token.portEnd}`;
    case 'cidr':
      return `${token.address}/${token.prefixLength}`;
    default:
      return token.address ?? token.text;
  }
}

async function noteText(send: Send, key: string): Promise<string | null> {
  try {
    return (await send('note-get', { key }))?.text ?? null;
  } catch {
    return null;
  }
}

async function portSection(send: Send, token: Token, port: number): Promise<HoverCardSection> {
  const [explanation, note] = await Promise.all([
    send('explain-port', { port, protocol: token.protocol, role: token.role }),
    noteText(send, `port:${port}`),
  ]);
  const result: SearchResult = { kind: 'port', score: 0, label: explanation.title, port, protocol: token.protocol, explanation };
  return { result, note };
}

async function addressSection(send: Send, address: string): Promise<HoverCardSection | null> {
  const [classification, note] = await Promise.all([send('classify-address', { text: address }), noteText(send, `addr:${address}`)]);
  return classification ? { result: { kind: 'address', score: 0, label: classification.address, classification }, note } : null;
}

async function searchSection(send: Send, query: string, kind: SearchResult['kind']): Promise<HoverCardSection | null> {
  const outcome = await send('search', { query });
  const result = outcome.results.find((r) => r.kind === kind);
  return result ? { result } : null;
}

/** The card's sections, port first (it says what the traffic is), then the address. */
export async function loadSections(send: Send, token: Token): Promise<HoverCardSection[]> {
  const sections: (HoverCardSection | null)[] = [];
  if ((token.kind === 'port' || token.kind === 'endpoint') && token.port !== undefined) sections.push(await portSection(send, token, token.port));
  if (token.kind === 'port-range' && token.port !== undefined && token.portEnd !== undefined) sections.push(await searchSection(send, queryFor(token), 'port-range'));
  if ((token.kind === 'ipv4' || token.kind === 'ipv6' || token.kind === 'endpoint') && token.address) sections.push(await addressSection(send, token.address));
  if (token.kind === 'cidr' && token.address && token.prefixLength !== undefined) sections.push(await searchSection(send, queryFor(token), 'cidr'));
  const found = sections.filter((s): s is HoverCardSection => s !== null);
  if (!found.length) throw new Error(`PortLens has nothing on ${token.text}.`);
  return found;
}
