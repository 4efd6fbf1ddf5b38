// smurf: a flood of ICMP echo replies nobody here asked for, arriving from many machines at once.
import type { Detector, Finding } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isEchoReply, isEchoRequest, isGroupAddress, subnetOf } from './packet-shape';
import { densestWindow, pairKey, RowGate, RowGroups } from './windows';

export const SMURF_THRESHOLDS = defineThresholds({
  /** Different machines sending unrequested echo replies to one target. */
  minSources: 10,
  /** Unrequested echo replies to that target in the window. */
  minReplies: 20,
  /** Window in milliseconds (whole input without times). */
  windowMs: 60_000,
});
export type SmurfThresholds = typeof SMURF_THRESHOLDS;

function toFinding(store: EventStore, target: string, rows: number[], sources: string[], spanMs?: number): Finding {
  const nets = new Map<string, number>();
  for (const s of sources) nets.set(subnetOf(s), (nets.get(subnetOf(s)) ?? 0) + 1);
  const [topNet, topCount] = [...nets].sort((a, b) => b[1] - a[1])[0];
  const amplifier = topCount > 1
    ? ` ${topCount} of the senders sit in ${topNet}, which looks like the network that amplified the attack.`
    : '';
  return makeFinding({
    id: 'smurf',
    title: `Smurf flood against ${target}`,
    severity: 'high',
    explanation:
      `${target} received ${count(rows.length, 'ping reply', 'ping replies')} from ${count(sources.length, 'machine')}${formatSpan(spanMs)} ` +
      `(${formatList(sources, 5)}) without having pinged any of them.` +
      ' In a smurf attack someone pings a broadcast address with the victim as forged sender, and every host on that network answers the victim.' +
      amplifier +
      ' Most networks now drop directed broadcasts, so this is rare; if it continues, ask your provider to filter it upstream.',
    sources,
    lines: linesOf(store, rows),
    actor: target,
    remedy: { block: [], note: 'The senders are only reflecting forged pings; a filter at your provider, not a block list here, stops the flood.' },
  });
}

export function createSmurfDetector(thresholds: SmurfThresholds = SMURF_THRESHOLDS): Detector {
  return defineDetector({
    id: 'smurf',
    protocols: ['icmp', 'icmpv6'],
    start() {
      // A reply is expected when the target pinged that machine (or a broadcast) itself.
      const asked = new Set<number>();
      const pingedBroadcast = new Set<number>();
      const replies = new RowGroups<number>(new RowGate(thresholds.minReplies));
      return {
        consume(e) {
          if (!e.src || !e.dst) return;
          if (isEchoRequest(e)) {
            asked.add(pairKey(e.srcId, e.dstId));
            if (isGroupAddress(e.dst)) pingedBroadcast.add(e.srcId);
          } else if (isEchoReply(e)) {
            replies.add(e.dstId, e.row, -1, e.dstId);
          }
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [target, all] of replies.entries()) {
            if (all.length < thresholds.minReplies || pingedBroadcast.has(target)) continue;
            const group = all.filter((r) => !asked.has(pairKey(target, store.srcIdAt(r))));
            if (group.length < thresholds.minReplies) continue;
            const pick = densestWindow(store, group, thresholds.windowMs, (r) => store.srcIdAt(r));
            if (pick.distinct < thresholds.minSources || pick.rows.length < thresholds.minReplies) continue;
            const sources = [...new Set(pick.rows.map((r) => store.srcAt(r) as string))];
            findings.push(toFinding(store, store.dstAt(group[0]) as string, pick.rows, sources, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const smurfDetector: Detector = createSmurfDetector();
