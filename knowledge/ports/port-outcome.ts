// What the firewall's action means for a packet, in the words every card shows, and how it moves
// the risk: a dropped probe reached nothing, while a probe that was let in met a live service.
import { RISK_ORDER, type PortAction, type PortFact, type PortOutcome, type PortOutcomeKind, type PortRole, type Risk } from '../types';

/** What kind of packet the headline fact says this is. */
export type TrafficKind = 'probe' | 'reply' | 'flood';

/** A dropped probe is at most this worrying: nothing answered it. */
export const BLOCKED_PROBE_RISK_CAP: Risk = 'low';

export const ROLE_NOTES: Record<PortRole, string> = {
  source:
    'Seen as the source port: it names the sender\'s own end of the conversation, so any service on it runs on the sending machine, not here.',
  destination: 'Seen as the destination port: it names what the sender wanted to reach on the receiving machine.',
};

/** TARGET is the port a probe aims at: this one, or the other one when this is the source port. */
const TARGET = '{target}';
const OUTCOME_TEXT: Record<PortOutcomeKind, string> = {
  'blocked-probe':
    `Your firewall dropped it, so it reached nothing here. Act only if you forward ${TARGET} (or a UPnP rule opened it) to a device inside.`,
  'exposed-service':
    `Your firewall let it in: whatever listens on ${TARGET} is reachable from the Internet, so the risk shown applies in full. Make sure the service is meant to be public, patched and protected.`,
  probe:
    `If your firewall dropped it, it reached nothing here; act only if you forward ${TARGET}. If it was let in, a service here is exposed and the advice below matters.`,
  'blocked-reply':
    'Your firewall dropped a reply it no longer expected, usually because the connection had already expired from its state table. That is normal and needs no action.',
  'allowed-reply': 'Your firewall let it through as part of a connection a machine here opened. Nothing to do.',
  reply: 'A reply or a client\'s port: whether the firewall dropped it or let it through, it needs no action on its own.',
  'blocked-flood':
    'Your firewall dropped it, but a flood still fills your line before it reaches the firewall: if your connection slows down, ask your ISP to filter it upstream.',
  'allowed-flood':
    'It got through. Unrequested replies from this service are never needed: drop them at the edge, and ask your ISP to filter them if they fill your line.',
  flood:
    'A few such packets need no action, dropped or not. A steady flood from many senders is an attack on your address that only your ISP can filter upstream.',
};

const KIND_BY_ACTION: Record<TrafficKind, Record<PortAction | 'unknown', PortOutcomeKind>> = {
  probe: { deny: 'blocked-probe', allow: 'exposed-service', unknown: 'probe' },
  reply: { deny: 'blocked-reply', allow: 'allowed-reply', unknown: 'reply' },
  flood: { deny: 'blocked-flood', allow: 'allowed-flood', unknown: 'flood' },
};

/**
 * What the headline fact says the packet is. A reflection fact is a flood; a reply fact, or any
 * service story read on the source side (a server or game server answering), is a reply; the
 * rest (services, trojans, scanner fingerprints, source-port tricks) aim at a port here.
 */
export function trafficKind(top: PortFact | undefined, role: PortRole | undefined): TrafficKind {
  if (!top) return role === 'source' ? 'reply' : 'probe';
  if (top.category === 'reflection') return 'flood';
  if (top.category === 'reply') return 'reply';
  if (role === 'source' && top.category !== 'scan-signature' && top.category !== 'trojan') return 'reply';
  return 'probe';
}

export function describeOutcome(kind: TrafficKind, action: PortAction | undefined, role: PortRole | undefined): PortOutcome {
  const outcome = KIND_BY_ACTION[kind][action ?? 'unknown'];
  const target = role === 'source' ? 'the port it was sent to' : 'this port';
  return { kind: outcome, text: OUTCOME_TEXT[outcome].replace(TARGET, target) };
}

const riskIndex = (r: Risk) => RISK_ORDER.indexOf(r);
const lower = (a: Risk, b: Risk): Risk => (riskIndex(a) <= riskIndex(b) ? a : b);
const worst = (risks: readonly Risk[]): Risk => risks.reduce<Risk>((a, b) => (riskIndex(b) > riskIndex(a) ? b : a), 'info');

/**
 * The packet's risk. Without an action it is the headline story's risk. A dropped probe is capped,
 * since nothing answered it; a probe that was let in faces every story told for this side of the
 * port, so the worst of them counts. Replies and floods keep the headline's risk either way.
 */
export function riskFor(kind: TrafficKind, action: PortAction | undefined, headline: Risk, sideRisks: readonly Risk[]): Risk {
  if (kind !== 'probe' || !action) return headline;
  return action === 'deny' ? lower(headline, BLOCKED_PROBE_RISK_CAP) : worst([headline, ...sideRisks]);
}
