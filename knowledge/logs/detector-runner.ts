// How detectors are driven: the event shape they see while the log streams past, finishing them in the
// right order, and running them over a plain list of events (tests, one-off checks).
import type { Detector, DetectorRun, Finding, LogEvent, ParsedFields, StreamedEvent } from './types';
import { EventStore } from './event-store';

/** The event detectors see: every field present (undefined when absent), so all events share one shape. */
export function toStreamedEvent(p: ParsedFields, store: EventStore, row: number, line: number, format: string, raw: string): StreamedEvent {
  return {
    line, format, time: p.time, timeText: p.timeText, action: p.action, actionText: p.actionText, protocol: p.protocol,
    src: p.src, srcPort: p.srcPort, dst: p.dst, dstPort: p.dstPort, icmpType: p.icmpType, icmpCode: p.icmpCode,
    interface: p.interface, direction: p.direction, ttl: p.ttl, ipId: p.ipId, tcpFlags: store.flagsAt(row),
    window: p.window, length: p.length, rule: p.rule, service: p.service, kind: p.kind, method: p.method,
    target: p.target, status: p.status, queryType: p.queryType, user: p.user, raw,
    row, srcId: store.srcIdAt(row), dstId: store.dstIdAt(row),
  };
}

/** Finishes the runs (detectors that read other findings last) and returns the findings in registry order. */
export function finishDetectors(detectors: readonly Detector[], runs: readonly DetectorRun[], store: EventStore): Finding[] {
  const byDetector: Finding[][] = detectors.map(() => []);
  const all: Finding[] = [];
  for (const late of [false, true]) {
    detectors.forEach((d, i) => {
      if (Boolean(d.readsFindings) !== late) return;
      byDetector[i] = runs[i].finish({ store, findings: all.slice() });
      all.push(...byDetector[i]);
    });
  }
  return byDetector.flat();
}

/** Runs detectors over a list of events, as analyzeLog would while reading them. */
export function runDetectorsOn(events: readonly LogEvent[], detectors: readonly Detector[]): Finding[] {
  const store = EventStore.fromEvents(events);
  const runs = detectors.map((d) => d.start());
  for (let row = 0; row < store.length; row++) {
    const e = events[row];
    const event = toStreamedEvent(e, store, row, e.line, e.format, e.raw);
    for (const run of runs) run.consume(event);
  }
  return finishDetectors(detectors, runs, store);
}

/** A detector from its id and its run factory; `detect` runs it alone over a list of events. */
export function defineDetector(spec: { id: string; readsFindings?: boolean; start(): DetectorRun }): Detector {
  const detector: Detector = {
    id: spec.id,
    start: spec.start,
    detect: (events) => runDetectorsOn(events, [detector]),
  };
  if (spec.readsFindings) detector.readsFindings = true;
  return detector;
}
