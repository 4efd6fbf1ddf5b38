// proxy-probe: one source trying several proxy ports (SOCKS, squid, the 80xx family), looking for
// an open proxy to hide behind.
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, formatSpan, makeFinding } from './evidence';
import { isConnectionAttempt, isOutbound } from './packet-shape';
import { densestWindow, RowGate, RowGroups } from './windows';

export const PROXY_PROBE_THRESHOLDS = defineThresholds({
  /** Different proxy ports one source must try (one port alone is too often a real web server). */
  minDistinctPorts: 2,
  /** ...inside this many milliseconds (whole input without times). */
  windowMs: 10 * 60_000,
});
export type ProxyProbeThresholds = typeof PROXY_PROBE_THRESHOLDS;

/** Ports where open proxies are usually found. */
export const PROXY_PORT_NAMES: ReadonlyMap<number, string> = new Map([
  [1080, 'SOCKS'],
  [3128, 'Squid'],
  [8000, 'HTTP proxy'],
  [8001, 'HTTP proxy'],
  [8080, 'HTTP proxy'],
  [8081, 'HTTP proxy'],
  [8888, 'HTTP proxy'],
  [8118, 'Privoxy'],
]);

/** Inbound new attempts only: a browser here reaching a site on 8080 is not a probe. */
function isProxyProbe(e: LogEvent): boolean {
  return !!e.src && e.protocol === 'tcp' && e.dstPort !== undefined && PROXY_PORT_NAMES.has(e.dstPort) &&
    isConnectionAttempt(e) && !(e.action === 'allow' && isOutbound(e));
}

function toFinding(src: string, events: LogEvent[], ports: number, spanMs?: number): Finding {
  const named = [...new Set(events.map((e) => e.dstPort as number))].sort((a, b) => a - b)
    .map((p) => `${p} (${PROXY_PORT_NAMES.get(p)})`);
  const open = [...new Set(events.filter((e) => e.action === 'allow').map((e) => e.dstPort as number))];
  return makeFinding({
    id: 'proxy-probe',
    title: `Proxy hunt from ${src}`,
    severity: open.length ? 'medium' : 'low',
    explanation:
      `${src} tried ${count(ports, 'proxy port')}${formatSpan(spanMs)}: ${formatList(named)}.` +
      ' An open proxy lets strangers relay spam, fraud and attacks so that they appear to come from you; IRC and chat servers also test new users this way.' +
      (open.length
        ? ` The firewall let ${formatList(open)} through: make sure any proxy there only serves your own network.`
        : ' Everything was blocked, so this is only a problem if you run a proxy that accepts outside users.'),
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createProxyProbeDetector(thresholds: ProxyProbeThresholds = PROXY_PROBE_THRESHOLDS): Detector {
  return defineDetector({
    id: 'proxy-probe',
    start() {
      const bySource = new RowGroups<number>(new RowGate(thresholds.minDistinctPorts));
      return {
        consume(e) {
          if (isProxyProbe(e)) bySource.add(e.srcId, e.row, e.dstPort, e.srcId);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [src, rows] of bySource.entries()) {
            if (bySource.distinctCount(src) < thresholds.minDistinctPorts) continue;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => store.dstPortAt(r) as number);
            if (pick.distinct < thresholds.minDistinctPorts) continue;
            findings.push(toFinding(store.srcAt(rows[0]) as string, eventsOf(store, pick.rows), pick.distinct, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const proxyProbeDetector: Detector = createProxyProbeDetector();
