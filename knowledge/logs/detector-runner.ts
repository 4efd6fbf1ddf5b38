// How detectors are driven: the event shape they see while the log streams past, finishing them in the
// right order, and running them over a plain list of events (tests, one-off checks).
import type { Detector, DetectorRun, Finding, LogEvent, ParsedFields, StreamedEvent } from './types';
import { EventStore } from './event-store';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The event detectors see, filled in place for each row: every field present (undefined when absent), so
 * all events share one shape, and no object is made per line. Detectors keep rows, never the event.
 */
export class StreamedEventCursor {
  readonly event: StreamedEvent = {
    line: 0, format: '', time: undefined, timeText: undefined, action: undefined, actionText: undefined, protocol: undefined,
    src: undefined, srcPort: undefined, dst: undefined, dstPort: undefined, icmpType: undefined, icmpCode: undefined,
    interface: undefined, direction: undefined, ttl: undefined, ipId: undefined, tcpFlags: undefined,
    window: undefined, length: undefined, rule: undefined, service: undefined, kind: undefined, method: undefined,
    target: undefined, status: undefined, queryType: undefined, user: undefined, raw: '',
    row: 0, srcId: -1, dstId: -1,
  };

  /** The event for `row`, valid until the next call. */
  moveTo(p: ParsedFields, store: EventStore, row: number, line: number, format: string, raw: string): StreamedEvent {
    const e = this.event as Writable<StreamedEvent>;
    e.line = line; e.format = format; e.time = p.time; e.timeText = p.timeText; e.action = p.action; e.actionText = p.actionText;
    e.protocol = p.protocol; e.src = p.src; e.srcPort = p.srcPort; e.dst = p.dst; e.dstPort = p.dstPort;
    e.icmpType = p.icmpType; e.icmpCode = p.icmpCode; e.interface = p.interface; e.direction = p.direction;
    e.ttl = p.ttl; e.ipId = p.ipId; e.tcpFlags = store.flagsAt(row); e.window = p.window; e.length = p.length;
    e.rule = p.rule; e.service = p.service; e.kind = p.kind; e.method = p.method; e.target = p.target;
    e.status = p.status; e.queryType = p.queryType; e.user = p.user; e.raw = raw;
    e.row = row; e.srcId = store.srcIdAt(row); e.dstId = store.dstIdAt(row);
    return e;
  }
}

type Consume = (event: StreamedEvent) => void;

/**
 * Hands each event to the runs that read it: a detector that names its protocols or services is not
 * called for other events (most of 23 detectors have nothing to do with a TCP line). Logs come in long
 * stretches of one protocol and service, so the list for the last pair is kept.
 */
export class DetectorRouter {
  private readonly lists = new Map<string, Consume[]>();
  private routed = false;
  private protocol: string | undefined;
  private service: string | undefined;
  private current: Consume[] = [];

  constructor(private readonly detectors: readonly Detector[], private readonly runs: readonly DetectorRun[]) {}

  consume(event: StreamedEvent): void {
    if (!this.routed || event.protocol !== this.protocol || event.service !== this.service) this.route(event.protocol, event.service);
    const list = this.current;
    for (let i = 0; i < list.length; i++) list[i](event);
  }

  private route(protocol: string | undefined, service: string | undefined): void {
    const key = `${protocol ?? ''}\n${service ?? ''}`;
    let list = this.lists.get(key);
    if (!list) {
      const reads = (names: readonly string[] | undefined, name: string | undefined) => !names || (name !== undefined && names.includes(name));
      // Each run's consume is looked up once here, not on every line.
      list = this.runs.filter((_, i) => reads(this.detectors[i].protocols, protocol) && reads(this.detectors[i].services, service)).map((run) => run.consume.bind(run));
      this.lists.set(key, list);
    }
    this.routed = true;
    this.protocol = protocol;
    this.service = service;
    this.current = list;
  }
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
  const router = new DetectorRouter(detectors, runs);
  const cursor = new StreamedEventCursor();
  for (let row = 0; row < store.length; row++) {
    const e = events[row];
    router.consume(cursor.moveTo(e, store, row, e.line, e.format, e.raw));
  }
  return finishDetectors(detectors, runs, store);
}

/** A detector from its id and its run factory; `detect` runs it alone over a list of events. */
export function defineDetector(spec: Pick<Detector, 'id' | 'readsFindings' | 'protocols' | 'services' | 'start'>): Detector {
  const detector: Detector = {
    id: spec.id,
    start: spec.start,
    detect: (events) => runDetectorsOn(events, [detector]),
  };
  if (spec.readsFindings) detector.readsFindings = true;
  if (spec.protocols) detector.protocols = spec.protocols;
  if (spec.services) detector.services = spec.services;
  return detector;
}
