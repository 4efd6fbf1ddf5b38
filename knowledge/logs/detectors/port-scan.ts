// port-scan: one source tries many different ports on one host in a short time.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { looksLikeReply } from './packet-shape';
import { densestWindow, pairKey, RowGate, RowGroups, type WindowPick } from './windows';

export const PORT_SCAN_THRESHOLDS = defineThresholds({
  /** Distinct destination ports (TCP and UDP counted apart) one source must try on one host. */
  minDistinctPorts: 10,
  /** ...inside this many milliseconds. Logs without times use the whole input. */
  windowMs: 10 * 60_000,
});
export type PortScanThresholds = typeof PORT_SCAN_THRESHOLDS;

/** UDP traceroute probes climb through this range; the traceroute detector reports them instead. */
const TRACEROUTE_UDP = [33434, 33600] as const;

function isPortProbe(e: LogEvent): boolean {
  if (!e.src || !e.dst || e.dstPort === undefined) return false;
  if (e.protocol !== 'tcp' && e.protocol !== 'udp') return false;
  if (e.protocol === 'udp' && e.dstPort >= TRACEROUTE_UDP[0] && e.dstPort <= TRACEROUTE_UDP[1]) return false;
  return !looksLikeReply(e);
}

/** TCP and UDP ports counted apart: UDP ports above 65535. */
const portKey = (protocol: string | undefined, port: number): number => (protocol === 'udp' ? 65536 : 0) + port;

/**
 * A scan meets mostly closed doors. When most attempts were allowed, it is a client using many
 * services of one server (a PC talking to its domain controller, say), not a scan.
 */
function mostlyAllowed(store: EventStore, rows: readonly number[]): boolean {
  let allowed = 0;
  for (const r of rows) if (store.actionAt(r) === 'allow') allowed++;
  return allowed * 2 > rows.length;
}

interface HostHit {
  dst: string;
  pick: WindowPick;
}

function describeHost(store: EventStore, hit: HostHit): string {
  const ports = hit.pick.rows.map((r) => store.dstPortAt(r) as number);
  return `${count(hit.pick.distinct, 'port')} on ${hit.dst}${formatSpan(hit.pick.spanMs)} (${formatList(ports, 10)})`;
}

function toFinding(store: EventStore, src: string, hits: HostHit[]): Finding {
  const rows = hits.flatMap((h) => h.pick.rows);
  const open = [...new Set(rows.filter((r) => store.actionAt(r) === 'allow').map((r) => store.dstPortAt(r) as number))];
  const what = hits.length === 1
    ? `${src} tried ${describeHost(store, hits[0])}.`
    : `${src} scanned ${hits.length} hosts: ${formatList(hits.map((h) => describeHost(store, h)), 4)}.`;
  const why =
    ' A port scan lists which services a machine offers so the scanner can choose what to attack next.' +
    ' Research projects, device search engines and botnets scan every public address daily, so a blocked scan is background noise;';
  const risk = open.length
    ? ` here the firewall let probes to ${formatList(open)} through, so check what answers on those ports.`
    : ' it only matters if one of the probed ports is open.';
  return makeFinding({
    id: 'port-scan',
    title: `Port scan from ${src}`,
    severity: open.length ? 'medium' : 'low',
    explanation: what + why + risk,
    sources: [src],
    lines: linesOf(store, rows),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createPortScanDetector(thresholds: PortScanThresholds = PORT_SCAN_THRESHOLDS): Detector {
  return defineDetector({
    id: 'port-scan',
    start() {
      // Sources with fewer probes than the threshold never reach it: they are only counted.
      const pairs = new RowGroups<number>(new RowGate(thresholds.minDistinctPorts));
      return {
        consume(e) {
          if (isPortProbe(e)) pairs.add(pairKey(e.srcId, e.dstId), e.row, portKey(e.protocol, e.dstPort as number), e.srcId);
        },
        finish({ store }) {
          const bySource = new Map<string, HostHit[]>();
          for (const [key, rows] of pairs.entries()) {
            if (pairs.distinctCount(key) < thresholds.minDistinctPorts) continue;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => portKey(store.protocolAt(r), store.dstPortAt(r) as number));
            if (pick.distinct < thresholds.minDistinctPorts || mostlyAllowed(store, pick.rows)) continue;
            const src = store.srcAt(rows[0]) as string;
            const list = bySource.get(src) ?? [];
            list.push({ dst: store.dstAt(rows[0]) as string, pick });
            bySource.set(src, list);
          }
          return [...bySource].map(([src, hits]) => toFinding(store, src, hits));
        },
      };
    },
  });
}

export const portScanDetector: Detector = createPortScanDetector();
