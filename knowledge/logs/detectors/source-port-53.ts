// source-port-53: packets that claim to come from DNS (port 53) but go to something other than
// DNS or a client's reply port: a trick to slip past filters that trust "DNS answers".
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding, noun } from './evidence';
import { rowsWithReverseFlow, tcpFlagsOf } from './packet-shape';
import { RowGroups } from './windows';

export const SOURCE_PORT_53_THRESHOLDS = defineThresholds({
  /** Such packets from one source before it is reported. */
  minPackets: 1,
  /** Destination ports below this are services, not reply ports (TCP SYNs count at any port). */
  maxServicePort: 1023,
});
export type SourcePort53Thresholds = typeof SOURCE_PORT_53_THRESHOLDS;

function toFinding(src: string, events: LogEvent[]): Finding {
  const ports = events.map((e) => e.dstPort as number);
  const syns = events.filter((e) => tcpFlagsOf(e)?.has('SYN')).length;
  const hosts = [...new Set(events.map((e) => e.dst ?? '?'))];
  return makeFinding({
    id: 'source-port-53',
    title: `Traffic from source port 53 by ${src}`,
    severity: 'medium',
    explanation:
      `${src} sent ${count(events.length, 'packet')} from port 53 to ${noun(new Set(ports).size, 'port')} ${formatList(ports)} on ${formatList(hosts, 3)}` +
      `${syns ? `, ${count(syns, 'of them a connection opening (SYN)', 'of them connection openings (SYN)')}` : ''}.` +
      ' A real DNS server answers to the port a question came from and never opens connections to other services, so this is a forged source port.' +
      ' Scanners use it because simple packet filters let anything "from DNS" in; make sure your rules track state instead of trusting the port.',
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createSourcePort53Detector(thresholds: SourcePort53Thresholds = SOURCE_PORT_53_THRESHOLDS): Detector {
  /** TCP is judged at once; UDP needs the whole log, since a low port may answer a query sent from it (NAT boxes do that). */
  const suspicion = (e: LogEvent): 'yes' | 'unless-asked' | undefined => {
    if (!e.src || e.srcPort !== 53 || e.dstPort === undefined || e.dstPort === 53) return undefined;
    if (e.protocol === 'tcp') {
      const flags = tcpFlagsOf(e);
      if (flags) return flags.has('SYN') && !flags.has('ACK') ? 'yes' : undefined;
      return e.dstPort <= thresholds.maxServicePort ? 'yes' : undefined;
    }
    return e.protocol === 'udp' && e.dstPort <= thresholds.maxServicePort ? 'unless-asked' : undefined;
  };
  return defineDetector({
    id: 'source-port-53',
    start() {
      const bySource = new RowGroups<number>();
      const udpRows = new Set<number>();
      return {
        consume(e) {
          const s = suspicion(e);
          if (!s) return;
          bySource.add(e.srcId, e.row);
          if (s === 'unless-asked') udpRows.add(e.row);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          const asked = rowsWithReverseFlow(store, udpRows);
          for (const all of bySource.lists()) {
            const group = all.filter((r) => !asked.has(r));
            if (group.length >= thresholds.minPackets) findings.push(toFinding(store.srcAt(all[0]) as string, eventsOf(store, group)));
          }
          return findings;
        },
      };
    },
  });
}

export const sourcePort53Detector: Detector = createSourcePort53Detector();
