// explainPort: IANA names + curated facts + the side the port was seen on + what the firewall did,
// turned into one explanation.
import type { PortAction, PortExplanation, PortFact, PortRole, Reference } from '../types';
import { curatedFactsForPort } from './curated-port-facts';
import { factApplies, rankFacts, readsSide } from './fact-ranking';
import { UNKNOWN_PORT_ADVICE } from './faq-destination-ports';
import type { IanaPortSource } from './iana-registry';
import { describeOutcome, riskFor, ROLE_NOTES, trafficKind } from './port-outcome';
import { isModernEphemeral, portClassOf, rangesForPort } from './port-ranges';
import { ephemeralDestinationFact, sourcePortReading, type SourcePortContext } from './role-readings';

export interface ExplainPortOptions {
  protocol?: 'tcp' | 'udp';
  /** The side of the packet the port was seen on. */
  role?: PortRole;
  /** What the firewall did with the packet, when the log says so. */
  action?: PortAction;
}

const IANA_REFERENCE: Reference = { label: 'IANA Service Name and Transport Protocol Port Number Registry' };

export function assertPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`A port is a whole number from 0 to 65535; got ${String(port)}.`);
  }
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const lowered = typeof value === 'string' ? value.toLowerCase() : undefined;
  return allowed.find((a) => a === lowered);
}

/** Options as given by any caller: unknown protocols, roles or actions count as not given. */
function cleanOptions(options: ExplainPortOptions): ExplainPortOptions {
  return {
    protocol: pick(options.protocol, ['tcp', 'udp'] as const),
    role: pick(options.role, ['source', 'destination'] as const),
    action: pick(options.action, ['allow', 'deny'] as const),
  };
}

function uniqueReferences(refs: Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)));
}

/** Curated names that describe a listening service (not "Digit pattern 12345" or "First dynamic port"). */
const SERVICE_CATEGORIES: ReadonlySet<PortFact['category']> = new Set(['service', 'attacked', 'ics', 'proxy', 'game-chat']);

/** What a port with no source-side story is known for on the listening side. */
function sourceContext(port: number, protocol: 'tcp' | 'udp' | undefined, ianaName: string | undefined): SourcePortContext {
  const listening = rankFacts(curatedFactsForPort(port).filter((f) => factApplies(f, protocol, 'destination')), 'destination')[0];
  // 'Back Orifice / "elite"' becomes 'Back Orifice': the program's name reads better in "sent from the … port".
  if (listening && (listening.category === 'trojan' || listening.category === 'scan-signature')) return { port, notoriousFor: listening.service.split(' / ')[0] };
  if (listening?.category === 'reply') return { port };
  const curatedName = listening && SERVICE_CATEGORIES.has(listening.category) ? listening.service : undefined;
  return { port, serviceName: curatedName ?? ianaName, curatedService: Boolean(curatedName) };
}

export async function explainPortWith(source: IanaPortSource, port: number, options: ExplainPortOptions = {}): Promise<PortExplanation> {
  assertPort(port);
  const { protocol, role, action } = cleanOptions(options);
  const allIana = await source.lookup(port);
  const iana = protocol ? allIana.filter((r) => r.protocol === protocol) : allIana.filter((r) => r.protocol === 'tcp' || r.protocol === 'udp');
  const named = iana.filter((r) => r.names.length > 0);
  const ianaName = named[0]?.names[0];
  const ianaDescription = named[0]?.descriptions[0];

  const facts = rankFacts(curatedFactsForPort(port).filter((f) => factApplies(f, protocol, role)), role);
  const sideFacts = facts.filter((f) => readsSide(f, role));
  // Without a role a source-only fact never headlines; it stays among the facts.
  let top: PortFact | undefined = sideFacts[0];
  if (!top && role === 'destination' && isModernEphemeral(port)) top = ephemeralDestinationFact(port);
  else if (!top && role === 'source') top = sourcePortReading(sourceContext(port, protocol, ianaName));
  if (top && top !== sideFacts[0]) facts.unshift(top);

  const ranges = rangesForPort(port);
  const service = top?.service ?? ianaName ?? portClassOf(port).name;
  const protoLabel = protocol ?? (iana.length && iana.every((r) => r.protocol === iana[0].protocol) ? iana[0].protocol : 'tcp/udp');
  const roleLabel = role === 'source' ? ' (source)' : '';
  const ianaSuffix = ianaName && top && !service.toLowerCase().includes(ianaName.toLowerCase()) ? ` (${ianaName})` : '';
  const title = `${port}/${protoLabel}${roleLabel} — ${service}${ianaSuffix}`;

  let summary: string;
  if (top) summary = top.summary;
  else if (ianaName) summary = `IANA registers this port for ${ianaDescription ?? ianaName} (${ianaName}). PortLens has no attack history for it, so treat a hit as a probe for that service or as a program that borrowed the number.`;
  else if (iana.some((r) => r.descriptions.some((d) => /reserved/i.test(d)))) summary = 'IANA keeps this port reserved; no service should use it, so traffic here comes from a scanner or a custom program.';
  else summary = `No service is registered here. ${portClassOf(port).summary}`;

  const kind = trafficKind(top, role);
  return {
    port,
    protocol,
    role,
    action,
    roleNote: role ? ROLE_NOTES[role] : undefined,
    outcome: describeOutcome(kind, action, role),
    title,
    iana,
    summary,
    probing: top?.probing,
    advice: top?.advice ?? UNKNOWN_PORT_ADVICE,
    risk: riskFor(kind, action, top?.risk ?? 'info', sideFacts.map((f) => f.risk)),
    category: top?.category ?? (ianaName ? 'registered' : 'unassigned'),
    ranges,
    facts,
    references: uniqueReferences([...facts.flatMap((f) => [...f.references]), ...(iana.length ? [IANA_REFERENCE] : []), ...ranges.flatMap((r) => [...r.references])]),
  };
}
