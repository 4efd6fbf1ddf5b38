// decoy-scan: the same set of ports probed on one host by several sources at once (nmap -D style).
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { looksLikeReply } from './packet-shape';
import { inTimeOrder, modeOf, RowGate, RowGroups } from './windows';

export const DECOY_SCAN_THRESHOLDS = defineThresholds({
  /** Sources that must probe (nearly) the same ports on one host. */
  minSources: 3,
  /** Distinct ports each of those sources must try on that host. */
  minPortsPerSource: 5,
  /** Share of ports two sources must have in common (Jaccard index, 0-1). */
  minOverlap: 0.8,
  /** All sources must start within this many milliseconds of each other (whole input without times). */
  windowMs: 5 * 60_000,
});
export type DecoyScanThresholds = typeof DECOY_SCAN_THRESHOLDS;

interface Prober {
  src: string;
  rows: number[];
  ports: Set<number>;
  start?: number;
  ttl?: number;
}

interface Cluster {
  ports: Set<number>;
  start?: number;
  members: Prober[];
}

/** Near-match comparisons per prober are limited to this many recent clusters. */
const MAX_OPEN_CLUSTERS = 256;

function overlap(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const p of a) if (b.has(p)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Decoy probes are turned away; allowed traffic is clients using a server, however many of them. */
function isProbe(e: LogEvent): boolean {
  return e.action !== 'allow' && !!e.src && !!e.dst && e.dstPort !== undefined && (e.protocol === 'tcp' || e.protocol === 'udp') && !looksLikeReply(e);
}

/** What the TTLs say. Forged decoys leave the attacker's machine, so their hop counts tend to agree. */
function ttlNote(members: Prober[]): string {
  const known = members.filter((m) => m.ttl !== undefined);
  if (known.length < 2) {
    return ' Ping each address and compare the TTL of its answer with the TTL of its probes: a genuine sender matches, a forged one does not.';
  }
  const values = new Map<number, Prober[]>();
  for (const m of known) values.set(m.ttl as number, [...(values.get(m.ttl as number) ?? []), m]);
  if (values.size === 1) {
    return ` Every probe arrived with TTL ${known[0].ttl}: machines in different networks are rarely the same number of hops away, so one computer probably sent them all and the other addresses are forged.`;
  }
  const odd = [...values.values()].filter((list) => list.length === 1);
  if (odd.length === 1 && values.size === 2 && known.length >= 3) {
    const [suspect] = odd[0];
    const usual = known.find((m) => m.ttl !== suspect.ttl)?.ttl;
    return ` ${suspect.src} stands out with TTL ${suspect.ttl} while the others arrived with TTL ${usual}: it is the likeliest real scanner, the matching ones probably forged by the same tool.`;
  }
  return ` Their TTLs differ (${formatList([...values.keys()])}); newer scanners randomise TTLs, so confirm by pinging each address and matching the TTL of its answer against its probes.`;
}

function toFinding(store: EventStore, dst: string, cluster: Cluster): Finding {
  const members = cluster.members;
  const rows = members.flatMap((m) => m.rows);
  let first = Infinity;
  let last = -Infinity;
  let timed = true;
  for (const r of rows) {
    const t = store.timeAt(r);
    if (t === undefined) {
      timed = false;
      continue;
    }
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  const span = timed ? last - first : undefined;
  const ports = [...cluster.ports].map((p) => p % 65536);
  const text =
    `${count(members.length, 'address', 'addresses')} (${formatList(members.map((m) => m.src), 6)}) probed the same ` +
    `${count(cluster.ports.size, 'port')} on ${dst}${formatSpan(span)} (${formatList(ports)}).` +
    ' That is how a decoy scan looks: one attacker hides among forged sender addresses, and only one of them is real' +
    ' (less often, several machines of one scanning operation share the work).' +
    ttlNote(members) +
    ' Looking back through older logs often helps too: the real scanner tends to have connected before, the decoys have not.';
  return makeFinding({
    id: 'decoy-scan',
    title: `Decoy scan against ${dst} from ${members.length} addresses`,
    severity: 'medium',
    explanation: text,
    sources: members.map((m) => m.src),
    lines: linesOf(store, rows),
    actor: dst,
    // The senders are mostly forged: blocking them would block innocent networks.
    remedy: { block: [], note: 'Most of these senders are forged; block only the one whose TTL stands out, if any, and keep unused ports closed.' },
  });
}

/** Probes of one target, per source, with the distinct ports tried (TCP and UDP apart). */
type TargetProbes = RowGroups<number>;

function probersOf(store: EventStore, bySource: TargetProbes, minPorts: number): Prober[] {
  const probers: Prober[] = [];
  for (const [src, rows] of bySource.entries()) {
    if (bySource.distinctCount(src) < minPorts) continue;
    const ports = bySource.distinctValues(src);
    const ordered = inTimeOrder(store, rows);
    const ttl = modeOf(ordered.map((r) => store.ttlAt(r)).filter((t): t is number => t !== undefined));
    probers.push({ src: store.srcAt(rows[0]) as string, rows: ordered, ports, start: store.timeAt(ordered[0]), ttl });
  }
  return probers;
}

/**
 * Greedy clustering of probers sorted by start: identical port sets meet through a Map; near matches
 * are looked for among the clusters started inside the window (a sliding range of the list, at most
 * MAX_OPEN_CLUSTERS of them), so the work stays close to linear.
 */
function clusterProbers(probers: readonly Prober[], thresholds: DecoyScanThresholds): Cluster[] {
  const clusters: Cluster[] = [];
  const bySignature = new Map<string, Cluster>();
  let open = 0; // clusters before this index started too long before the current prober
  for (const p of probers) {
    const inWindow = (c: Cluster) => c.start === undefined || p.start === undefined || p.start - c.start <= thresholds.windowMs;
    while (open < clusters.length && (clusters.length - open > MAX_OPEN_CLUSTERS || !inWindow(clusters[open]))) open++;
    const signature = [...p.ports].sort((a, b) => a - b).join(',');
    const exact = bySignature.get(signature);
    let home = exact && inWindow(exact) ? exact : undefined;
    for (let i = open; !home && i < clusters.length; i++) {
      if (inWindow(clusters[i]) && overlap(clusters[i].ports, p.ports) >= thresholds.minOverlap) home = clusters[i];
    }
    if (home) {
      home.members.push(p);
      continue;
    }
    const fresh: Cluster = { ports: p.ports, start: p.start, members: [p] };
    clusters.push(fresh);
    bySignature.set(signature, fresh);
  }
  return clusters;
}

export function createDecoyScanDetector(thresholds: DecoyScanThresholds = DECOY_SCAN_THRESHOLDS): Detector {
  return defineDetector({
    id: 'decoy-scan',
    start() {
      const byTarget = new Map<number, TargetProbes>();
      const gate = new RowGate(thresholds.minPortsPerSource);
      // Logs of one network name the same few targets line after line.
      let lastDst = -2;
      let sources: TargetProbes | undefined;
      return {
        consume(e) {
          if (!isProbe(e)) return;
          if (e.dstId !== lastDst) {
            let found = byTarget.get(e.dstId);
            if (!found) byTarget.set(e.dstId, (found = new RowGroups<number>(gate)));
            lastDst = e.dstId;
            sources = found;
          }
          (sources as TargetProbes).add(e.srcId, e.row, (e.protocol === 'udp' ? 65536 : 0) + (e.dstPort as number), e.srcId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const sources of byTarget.values()) {
            if (sources.size < thresholds.minSources) continue;
            const probers = probersOf(store, sources, thresholds.minPortsPerSource);
            if (probers.length < thresholds.minSources) continue;
            probers.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
            const dst = store.dstAt(probers[0].rows[0]) as string;
            const clusters = clusterProbers(probers, thresholds);
            for (const c of clusters) if (c.members.length >= thresholds.minSources) findings.push(toFinding(store, dst, c));
          }
          return findings;
        },
      };
    },
  });
}

export const decoyScanDetector: Detector = createDecoyScanDetector();
