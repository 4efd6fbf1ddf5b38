// host-sweep: one source tries the same port (or pings) across many hosts of one network.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isEchoRequest, looksLikeReply, subnetOf } from './packet-shape';
import { densestWindow, RowGate, RowGroups, type WindowPick } from './windows';

export const HOST_SWEEP_THRESHOLDS = defineThresholds({
  /** Distinct destination hosts in one /24 (IPv6: /64) one source must try on the same port. */
  minDistinctHosts: 10,
  /** ...inside this many milliseconds. Logs without times use the whole input. */
  windowMs: 10 * 60_000,
});
export type HostSweepThresholds = typeof HOST_SWEEP_THRESHOLDS;

/**
 * What was knocked on, as a number: 0 for a ping, else 1 + the port (UDP ports above TCP's). Allowed
 * traffic is left out: a browser reaching many sites on 443 is normal, while a sweep against a network
 * is mostly turned away. -1 for anything else.
 */
function targetOf(e: LogEvent): number {
  if (!e.src || !e.dst || e.action === 'allow') return -1;
  if (isEchoRequest(e)) return 0;
  if ((e.protocol !== 'tcp' && e.protocol !== 'udp') || e.dstPort === undefined || looksLikeReply(e)) return -1;
  return 1 + e.dstPort + (e.protocol === 'udp' ? 65536 : 0);
}

/** Target codes stay below this (ping, 65,536 TCP and 65,536 UDP ports). */
const TARGETS = 131_073;

/** "ping", "tcp/445", "udp/161". */
function targetName(code: number): string {
  if (code === 0) return 'ping';
  return code > 65536 ? `udp/${code - 65537}` : `tcp/${code - 1}`;
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

function toFinding(store: EventStore, src: string, sweeps: Sweep[]): Finding {
  const hosts = sweeps[0].pick.rows.map((r) => store.dstAt(r) as string);
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
    lines: linesOf(store, sweeps.flatMap((s) => s.pick.rows)),
    actor: src,
    remedy: { block: [src] },
  });
}

export function createHostSweepDetector(thresholds: HostSweepThresholds = HOST_SWEEP_THRESHOLDS): Detector {
  return defineDetector({
    id: 'host-sweep',
    start() {
      // Per subnet (a log names few), then per source and target; the distinct count is of hosts.
      const bySubnet = new Map<number, RowGroups<number>>();
      const gate = new RowGate(thresholds.minDistinctHosts);
      let lastDst = -2;
      let lastGroups: RowGroups<number> | undefined;
      const subnetIds = new Map<number, number>();
      const subnetNames: string[] = [];
      const subnetsByName = new Map<string, number>();
      const subnetOfDst = (e: LogEvent & { dstId: number }) => {
        let id = subnetIds.get(e.dstId);
        if (id === undefined) {
          const name = subnetOf(e.dst as string);
          id = subnetsByName.get(name);
          if (id === undefined) {
            id = subnetNames.push(name) - 1;
            subnetsByName.set(name, id);
          }
          subnetIds.set(e.dstId, id);
        }
        return id;
      };
      return {
        consume(e) {
          const target = targetOf(e);
          if (target < 0) return;
          // Logs of one network name the same few destinations line after line.
          if (e.dstId !== lastDst) {
            const subnet = subnetOfDst(e);
            let groups = bySubnet.get(subnet);
            if (!groups) bySubnet.set(subnet, (groups = new RowGroups<number>(gate)));
            lastDst = e.dstId;
            lastGroups = groups;
          }
          (lastGroups as RowGroups<number>).add(e.srcId * TARGETS + target, e.row, e.dstId, e.srcId);
        },
        finish({ store }) {
          const bySource = new Map<string, Sweep[]>();
          for (const [subnet, groups] of bySubnet) {
            for (const [key, rows] of groups.entries()) {
              if (groups.distinctCount(key) < thresholds.minDistinctHosts) continue;
              const pick = densestWindow(store, rows, thresholds.windowMs, (r) => store.dstIdAt(r));
              if (pick.distinct < thresholds.minDistinctHosts) continue;
              const src = store.srcAt(rows[0]) as string;
              const list = bySource.get(src) ?? [];
              list.push({ target: targetName(key % TARGETS), subnet: subnetNames[subnet], pick });
              bySource.set(src, list);
            }
          }
          return [...bySource].map(([src, sweeps]) => toFinding(store, src, sweeps));
        },
      };
    },
  });
}

export const hostSweepDetector: Detector = createHostSweepDetector();
