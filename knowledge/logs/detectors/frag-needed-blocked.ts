// frag-needed-blocked: the firewall drops ICMP "fragmentation needed" (IPv6: "packet too big"),
// which breaks path-MTU discovery. A misconfiguration here, not an attack.
import type { Detector, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';

export const FRAG_NEEDED_BLOCKED_THRESHOLDS = defineThresholds({
  /** Denied messages before it is reported. One is enough: every one is a stalled connection. */
  minPackets: 1,
});
export type FragNeededBlockedThresholds = typeof FRAG_NEEDED_BLOCKED_THRESHOLDS;

function isFragNeeded(e: LogEvent): boolean {
  return (e.protocol === 'icmp' && e.icmpType === 3 && e.icmpCode === 4) || (e.protocol === 'icmpv6' && e.icmpType === 2);
}

export function createFragNeededBlockedDetector(
  thresholds: FragNeededBlockedThresholds = FRAG_NEEDED_BLOCKED_THRESHOLDS,
): Detector {
  return defineDetector({
    id: 'frag-needed-blocked',
    protocols: ['icmp', 'icmpv6'],
    start() {
      const rows: number[] = [];
      return {
        consume(e) {
          if (e.action === 'deny' && isFragNeeded(e)) rows.push(e.row);
        },
        finish({ store }) {
          if (rows.length < thresholds.minPackets) return [];
          const hits = eventsOf(store, rows);
          const routers = [...new Set(hits.map((e) => e.src).filter((s): s is string => !!s))];
          const hosts = [...new Set(hits.map((e) => e.dst).filter((s): s is string => !!s))];
          return [
            makeFinding({
              id: 'frag-needed-blocked',
              title: 'Firewall blocks "fragmentation needed" messages',
              severity: 'medium',
              explanation:
                `The firewall dropped ${count(hits.length, 'ICMP "fragmentation needed / packet too big" message')} from ` +
                `${formatList(routers, 4)}${hosts.length ? ` meant for ${formatList(hosts, 4)}` : ''}.` +
                ' Routers send these to say a packet is too large for the next link; without them the sender never shrinks its packets.' +
                ' Connections then stall for no visible reason, typically once real data flows (large web pages, VPNs, e-mail). Allow ICMP type 3 code 4 (and ICMPv6 type 2) through.',
              sources: routers,
              lines: hits.map((e) => e.line),
              remedy: { block: [], icmpAdvice: true },
            }),
          ];
        },
      };
    },
  });
}

export const fragNeededBlockedDetector: Detector = createFragNeededBlockedDetector();
