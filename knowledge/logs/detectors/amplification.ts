// amplification: a target buried in UDP answers from services that reply with more than they
// were asked (DNS, NTP, SNMP, memcached ...): reflection DDoS with the target's address forged.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding } from './evidence';
import { isGroupAddress, isLocalAddress, rowsWithReverseFlow } from './packet-shape';
import { densestWindow, RowGate, RowGroups } from './windows';

export const AMPLIFICATION_THRESHOLDS = defineThresholds({
  /** Unrequested replies to one target inside the window. */
  minPackets: 30,
  /** Different reflecting machines among them. */
  minReflectors: 3,
  /** Window in milliseconds (whole input without times). */
  windowMs: 60_000,
});
export type AmplificationThresholds = typeof AMPLIFICATION_THRESHOLDS;

/** Source ports of UDP services abused as reflectors, and what answers from there. */
export const REFLECTOR_PORTS: ReadonlyMap<number, string> = new Map([
  [19, 'chargen'],
  [53, 'DNS'],
  [123, 'NTP'],
  [161, 'SNMP'],
  [389, 'CLDAP'],
  [1900, 'SSDP'],
  [3702, 'WS-Discovery'],
  [5353, 'mDNS'],
  [11211, 'memcached'],
]);

/** Discovery protocols that are normal inside a LAN; only outside senders count for them. */
const LAN_DISCOVERY = new Set([1900, 3702, 5353]);

function toFinding(store: EventStore, target: string, rows: number[], spanMs?: number): Finding {
  const events = eventsOf(store, rows);
  const reflectors = [...new Set(events.map((e) => e.src as string))];
  const services = [...new Set(events.map((e) => `${REFLECTOR_PORTS.get(e.srcPort as number)} (${e.srcPort})`))];
  const bytes = events.reduce((sum, e) => sum + (e.length ?? 0), 0);
  const volume = bytes ? `, ${bytes.toLocaleString('en-US')} bytes in all` : '';
  return makeFinding({
    id: 'amplification',
    title: `UDP amplification flood against ${target}`,
    severity: 'high',
    explanation:
      `${target} received ${count(events.length, 'UDP reply', 'UDP replies')} from ${formatList(services, 4)} on ` +
      `${count(reflectors.length, 'server')} (${formatList(reflectors, 5)})${formatSpan(spanMs)}${volume}, and asked none of them anything.` +
      ' Someone sends small requests to open servers with the target as forged sender, and the far larger answers pile up at the target: a reflection (amplification) DDoS.' +
      ' The reflectors are victims too; a firewall at the target cannot help once its line is full, so ask the upstream provider to filter.',
    sources: reflectors,
    lines: events.map((e) => e.line),
    actor: target,
    remedy: { block: [], note: 'The reflectors are abused servers, not the attacker; ask your provider to filter the flood before it reaches your line.' },
  });
}

/** A UDP packet from a reflector port to one of ours; whether we asked for it is checked at the end. */
function isReflected(e: LogEvent): boolean {
  if (e.protocol !== 'udp' || !e.src || !e.dst || e.srcPort === undefined || !REFLECTOR_PORTS.has(e.srcPort)) return false;
  if (isGroupAddress(e.dst)) return false;
  return !(LAN_DISCOVERY.has(e.srcPort) && isLocalAddress(e.src));
}

export function createAmplificationDetector(thresholds: AmplificationThresholds = AMPLIFICATION_THRESHOLDS): Detector {
  return defineDetector({
    id: 'amplification',
    protocols: ['udp'],
    start() {
      const byTarget = new RowGroups<number>(new RowGate(thresholds.minPackets));
      return {
        consume(e) {
          if (isReflected(e)) byTarget.add(e.dstId, e.row, -1, e.dstId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          const big = [...byTarget.lists()].filter((rows) => rows.length >= thresholds.minPackets);
          const asked = rowsWithReverseFlow(store, big.flat());
          for (const all of big) {
            const group = all.filter((r) => !asked.has(r));
            if (group.length < thresholds.minPackets) continue;
            const pick = densestWindow(store, group, thresholds.windowMs, (r) => r);
            if (pick.rows.length < thresholds.minPackets) continue;
            if (new Set(pick.rows.map((r) => store.srcIdAt(r))).size < thresholds.minReflectors) continue;
            findings.push(toFinding(store, store.dstAt(group[0]) as string, pick.rows, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const amplificationDetector: Detector = createAmplificationDetector();
