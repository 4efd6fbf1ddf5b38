// Every hand-written port fact, from all curated tables, with a fast lookup by port.
import type { PortFact } from '../types';
import { FAQ_DESTINATION_PORTS } from './faq-destination-ports';
import { FAQ_SOURCE_PORTS } from './faq-source-ports';
import { GAME_CHAT_PORTS } from './game-chat-ports';
import { REMAPPED_PORTS } from './remapped-ports';
import { TROJAN_PORTS } from './trojan-ports';
import { MODERN_ATTACKED_PORTS } from './modern-attacked-ports';
import { EVERYDAY_SERVICES } from './everyday-services';
import { REFLECTION_SOURCE_PORTS } from './reflection-sources';

export const CURATED_PORT_FACTS: readonly PortFact[] = [
  ...FAQ_DESTINATION_PORTS,
  ...FAQ_SOURCE_PORTS,
  ...GAME_CHAT_PORTS,
  ...REMAPPED_PORTS,
  ...TROJAN_PORTS,
  ...MODERN_ATTACKED_PORTS,
  ...EVERYDAY_SERVICES,
  ...REFLECTION_SOURCE_PORTS,
];

// Narrow facts are indexed per port; wide ranges (e.g. 61000-65535) are few and scanned.
const WIDE_RANGE = 256;
const byPort = new Map<number, PortFact[]>();
const wideFacts: PortFact[] = [];
for (const fact of CURATED_PORT_FACTS) {
  const [lo, hi] = fact.ports;
  if (hi - lo >= WIDE_RANGE) {
    wideFacts.push(fact);
    continue;
  }
  for (let p = lo; p <= hi; p++) {
    const list = byPort.get(p);
    if (list) list.push(fact);
    else byPort.set(p, [fact]);
  }
}

export function curatedFactsForPort(port: number): PortFact[] {
  const narrow = byPort.get(port) ?? [];
  const wide = wideFacts.filter((f) => port >= f.ports[0] && port <= f.ports[1]);
  return wide.length ? narrow.concat(wide) : narrow.slice();
}

/** Facts whose service name or aliases match a typed name. */
export function curatedFactsByName(text: string): { fact: PortFact; score: number }[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 2) return [];
  const out: { fact: PortFact; score: number }[] = [];
  for (const fact of CURATED_PORT_FACTS) {
    const service = fact.service.toLowerCase();
    const names = [service, ...(fact.aliases ?? [])];
    // The service's own name beats an alias: "netbus" is NetBus before "a remapped 12345".
    let score = service === needle || service.startsWith(`${needle} `) ? 4 : 0;
    for (const n of names) {
      if (n === needle) score = Math.max(score, 3);
      else if (n.startsWith(needle)) score = Math.max(score, 2);
      else if (needle.length >= 3 && n.includes(needle)) score = Math.max(score, 1);
    }
    if (score) out.push({ fact, score });
  }
  return out.sort((a, b) => b.score - a.score || a.fact.ports[0] - b.fact.ports[0]);
}
