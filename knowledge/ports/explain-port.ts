// explainPort: IANA names + curated facts + the port's role, turned into one explanation.
import { RISK_ORDER, type PortExplanation, type PortFact, type PortRole, type Reference, type Risk } from '../types';
import { curatedFactsForPort } from './curated-port-facts';
import { UNKNOWN_PORT_ADVICE } from './faq-destination-ports';
import type { IanaPortSource } from './iana-registry';
import { isModernEphemeral, portClassOf, rangesForPort } from './port-ranges';

export interface ExplainPortOptions {
  protocol?: 'tcp' | 'udp';
  role?: PortRole;
}

const IANA_REFERENCE: Reference = { label: 'IANA Service Name and Transport Protocol Port Number Registry' };

/** A destination port in a client range, with nothing better known, is most likely a reply. */
const EPHEMERAL_DESTINATION_FACT: Omit<PortFact, 'ports'> = {
  id: 'role-ephemeral-destination',
  service: 'Reply to a connection you made',
  summary:
    'Operating systems pick ports in this range for the client side of outgoing connections, so traffic to it is most likely the answer to something a machine here sent (a web page, a DNS lookup, a game).',
  probing: 'Usually nobody. Blocked replies appear when a stateful firewall has already forgotten the connection, or after an IP address changed hands.',
  advice: 'Look at the source port instead: that is the service on the other side. Only worry if the same port is hit again and again from many sources.',
  risk: 'info',
  category: 'reply',
  table: 'role',
  references: [{ label: 'RFC 6335 §6' }, { label: 'Firewall Forensics FAQ §1.10' }],
};

export function assertPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`A port is a whole number from 0 to 65535; got ${String(port)}.`);
  }
}

/** Source-port facts spanning many ports (NAT'd DNS, IP masquerade) say nothing without a role. */
const WIDE_SOURCE_FACT = 256;

function factApplies(fact: PortFact, protocol: ExplainPortOptions['protocol'], role: PortRole | undefined): boolean {
  if (protocol && fact.protocols && !fact.protocols.includes(protocol)) return false;
  const factRole = fact.role ?? 'destination';
  if (factRole === 'any') return true;
  if (!role && factRole === 'source') return fact.ports[1] - fact.ports[0] < WIDE_SOURCE_FACT;
  return role ? factRole === role : true;
}

function factRank(fact: PortFact, role: PortRole | undefined): number {
  const factRole = fact.role ?? 'destination';
  const roleScore = factRole === (role ?? 'destination') ? 2 : factRole === 'any' ? 1 : 0;
  const width = fact.ports[1] - fact.ports[0];
  const narrow = width === 0 ? 1 : width < 16 ? 0.5 : 0;
  return roleScore * 100 + RISK_ORDER.indexOf(fact.risk) * 10 + narrow;
}

function maxRisk(risks: Risk[]): Risk {
  return risks.reduce<Risk>((a, b) => (RISK_ORDER.indexOf(b) > RISK_ORDER.indexOf(a) ? b : a), 'info');
}

function uniqueReferences(refs: Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)));
}

export async function explainPortWith(source: IanaPortSource, port: number, options: ExplainPortOptions = {}): Promise<PortExplanation> {
  assertPort(port);
  const { protocol, role } = options;
  const allIana = await source.lookup(port);
  const iana = protocol ? allIana.filter((r) => r.protocol === protocol) : allIana.filter((r) => r.protocol === 'tcp' || r.protocol === 'udp');
  const named = iana.filter((r) => r.names.length > 0);

  const facts = curatedFactsForPort(port)
    .filter((f) => factApplies(f, protocol, role))
    .sort((a, b) => factRank(b, role) - factRank(a, role));
  const roleFacts = facts.filter((f) => (f.role ?? 'destination') === (role ?? 'destination') || f.role === 'any');
  // Any curated story for this port as a destination (a trojan, traceroute) beats "a reply".
  if (role === 'destination' && isModernEphemeral(port) && roleFacts.length === 0) {
    facts.unshift({ ...EPHEMERAL_DESTINATION_FACT, ports: [port, port] });
  }

  // Without a role, a source-only fact never becomes the headline: it stays among the facts.
  const top = facts.find((f) => (f.role ?? 'destination') === (role ?? 'destination') || f.role === 'any');
  const ranges = rangesForPort(port);
  const ianaName = named[0]?.names[0];
  const ianaDescription = named[0]?.descriptions[0];
  const service = top?.service ?? ianaName ?? portClassOf(port).name;
  const protoLabel = protocol ?? (iana.length && iana.every((r) => r.protocol === iana[0].protocol) ? iana[0].protocol : 'tcp/udp');
  const roleLabel = role === 'source' ? ' (source)' : '';
  const title = `${port}/${protoLabel}${roleLabel} — ${service}${ianaName && top && !service.toLowerCase().includes(ianaName.toLowerCase()) ? ` (${ianaName})` : ''}`;

  let summary: string;
  if (top) summary = top.summary;
  else if (ianaName) summary = `IANA registers this port for ${ianaDescription ?? ianaName} (${ianaName}). PortLens has no attack history for it, so treat a hit as a probe for that service or as a program that borrowed the number.`;
  else if (iana.some((r) => r.descriptions.some((d) => /reserved/i.test(d)))) summary = 'IANA keeps this port reserved; no service should use it, so traffic here comes from a scanner or a custom program.';
  else summary = `No service is registered here. ${portClassOf(port).summary}`;

  const risk = top ? maxRisk(roleFacts.length ? roleFacts.map((f) => f.risk) : [top.risk]) : 'info';
  return {
    port,
    protocol,
    role,
    title,
    iana,
    summary,
    probing: top?.probing,
    advice: top?.advice ?? UNKNOWN_PORT_ADVICE,
    risk,
    category: top?.category ?? (ianaName ? 'registered' : 'unassigned'),
    ranges,
    facts,
    references: uniqueReferences([...facts.flatMap((f) => [...f.references]), ...(iana.length ? [IANA_REFERENCE] : []), ...ranges.flatMap((r) => [...r.references])]),
  };
}
