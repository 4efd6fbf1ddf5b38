// amplification: a target buried in UDP answers from services that reply with more than they
// were asked (DNS, NTP, SNMP, memcached ...): reflection DDoS with the target's address forged.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { buildFlowIndex, hasReverseFlow, isGroupAddress, isLocalAddress } from './packet-shape';
import { densestWindow, groupBy } from './windows';

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

function toFinding(target: string, events: LogEvent[], spanMs?: number): Finding {
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
    lines: linesOf(events),
  });
}

export function createAmplificationDetector(thresholds: AmplificationThresholds = AMPLIFICATION_THRESHOLDS): Detector {
  return {
    id: 'amplification',
    detect(events) {
      const flows = buildFlowIndex(events);
      const unrequested = (e: LogEvent): boolean => {
        if (e.protocol !== 'udp' || !e.src || !e.dst || e.srcPort === undefined || !REFLECTOR_PORTS.has(e.srcPort)) return false;
        if (isGroupAddress(e.dst)) return false;
        if (LAN_DISCOVERY.has(e.srcPort) && isLocalAddress(e.src)) return false;
        return !hasReverseFlow(flows, e);
      };
      const findings: Finding[] = [];
      for (const [target, group] of groupBy(events, (e) => (unrequested(e) ? e.dst : undefined))) {
        if (group.length < thresholds.minPackets) continue;
        const pick = densestWindow(group, thresholds.windowMs, (e) => e.line);
        if (pick.events.length < thresholds.minPackets) continue;
        if (new Set(pick.events.map((e) => e.src)).size < thresholds.minReflectors) continue;
        findings.push(toFinding(target, pick.events, pick.spanMs));
      }
      return findings;
    },
  };
}

export const amplificationDetector: Detector = createAmplificationDetector();
