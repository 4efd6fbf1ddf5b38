// backscatter: SYN/ACKs and resets from web servers to random high ports here. Someone attacked
// those servers with forged packets that carried your address; you see the servers' answers.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { buildFlowIndex, hasReverseFlow, tcpFlagsOf } from './packet-shape';
import { densestWindow, groupBy } from './windows';

export const BACKSCATTER_THRESHOLDS = defineThresholds({
  /** Different destination ports here that one server's unrequested answers must hit. */
  minDistinctPorts: 10,
  /** ...inside this many milliseconds (whole input without times). */
  windowMs: 10 * 60_000,
});
export type BackscatterThresholds = typeof BACKSCATTER_THRESHOLDS;

const WEB_PORTS = new Set([80, 443]);

/** "SYN/ACK", "RST" or undefined: answer-type packets only. */
function answerKind(e: LogEvent): string | undefined {
  const f = tcpFlagsOf(e);
  if (!f) return undefined;
  if (f.has('SYN') && f.has('ACK')) return 'SYN/ACK';
  if (f.has('RST') && !f.has('SYN')) return 'RST';
  return undefined;
}

function toFinding(src: string, events: LogEvent[], ports: number, spanMs?: number): Finding {
  const kinds = new Map<string, number>();
  for (const e of events) kinds.set(answerKind(e) as string, (kinds.get(answerKind(e) as string) ?? 0) + 1);
  const hosts = [...new Set(events.map((e) => e.dst as string))];
  return makeFinding({
    id: 'backscatter',
    title: `Backscatter from ${src}`,
    severity: 'low',
    explanation:
      `${src} sent ${formatList([...kinds].map(([k, n]) => `${n} ${k}`))} from port ${formatList(events.map((e) => e.srcPort as number))} ` +
      `to ${count(ports, 'different port')} on ${formatList(hosts, 3)}${formatSpan(spanMs)}, answering connections nobody here opened.` +
      ' This is backscatter: someone flooded that web server with packets carrying forged sender addresses, yours among them, and its replies come here.' +
      ' You are a bystander, not the target; the firewall can simply keep dropping them.',
    sources: [src],
    lines: linesOf(events),
  });
}

export function createBackscatterDetector(thresholds: BackscatterThresholds = BACKSCATTER_THRESHOLDS): Detector {
  return {
    id: 'backscatter',
    detect(events) {
      const flows = buildFlowIndex(events);
      const isBackscatter = (e: LogEvent) =>
        !!e.src && !!e.dst && e.srcPort !== undefined && WEB_PORTS.has(e.srcPort) && e.dstPort !== undefined &&
        e.dstPort >= 1024 && answerKind(e) !== undefined && !hasReverseFlow(flows, e);
      const findings: Finding[] = [];
      for (const [src, group] of groupBy(events, (e) => (isBackscatter(e) ? e.src : undefined))) {
        if (group.length < thresholds.minDistinctPorts) continue;
        const pick = densestWindow(group, thresholds.windowMs, (e) => `${e.dst}:${e.dstPort}`);
        if (pick.distinct < thresholds.minDistinctPorts) continue;
        findings.push(toFinding(src, pick.events, pick.distinct, pick.spanMs));
      }
      return findings;
    },
  };
}

export const backscatterDetector: Detector = createBackscatterDetector();
