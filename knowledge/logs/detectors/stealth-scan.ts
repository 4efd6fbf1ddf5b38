// stealth-scan: TCP probes with flag combinations no real connection starts with: FIN alone,
// "Xmas" (FIN+PSH+URG) and NULL (no flags). Needs logs that record TCP flags.
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding } from './evidence';
import { tcpFlagsOf } from './packet-shape';
import { densestWindow, RowGate, RowGroups } from './windows';

export const STEALTH_SCAN_THRESHOLDS = defineThresholds({
  /** Odd-flag probes from one source. */
  minProbes: 3,
  /** ...inside this many milliseconds (whole input without times). */
  windowMs: 10 * 60_000,
});
export type StealthScanThresholds = typeof STEALTH_SCAN_THRESHOLDS;

type Kind = 'FIN' | 'Xmas' | 'NULL';

/** The stealth kind of a packet, or undefined for ordinary flag sets. */
export function stealthKind(e: LogEvent): Kind | undefined {
  const f = tcpFlagsOf(e);
  if (!f) return undefined;
  if (f.size === 0) return 'NULL';
  if (!f.has('FIN') || f.has('ACK') || f.has('SYN') || f.has('RST')) return undefined;
  return f.has('URG') && f.has('PSH') ? 'Xmas' : 'FIN';
}

function toFinding(src: string, events: LogEvent[], spanMs?: number): Finding {
  const kinds = new Map<Kind, number>();
  for (const e of events) {
    const k = stealthKind(e) as Kind;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const mix = [...kinds].map(([k, n]) => `${n} ${k}`);
  const ports = events.map((e) => e.dstPort).filter((p): p is number => p !== undefined);
  const hosts = [...new Set(events.map((e) => e.dst ?? '?'))];
  return makeFinding({
    id: 'stealth-scan',
    title: `Stealth scan from ${src}`,
    severity: 'medium',
    explanation:
      `${src} sent ${count(events.length, 'TCP probe')} with abnormal flags (${formatList(mix)}) to ${formatList(hosts, 3)}` +
      `${formatSpan(spanMs)}${ports.length ? `, ports ${formatList(ports)}` : ''}.` +
      ' No genuine connection starts like this. Closed ports answer such packets with a reset while open ones stay silent, so a scanner learns which ports are open without ever completing a connection, hoping to avoid logs that only record connections.' +
      ' It is deliberate reconnaissance by someone using a scanning tool.',
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createStealthScanDetector(thresholds: StealthScanThresholds = STEALTH_SCAN_THRESHOLDS): Detector {
  return defineDetector({
    id: 'stealth-scan',
    start() {
      const bySource = new RowGroups<number>(new RowGate(thresholds.minProbes));
      return {
        consume(e) {
          if (e.src && stealthKind(e)) bySource.add(e.srcId, e.row, -1, e.srcId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const rows of bySource.lists()) {
            if (rows.length < thresholds.minProbes) continue;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => r);
            if (pick.rows.length >= thresholds.minProbes) findings.push(toFinding(store.srcAt(rows[0]) as string, eventsOf(store, pick.rows), pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const stealthScanDetector: Detector = createStealthScanDetector();
