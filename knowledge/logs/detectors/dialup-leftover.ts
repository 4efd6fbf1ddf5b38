// dialup-leftover: a chat, game or streaming server keeps talking to a high port here because the
// address used to belong to one of its users (dial-up, DHCP lease, reassigned address).
import type { Detector, Finding, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';
import { rowsWithReverseFlow } from './packet-shape';
import { RowGroups } from './windows';

export const DIALUP_LEFTOVER_THRESHOLDS = defineThresholds({
  /** Packets from one server port to one of our ports before it counts as "repeated". */
  minPackets: 3,
  /** Destination ports from here up count as a client's random port. */
  minClientPort: 1024,
});
export type DialupLeftoverThresholds = typeof DIALUP_LEFTOVER_THRESHOLDS;

/** Server-side ports of chat, game and streaming services that keep calling a vanished client. */
const LEFTOVER_SOURCES: readonly [number, number, string][] = [
  [4000, 4000, 'ICQ'],
  [6970, 7170, 'RealAudio streaming'],
  [7777, 7777, 'Unreal'],
  [7778, 7778, 'Unreal Tournament'],
  [13223, 13223, 'PowWow chat'],
  [22450, 22450, 'Sin'],
  [26000, 26000, 'Quake'],
  [26900, 26900, 'Hexen 2'],
  [26950, 26950, 'HexenWorld'],
  [27015, 27015, 'Half-Life / Source engine games'],
  [27500, 27500, 'QuakeWorld'],
  [27910, 27961, 'Quake II / Quake III family'],
  [28000, 28008, 'Starsiege: Tribes'],
  [28910, 28910, 'Heretic II'],
];

/** For each port, 1 + the index of its LEFTOVER_SOURCES entry (0: none): one lookup per event. */
const LEFTOVER_BY_PORT = new Uint8Array(65_536);
LEFTOVER_SOURCES.forEach(([lo, hi], i) => LEFTOVER_BY_PORT.fill(i + 1, lo, hi + 1));

export function leftoverServiceOf(port: number): string | undefined {
  const entry = port >= 0 && port <= 65_535 ? LEFTOVER_BY_PORT[port] : 0;
  return entry ? LEFTOVER_SOURCES[entry - 1][2] : undefined;
}

function toFinding(src: string, events: LogEvent[]): Finding {
  const services = [...new Set(events.map((e) => `${leftoverServiceOf(e.srcPort as number)} (port ${e.srcPort})`))];
  const targets = [...new Set(events.map((e) => `${e.dst}:${e.dstPort}`))];
  return makeFinding({
    id: 'dialup-leftover',
    title: `Leftover ${services.length === 1 ? services[0] : 'chat/game'} traffic from ${src}`,
    severity: 'info',
    explanation:
      `${src} sent ${count(events.length, 'packet')} from ${formatList(services, 3)} to ${formatList(targets, 3)}, and nothing here ever answered or called it.` +
      ' The port that matters is the source: the server still talks to whoever had your address before, a player or chatter whose connection went away.' +
      ' Such programs give up slowly, so expect it for a while after a new address lease; it is not an attack and can be ignored.',
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
  });
}

export function createDialupLeftoverDetector(thresholds: DialupLeftoverThresholds = DIALUP_LEFTOVER_THRESHOLDS): Detector {
  const leftover = (e: LogEvent) =>
    !!e.src && !!e.dst && e.srcPort !== undefined && e.dstPort !== undefined && e.action !== 'allow' &&
    (e.protocol === 'udp' || e.protocol === 'tcp') && e.dstPort >= thresholds.minClientPort &&
    leftoverServiceOf(e.srcPort) !== undefined;
  return defineDetector({
    id: 'dialup-leftover',
    start() {
      const streams = new RowGroups<string>();
      return {
        consume(e) {
          if (leftover(e)) streams.add(`${e.srcId}\n${e.srcPort}\n${e.dstId}`, e.row);
        },
        finish({ store }) {
          const bySource = new Map<string, number[]>();
          const big = [...streams.lists()].filter((rows) => rows.length >= thresholds.minPackets);
          const asked = rowsWithReverseFlow(store, big.flat());
          for (const all of big) {
            const group = all.filter((r) => !asked.has(r));
            if (group.length < thresholds.minPackets) continue;
            const src = store.srcAt(group[0]) as string;
            const list = bySource.get(src);
            if (list) for (const r of group) list.push(r);
            else bySource.set(src, group.slice());
          }
          return [...bySource].map(([src, rows]) => toFinding(src, eventsOf(store, rows.sort((a, b) => a - b))));
        },
      };
    },
  });
}

export const dialupLeftoverDetector: Detector = createDialupLeftoverDetector();
