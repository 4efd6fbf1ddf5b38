// fraggle: UDP to echo (7) or chargen (19) aimed at a broadcast address, the UDP cousin of smurf.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding, noun } from './evidence';
import { isBroadcastLike } from './packet-shape';
import { densestWindow, RowGroups } from './windows';

export const FRAGGLE_THRESHOLDS = defineThresholds({
  /** UDP packets to port 7 or 19 at broadcast addresses from one source. One is already telling. */
  minPackets: 1,
  /** From this many packets on, treat it as an attack under way rather than a probe. */
  floodPackets: 20,
  /** Window in milliseconds for the flood count (whole input without times). */
  windowMs: 60_000,
});
export type FraggleThresholds = typeof FRAGGLE_THRESHOLDS;

const FRAGGLE_PORTS: Record<number, string> = { 7: 'echo', 19: 'chargen' };

function isFraggle(e: LogEvent): boolean {
  return e.protocol === 'udp' && !!e.src && !!e.dst && e.dstPort !== undefined && e.dstPort in FRAGGLE_PORTS && isBroadcastLike(e.dst);
}

function toFinding(store: EventStore, src: string, rows: number[], flood: boolean, spanMs?: number): Finding {
  const events = eventsOf(store, rows);
  const targets = events.map((e) => e.dst as string);
  const services = events.map((e) => `${FRAGGLE_PORTS[e.dstPort as number]} (${e.dstPort})`);
  return makeFinding({
    id: 'fraggle',
    title: `Fraggle ${flood ? 'attack' : 'probe'} to broadcast, sender ${src}`,
    severity: flood ? 'high' : 'medium',
    explanation:
      `${count(events.length, 'UDP packet')} claiming to come from ${src} went to UDP ${formatList(services)} at the broadcast ${noun(new Set(targets).size, 'address', 'addresses')} ` +
      `${formatList(targets, 4)}${formatSpan(spanMs)}.` +
      ' This is fraggle: every machine on that network that still runs echo or chargen answers the sender, whose address is usually forged to be the victim.' +
      (flood
        ? ' The volume says an attack is running; make sure your routers drop directed broadcasts and nothing here runs these old services.'
        : ' Single packets like these often come from someone hunting for networks that can be abused this way; dropping directed broadcasts at the edge is enough.'),
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [], note: 'The sender address is usually forged (it is the victim); drop directed broadcasts at the edge and turn off the echo and chargen services.' },
  });
}

export function createFraggleDetector(thresholds: FraggleThresholds = FRAGGLE_THRESHOLDS): Detector {
  return defineDetector({
    id: 'fraggle',
    protocols: ['udp'],
    start() {
      const bySource = new RowGroups<number>();
      return {
        consume(e) {
          if (isFraggle(e)) bySource.add(e.srcId, e.row);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const rows of bySource.lists()) {
            if (rows.length < thresholds.minPackets) continue;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => r);
            const flood = pick.rows.length >= thresholds.floodPackets;
            findings.push(toFinding(store, store.srcAt(rows[0]) as string, flood ? pick.rows : rows, flood, flood ? pick.spanMs : undefined));
          }
          return findings;
        },
      };
    },
  });
}

export const fraggleDetector: Detector = createFraggleDetector();
