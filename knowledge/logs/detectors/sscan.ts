// sscan: the old "sscan" vulnerability scanner, known by its source ports 1-5 and by probes of
// port 1114 (mSQL) made alongside other service ports.
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding, noun } from './evidence';
import { looksLikeReply } from './packet-shape';
import { MarkGate, RowGate, RowGroups } from './windows';

export const SSCAN_THRESHOLDS = defineThresholds({
  /** Probes sent from source ports 1-5 by one source. */
  minLowSourcePortProbes: 3,
  /** Other destination ports one source must try besides 1114 for the 1114 signature. */
  minCompanionPorts: 3,
});
export type SscanThresholds = typeof SSCAN_THRESHOLDS;

/** mSQL: hardly anyone probes it alone, but the sscan script includes it in its checklist. */
const SSCAN_MARKER_PORT = 1114;

function isProbe(e: LogEvent): boolean {
  return !!e.src && e.dstPort !== undefined && (e.protocol === 'tcp' || e.protocol === 'udp');
}

const fromLowPort = (e: LogEvent) => e.srcPort !== undefined && e.srcPort >= 1 && e.srcPort <= 5;

function toFinding(src: string, events: LogEvent[], lowPort: LogEvent[], marker: boolean): Finding {
  const ports = events.map((e) => e.dstPort as number);
  const hosts = [...new Set(events.map((e) => e.dst ?? '?'))];
  const signs: string[] = [];
  if (lowPort.length) {
    signs.push(`${count(lowPort.length, 'probe')} came from source ${noun(new Set(lowPort.map((e) => e.srcPort)).size, 'port')} ${formatList(lowPort.map((e) => e.srcPort as number))}, which no real client uses`);
  }
  if (marker) signs.push('port 1114 (mSQL) was tried together with other services, a combination typical of the sscan checklist');
  return makeFinding({
    id: 'sscan',
    title: `sscan-style scan from ${src}`,
    severity: 'medium',
    explanation:
      `${src} probed ${count(new Set(ports).size, 'port')} (${formatList(ports)}) on ${formatList(hosts, 3)}; ${signs.join(', and ')}.` +
      ' sscan is an old script that checks a machine for a list of known service weaknesses in one go.' +
      ' The tool itself is dated, but whoever runs it is looking for a way in, so make sure none of these services is exposed.',
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createSscanDetector(thresholds: SscanThresholds = SSCAN_THRESHOLDS): Detector {
  return defineDetector({
    id: 'sscan',
    start() {
      // Per source: every probe with its port, and apart the rare ones sent from ports 1-5. Only the
      // sources that tried port 1114 or sent from ports 1-5 can show either signature: the rest are dropped.
      const suspects = new MarkGate();
      const probes = new RowGroups<number>(suspects);
      const lowPort = new RowGroups<number>(new RowGate(thresholds.minLowSourcePortProbes));
      return {
        consume(e) {
          if (!isProbe(e)) return;
          const low = fromLowPort(e);
          if (!low && looksLikeReply(e)) return;
          if (low || e.dstPort === SSCAN_MARKER_PORT) suspects.mark(e.srcId);
          probes.add(e.srcId, e.row, e.dstPort as number, e.srcId);
          if (low) lowPort.add(e.srcId, e.row, -1, e.srcId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [src, rows] of probes.entries()) {
            const ports = probes.distinctValues(src);
            const marker = ports.has(SSCAN_MARKER_PORT) && ports.size - 1 >= thresholds.minCompanionPorts;
            const low = lowPort.rowsOf(src);
            const lowSignature = low.length >= thresholds.minLowSourcePortProbes;
            if (!marker && !lowSignature) continue;
            findings.push(toFinding(store.srcAt(rows[0]) as string, eventsOf(store, rows), lowSignature ? eventsOf(store, low) : [], marker));
          }
          return findings;
        },
      };
    },
  });
}

export const sscanDetector: Detector = createSscanDetector();
