// trojan-probe: knocks on the default ports of remote-access trojans, looking for machines that
// are already infected and would answer their owner.
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';
import { isConnectionAttempt, isOutbound } from './packet-shape';
import { RowGroups } from './windows';

export const TROJAN_PROBE_THRESHOLDS = defineThresholds({
  /** Probes of trojan ports from one source before it is reported. */
  minProbes: 1,
  /** Different trojan ports from one source that show a deliberate backdoor hunt (raises severity). */
  huntPorts: 3,
});
export type TrojanProbeThresholds = typeof TROJAN_PROBE_THRESHOLDS;

/**
 * Default listening ports of well-known backdoors (Firewall Forensics FAQ §1.4 and its port list).
 * Kept local on purpose; knowledge/ports/trojan-ports.ts holds the full stories and may replace this.
 */
export const TROJAN_PORT_NAMES: ReadonlyMap<number, string> = new Map([
  [555, 'phAse Zero'],
  [1243, 'SubSeven'],
  [3129, 'Masters Paradise'],
  [6670, 'DeepThroat'],
  [6711, 'SubSeven'],
  [6776, 'SubSeven'],
  [6969, 'GateCrasher'],
  [12345, 'NetBus'],
  [12346, 'NetBus'],
  [20034, 'NetBus 2 Pro'],
  [21544, 'GirlFriend'],
  [23456, 'EvilFTP'],
  [27374, 'SubSeven'],
  [30100, 'NetSphere'],
  [31337, 'Back Orifice'],
  [31789, "Hack'a'Tack"],
  [50505, 'Sockets de Troie'],
  [54320, 'Back Orifice 2000'],
]);

/**
 * A new attempt at a trojan port. Answers to our own client ports are not probes, and neither is
 * allowed outbound traffic (a local program reaching, say, a BitTorrent tracker on 6969).
 */
function isTrojanProbe(e: LogEvent): boolean {
  return !!e.src && e.dstPort !== undefined && (e.protocol === 'tcp' || e.protocol === 'udp') &&
    TROJAN_PORT_NAMES.has(e.dstPort) && isConnectionAttempt(e) && !(e.action === 'allow' && isOutbound(e));
}

function toFinding(src: string, events: LogEvent[], hunt: boolean): Finding {
  const ports = [...new Set(events.map((e) => e.dstPort as number))].sort((a, b) => a - b);
  const named = ports.map((p) => `${p} (${TROJAN_PORT_NAMES.get(p)})`);
  const allowed = events.some((e) => e.action === 'allow');
  const hosts = [...new Set(events.map((e) => e.dst ?? '?'))];
  return makeFinding({
    id: 'trojan-probe',
    title: `Trojan port probe from ${src}`,
    severity: allowed || hunt ? 'medium' : 'low',
    explanation:
      `${src} tried ${formatList(named, 6)} on ${formatList(hosts, 3)} (${count(events.length, 'attempt')}).` +
      ' These are default ports of remote-control trojans; whoever probes them hopes to find a machine already infected that will obey them.' +
      ' Most of these trojans are long dead, so today such probes are mostly old scripts still running; they are harmless unless something here listens on the port.' +
      (allowed ? ' The firewall let some through: check with netstat or ss whether a program listens there.' : ''),
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createTrojanProbeDetector(thresholds: TrojanProbeThresholds = TROJAN_PROBE_THRESHOLDS): Detector {
  return defineDetector({
    id: 'trojan-probe',
    start() {
      const bySource = new RowGroups<number>();
      return {
        consume(e) {
          if (isTrojanProbe(e)) bySource.add(e.srcId, e.row, e.dstPort);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [src, rows] of bySource.entries()) {
            if (rows.length < thresholds.minProbes) continue;
            const hunt = bySource.distinctCount(src) >= thresholds.huntPorts;
            findings.push(toFinding(store.srcAt(rows[0]) as string, eventsOf(store, rows), hunt));
          }
          return findings;
        },
      };
    },
  });
}

export const trojanProbeDetector: Detector = createTrojanProbeDetector();
