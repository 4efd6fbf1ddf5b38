// Short "what it means" words for the event table, from the knowledge base's explanations.
import type { IcmpExplanation, LogEvent, PortExplanation } from '../../knowledge';
import { isIcmp, isNotableSourcePort, transportOf } from './event-cells';

/** "3389/tcp — RDP (ms-wbt-server)" → "RDP (ms-wbt-server)"; trojans and proxies say so. */
export function shortPortLabel(e: PortExplanation): string {
  const dash = e.title.indexOf(' — ');
  const name = dash >= 0 ? e.title.slice(dash + 3) : e.title;
  if (e.category === 'trojan') return `${name} (trojan)`;
  if (e.category === 'proxy' && !/proxy/i.test(name)) return `${name} (proxy)`;
  return name;
}

export function shortIcmpLabel(e: IcmpExplanation): string {
  return e.codeName && e.codeName !== e.typeName ? `${e.typeName}: ${e.codeName}` : e.typeName;
}

/** The lookups one event needs, as cache keys: "d/tcp/22/deny", "s/udp/53/", "i/4/3/4" (ports with the firewall's action). */
export interface MeaningKeys {
  icmp?: string;
  destination?: string;
  source?: string;
}

export function meaningKeysOf(e: LogEvent): MeaningKeys {
  if (isIcmp(e)) return { icmp: `i/${e.protocol === 'icmpv6' ? 6 : 4}/${e.icmpType}/${e.icmpCode ?? ''}` };
  const proto = transportOf(e) ?? '';
  const action = e.action ?? '';
  const keys: MeaningKeys = {};
  if (e.dstPort !== undefined) keys.destination = `d/${proto}/${e.dstPort}/${action}`;
  if (isNotableSourcePort(e.srcPort)) keys.source = `s/${proto}/${e.srcPort}/${action}`;
  return keys;
}

/** Joins what is known; undefined while a lookup is still missing. */
export function composeMeaning(keys: MeaningKeys, known: ReadonlyMap<string, string>): string | undefined {
  if (keys.icmp) return known.get(keys.icmp);
  const parts: string[] = [];
  if (keys.destination) {
    const d = known.get(keys.destination);
    if (d === undefined) return undefined;
    parts.push(d);
  }
  if (keys.source) {
    const s = known.get(keys.source);
    if (s === undefined) return undefined;
    parts.push(`from ${s}`);
  }
  return parts.join(' · ');
}

const KIND_WORDS: Record<string, string> = {
  'client-denied': 'refused by the server configuration',
  'login-accepted': 'login accepted',
  'login-failed': 'failed login',
  'invalid-user': 'login as an unknown user',
  'user-not-allowed': 'login not allowed',
  'connection-refused': 'connection refused',
  'connection-rejected': 'connection rejected',
  'preauth-disconnect': 'left before logging in',
  'no-identification': 'connected and said nothing',
  'negotiation-failed': 'could not agree on encryption',
  'relay-denied': 'relay refused',
  'recipient-rejected': 'recipient refused',
  'sender-rejected': 'sender refused',
  'message-accepted': 'mail accepted',
  'protocol-mismatch': 'does not speak the protocol',
  'query-denied': 'query refused',
  'zone-transfer': 'zone transfer',
  'update-denied': 'update refused',
  connection: 'connection',
  error: 'error',
};

/**
 * What a server-log line says, from its own fields (no lookup needed): "HTTP 404 GET /.env",
 * "SSH: failed login (root)", "DNS: AXFR example.org".
 */
export function serverMeaning(e: LogEvent): string {
  const service = (e.service ?? '').toUpperCase();
  if (e.kind === 'request') return [service, e.status, e.method, e.target].filter((x) => x !== undefined && x !== '').join(' ');
  if (e.kind === 'query' || (e.kind === 'zone-transfer' && e.queryType)) {
    return `${service}: ${e.kind === 'query' ? 'query' : KIND_WORDS[e.kind]} ${[e.queryType, e.target].filter(Boolean).join(' ')}`.trim();
  }
  const words = KIND_WORDS[e.kind ?? ''] ?? e.kind ?? '';
  const detail = e.user ? ` (${e.user})` : e.target ? ` ${e.target}` : '';
  return `${service}: ${words}${detail}`;
}
