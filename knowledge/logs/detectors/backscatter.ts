// backscatter: SYN/ACKs and resets from web servers to random high ports here. Someone attacked
// those servers with forged packets that carried your address; you see the servers' answers.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding } from './evidence';
import { rowsWithReverseFlow, tcpFlagsOf } from './packet-shape';
import { densestWindow, RowGate, RowGroups } from './windows';

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

function toFinding(store: EventStore, src: string, rows: number[], ports: number, spanMs?: number): Finding {
  const events = eventsOf(store, rows);
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
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [], note: 'Nothing to block: the server is a victim answering forged packets; the firewall already drops the answers.' },
  });
}

const isAnswerToHighPort = (e: LogEvent) =>
  !!e.src && !!e.dst && e.srcPort !== undefined && WEB_PORTS.has(e.srcPort) && e.dstPort !== undefined &&
  e.dstPort >= 1024 && answerKind(e) !== undefined;

export function createBackscatterDetector(thresholds: BackscatterThresholds = BACKSCATTER_THRESHOLDS): Detector {
  return defineDetector({
    id: 'backscatter',
    start() {
      const bySource = new RowGroups<number>(new RowGate(thresholds.minDistinctPorts));
      return {
        consume(e) {
          if (isAnswerToHighPort(e)) bySource.add(e.srcId, e.row, -1, e.srcId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          const big = [...bySource.lists()].filter((rows) => rows.length >= thresholds.minDistinctPorts);
          const asked = rowsWithReverseFlow(store, big.flat());
          for (const all of big) {
            const group = all.filter((r) => !asked.has(r));
            const pick = densestWindow(store, group, thresholds.windowMs, (r) => `${store.dstIdAt(r)}:${store.dstPortAt(r)}`);
            if (pick.distinct < thresholds.minDistinctPorts) continue;
            findings.push(toFinding(store, store.srcAt(all[0]) as string, pick.rows, pick.distinct, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const backscatterDetector: Detector = createBackscatterDetector();
