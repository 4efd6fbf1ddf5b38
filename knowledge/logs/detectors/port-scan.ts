// port-scan: one source tries many different ports on one host in a short time.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { looksLikeReply } from './packet-shape';
import { densestWindow, groupBy, type WindowPick } from './windows';

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

const portKey = (e: LogEvent): string => `${e.protocol}/${e.dstPort}`;

/**
 * A scan meets mostly closed doors. When most attempts were allowed, it is a client using many
 * services of one server (a PC talking to its domain controller, say), not a scan.
 */
function mostlyAllowed(events: readonly LogEvent[]): boolean {
  let allowed = 0;
  for (const e of events) if (e.action === 'allow') allowed++;
  return allowed * 2 > events.length;
}

interface HostHit {
  dst: string;
  pick: WindowPick;
}

function describeHost(hit: HostHit): string {
  const ports = hit.pick.events.map((e) => e.dstPort as number);
  return `${count(hit.pick.distinct, 'port')} on ${hit.dst}${formatSpan(hit.pick.spanMs)} (${formatList(ports, 10)})`;
}

function toFinding(src: string, hits: HostHit[]): Finding {
  const events = hits.flatMap((h) => h.pick.events);
  const open = [...new Set(events.filter((e) => e.action === 'allow').map((e) => e.dstPort as number))];
  const what = hits.length === 1
    ? `${src} tried ${describeHost(hits[0])}.`
    : `${src} scanned ${hits.length} hosts: ${formatList(hits.map(describeHost), 4)}.`;
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
    lines: linesOf(events),
  });
}

export function createPortScanDetector(thresholds: PortScanThresholds = PORT_SCAN_THRESHOLDS): Detector {
  return {
    id: 'port-scan',
    detect(events) {
      const pairs = groupBy(events, (e) => (isPortProbe(e) ? `${e.src}\n${e.dst}` : undefined));
      const bySource = new Map<string, HostHit[]>();
      for (const [key, group] of pairs) {
        if (group.length < thresholds.minDistinctPorts) continue;
        const pick = densestWindow(group, thresholds.windowMs, portKey);
        if (pick.distinct < thresholds.minDistinctPorts || mostlyAllowed(pick.events)) continue;
        const [src, dst] = key.split('\n');
        const list = bySource.get(src) ?? [];
        list.push({ dst, pick });
        bySource.set(src, list);
      }
      return [...bySource].map(([src, hits]) => toFinding(src, hits));
    },
  };
}

export const portScanDetector: Detector = createPortScanDetector();
