// port-zero: TCP or UDP addressed to port 0, which no service can use. Usually OS fingerprinting.
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';
import { RowGroups } from './windows';

export const PORT_ZERO_THRESHOLDS = defineThresholds({
  /** Packets to (or from) port 0 from one source before it is reported. */
  minPackets: 1,
});
export type PortZeroThresholds = typeof PORT_ZERO_THRESHOLDS;

/** Only TCP and UDP have ports; some logs write 0 for ICMP, which means nothing. */
function touchesPortZero(e: LogEvent): boolean {
  return !!e.src && (e.protocol === 'tcp' || e.protocol === 'udp') && (e.dstPort === 0 || e.srcPort === 0);
}

function toFinding(src: string, events: LogEvent[]): Finding {
  const hosts = [...new Set(events.map((e) => e.dst ?? '?'))];
  const describe = (list: LogEvent[], where: string) => {
    if (!list.length) return '';
    const protocols = formatList([...new Set(list.map((e) => (e.protocol as string).toUpperCase()))]);
    return `${count(list.length, `${protocols} packet`)} ${where} port 0`;
  };
  const parts = [
    describe(events.filter((e) => e.dstPort === 0), 'to'),
    describe(events.filter((e) => e.dstPort !== 0), 'from'),
  ].filter(Boolean);
  return makeFinding({
    id: 'port-zero',
    title: `Port 0 traffic from ${src}`,
    severity: 'low',
    explanation:
      `${src} sent ${parts.join(' and ')}, aimed at ${formatList(hosts, 3)}.` +
      ' Port 0 is reserved and never carries a real service, so such packets are crafted by hand.' +
      ' Different operating systems react to them in slightly different ways, which lets a scanner guess what you run; a firewall that drops them gives nothing away.',
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createPortZeroDetector(thresholds: PortZeroThresholds = PORT_ZERO_THRESHOLDS): Detector {
  return defineDetector({
    id: 'port-zero',
    start() {
      const bySource = new RowGroups<number>();
      return {
        consume(e) {
          if (touchesPortZero(e)) bySource.add(e.srcId, e.row);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const rows of bySource.lists()) {
            if (rows.length >= thresholds.minPackets) findings.push(toFinding(store.srcAt(rows[0]) as string, eventsOf(store, rows)));
          }
          return findings;
        },
      };
    },
  });
}

export const portZeroDetector: Detector = createPortZeroDetector();
