// traceroute: path-tracing probes (UDP to 33434+, or pings with climbing TTL), and the ICMP
// time-exceeded answers that a traceroute run from here draws from routers on the way.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding } from './evidence';
import { isEchoRequest } from './packet-shape';
import { densestWindow, RowGroups } from './windows';

export const TRACEROUTE_THRESHOLDS = defineThresholds({
  /** Probes one source must send to one host. */
  minProbes: 3,
  /** Lowest UDP destination port of classic (Unix) traceroute. */
  udpPortMin: 33434,
  /** Highest UDP destination port still counted as traceroute. */
  udpPortMax: 33600,
  /** Share of steps (0-1) that must climb, in port or TTL, from one probe to the next. */
  minRisingShare: 0.6,
  /** Different TTL values a climbing series needs (a path change alone moves the TTL by one). */
  minDistinctTtls: 3,
  /** ICMP time-exceeded messages from this many different routers to one host mean a trace from here. */
  minTimeExceededRouters: 3,
  /** All of it inside this many milliseconds (whole input without times). */
  windowMs: 5 * 60_000,
});
export type TracerouteThresholds = typeof TRACEROUTE_THRESHOLDS;

/** Share of consecutive steps that go up; equal neighbours count as neither up nor down. */
function risingShare(values: number[]): { share: number; climbs: boolean } {
  let up = 0;
  let down = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[i - 1]) up++;
    else if (values[i] < values[i - 1]) down++;
  }
  const moves = up + down;
  return { share: moves ? up / moves : 0, climbs: values.length > 1 && values[values.length - 1] > values[0] };
}

function isTimeExceeded(e: LogEvent): boolean {
  return (e.protocol === 'icmp' && e.icmpType === 11 && (e.icmpCode ?? 0) === 0) || (e.protocol === 'icmpv6' && e.icmpType === 3);
}

interface Trace {
  dst: string;
  kind: 'udp' | 'icmp';
  probes: LogEvent[];
  spanMs?: number;
  ttls: number[];
}

function inboundFinding(src: string, traces: Trace[]): Finding {
  const t = traces[0];
  const how = t.kind === 'udp'
    ? `UDP to ports climbing from ${t.probes[0].dstPort} to ${t.probes.reduce((max, e) => Math.max(max, e.dstPort ?? 0), 0)}`
    : 'pings whose TTL climbs';
  const ttl = t.ttls.length ? `, arriving with TTL ${formatList(t.ttls, 5)}` : '';
  const others = traces.length > 1 ? ` It traced ${traces.length - 1} more of your hosts the same way.` : '';
  return makeFinding({
    id: 'traceroute',
    title: `Traceroute from ${src}`,
    severity: 'low',
    explanation:
      `${src} sent ${count(t.probes.length, 'probe')} to ${t.dst}${formatSpan(t.spanMs)}: ${how}${ttl}.${others}` +
      ' Traceroute sends packets that may cross one more router each time, so it can map the path to your network;' +
      ' it is a common troubleshooting tool and harmless in itself, though attackers use it to see what sits in front of a target.',
    sources: [src],
    lines: traces.flatMap((x) => x.probes).map((e) => e.line),
    actor: src,
  });
}

function outboundFinding(dst: string, events: LogEvent[], routers: string[], spanMs?: number): Finding {
  return makeFinding({
    id: 'traceroute',
    title: `Traceroute answers for ${dst}`,
    severity: 'info',
    explanation:
      `${count(routers.length, 'router')} (${formatList(routers, 5)}) told ${dst}${formatSpan(spanMs)} that its packets ran out of TTL on the way.` +
      ' A burst like this is what a traceroute from that machine draws back: each router on the path reports itself in turn.' +
      ' If nobody there ran one, look for a routing loop, which makes the same router report again and again.',
    sources: routers,
    lines: events.map((e) => e.line),
    actor: dst,
  });
}

export function createTracerouteDetector(thresholds: TracerouteThresholds = TRACEROUTE_THRESHOLDS): Detector {
  const t = thresholds;
  const isUdpProbe = (e: LogEvent) => e.protocol === 'udp' && e.dstPort !== undefined && e.dstPort >= t.udpPortMin && e.dstPort <= t.udpPortMax;
  const inbound = (store: EventStore, key: string, rows: number[]): Trace | undefined => {
    if (rows.length < t.minProbes) return undefined;
    const pick = densestWindow(store, rows, t.windowMs, (r) => r);
    if (pick.rows.length < t.minProbes) return undefined;
    const probes = eventsOf(store, pick.rows);
    const kind = key.split('\n')[0] as 'udp' | 'icmp';
    const ttls = probes.map((e) => e.ttl).filter((x): x is number => x !== undefined);
    const byTtl = risingShare(ttls);
    const ttlRises = ttls.length === probes.length && new Set(ttls).size >= t.minDistinctTtls && byTtl.climbs && byTtl.share >= t.minRisingShare;
    const byPort = risingShare(probes.map((e) => e.dstPort ?? 0));
    const portRises = kind === 'udp' && byPort.climbs && byPort.share >= t.minRisingShare;
    if (!ttlRises && !portRises) return undefined;
    return { dst: probes[0].dst as string, kind, probes, spanMs: pick.spanMs, ttls: ttlRises ? ttls : [] };
  };
  return defineDetector({
    id: 'traceroute',
    protocols: ['udp', 'icmp', 'icmpv6'],
    start() {
      const pairs = new RowGroups<string>();
      const timeExceeded = new RowGroups<number>();
      return {
        consume(e) {
          if (!e.src || !e.dst) return;
          if (isUdpProbe(e)) pairs.add(`udp\n${e.srcId}\n${e.dstId}`, e.row);
          else if (isEchoRequest(e) && e.ttl !== undefined) pairs.add(`icmp\n${e.srcId}\n${e.dstId}`, e.row);
          else if (isTimeExceeded(e)) timeExceeded.add(e.dstId, e.row, e.srcId);
        },
        finish({ store }) {
          const bySource = new Map<string, Trace[]>();
          for (const [key, rows] of pairs.entries()) {
            const trace = inbound(store, key, rows);
            if (!trace) continue;
            const src = store.srcAt(rows[0]) as string;
            const list = bySource.get(src) ?? [];
            list.push(trace);
            bySource.set(src, list);
          }
          const findings = [...bySource].map(([src, traces]) => inboundFinding(src, traces));
          for (const [dst, rows] of timeExceeded.entries()) {
            if (timeExceeded.distinctCount(dst) < t.minTimeExceededRouters) continue;
            const pick = densestWindow(store, rows, t.windowMs, (r) => store.srcIdAt(r));
            if (pick.distinct < t.minTimeExceededRouters) continue;
            const routers = [...new Set(pick.rows.map((r) => store.srcAt(r) as string))];
            findings.push(outboundFinding(store.dstAt(rows[0]) as string, eventsOf(store, pick.rows), routers, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const tracerouteDetector: Detector = createTracerouteDetector();
