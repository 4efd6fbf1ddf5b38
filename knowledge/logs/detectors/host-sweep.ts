// host-sweep: one source tries the same port (or pings) across many hosts of one network.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isEchoRequest, looksLikeReply, subnetOf } from './packet-shape';
import { densestWindow, groupBy, type WindowPick } from './windows';

export const HOST_SWEEP_THRESHOLDS = defineThresholds({
  /** Distinct destination hosts in one /24 (IPv6: /64) one source must try on the same port. */
  minDistinctHosts: 10,
  /** ...inside this many milliseconds. Logs without times use the whole input. */
  windowMs: 10 * 60_000,
});
export type HostSweepThresholds = typeof HOST_SWEEP_THRESHOLDS;

/**
 * What was knocked on: "tcp/445" or "ping". Allowed traffic is left out: a browser reaching many
 * sites on 443 is normal, while a sweep against a network is mostly turned away.
 */
function targetOf(e: LogEvent): string | undefined {
  if (!e.src || !e.dst || e.action === 'allow') return undefined;
  if (isEchoRequest(e)) return 'ping';
  if ((e.protocol !== 'tcp' && e.protocol !== 'udp') || e.dstPort === undefined || looksLikeReply(e)) return undefined;
  return `${e.protocol}/${e.dstPort}`;
}

interface Sweep {
  target: string;
  subnet: string;
  pick: WindowPick;
}

function describe(s: Sweep): string {
  const what = s.target === 'ping' ? 'pinged' : `tried ${s.target.replace('/', ' port ')} on`;
  return `${what} ${count(s.pick.distinct, 'address', 'addresses')} in ${s.subnet}${formatSpan(s.pick.spanMs)}`;
}

function toFinding(src: string, sweeps: Sweep[]): Finding {
  const hosts = sweeps[0].pick.events.map((e) => e.dst as string);
  const text =
    `${src} ${formatList(sweeps.map(describe), 3)} (for example ${formatList(hosts, 4)}).` +
    ' A sweep looks for every machine that offers one particular service, typically to exploit a single known weakness across a whole network.' +
    ' Worms and mass-exploitation bots spread this way, so patch or close that service on any host that answered.';
  return makeFinding({
    id: 'host-sweep',
    title: `Host sweep from ${src}`,
    severity: sweeps.some((s) => s.target !== 'ping') ? 'medium' : 'low',
    explanation: text,
    sources: [src],
    lines: linesOf(sweeps.flatMap((s) => s.pick.events)),
  });
}

export function createHostSweepDetector(thresholds: HostSweepThresholds = HOST_SWEEP_THRESHOLDS): Detector {
  return {
    id: 'host-sweep',
    detect(events) {
      const groups = groupBy(events, (e) => {
        const target = targetOf(e);
        return target ? `${e.src}\n${target}\n${subnetOf(e.dst as string)}` : undefined;
      });
      const bySource = new Map<string, Sweep[]>();
      for (const [key, group] of groups) {
        if (group.length < thresholds.minDistinctHosts) continue;
        const pick = densestWindow(group, thresholds.windowMs, (e) => e.dst as string);
        if (pick.distinct < thresholds.minDistinctHosts) continue;
        const [src, target, subnet] = key.split('\n');
        const list = bySource.get(src) ?? [];
        list.push({ target, subnet, pick });
        bySource.set(src, list);
      }
      return [...bySource].map(([src, sweeps]) => toFinding(src, sweeps));
    },
  };
}

export const hostSweepDetector: Detector = createHostSweepDetector();
