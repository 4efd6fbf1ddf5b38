// smurf: a flood of ICMP echo replies nobody here asked for, arriving from many machines at once.
import type { Detector, Finding, LogEvent } from '../types';
import { defineThresholds } from './define-thresholds';
import { count, formatList, formatSpan, linesOf, makeFinding } from './evidence';
import { isEchoReply, isEchoRequest, isGroupAddress, subnetOf } from './packet-shape';
import { densestWindow, groupBy } from './windows';

export const SMURF_THRESHOLDS = defineThresholds({
  /** Different machines sending unrequested echo replies to one target. */
  minSources: 10,
  /** Unrequested echo replies to that target in the window. */
  minReplies: 20,
  /** Window in milliseconds (whole input without times). */
  windowMs: 60_000,
});
export type SmurfThresholds = typeof SMURF_THRESHOLDS;

function toFinding(target: string, events: LogEvent[], sources: string[], spanMs?: number): Finding {
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
      `${target} received ${count(events.length, 'ping reply', 'ping replies')} from ${count(sources.length, 'machine')}${formatSpan(spanMs)} ` +
      `(${formatList(sources, 5)}) without having pinged any of them.` +
      ' In a smurf attack someone pings a broadcast address with the victim as forged sender, and every host on that network answers the victim.' +
      amplifier +
      ' Most networks now drop directed broadcasts, so this is rare; if it continues, ask your provider to filter it upstream.',
    sources,
    lines: linesOf(events),
  });
}

export function createSmurfDetector(thresholds: SmurfThresholds = SMURF_THRESHOLDS): Detector {
  return {
    id: 'smurf',
    detect(events) {
      // A reply is expected when the target pinged that machine (or a broadcast) itself.
      const asked = new Set<string>();
      const pingedBroadcast = new Set<string>();
      for (const e of events) {
        if (!isEchoRequest(e) || !e.src || !e.dst) continue;
        asked.add(`${e.src}>${e.dst}`);
        if (isGroupAddress(e.dst)) pingedBroadcast.add(e.src);
      }
      const unrequested = (e: LogEvent) =>
        isEchoReply(e) && !!e.src && !!e.dst && !asked.has(`${e.dst}>${e.src}`) && !pingedBroadcast.has(e.dst);
      const findings: Finding[] = [];
      for (const [target, group] of groupBy(events, (e) => (unrequested(e) ? e.dst : undefined))) {
        if (group.length < thresholds.minReplies) continue;
        const pick = densestWindow(group, thresholds.windowMs, (e) => e.src as string);
        if (pick.distinct < thresholds.minSources || pick.events.length < thresholds.minReplies) continue;
        const sources = [...new Set(pick.events.map((e) => e.src as string))];
        findings.push(toFinding(target, pick.events, sources, pick.spanMs));
      }
      return findings;
    },
  };
}

export const smurfDetector: Detector = createSmurfDetector();
