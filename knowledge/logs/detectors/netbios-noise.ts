// netbios-noise: Windows name-service chatter on UDP 137. Normal, reported so nobody worries about it.
import type { Detector, LogEvent } from '../types';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, formatList, makeFinding } from './evidence';

export const NETBIOS_NOISE_THRESHOLDS = defineThresholds({
  /** UDP packets to port 137, all sources together, before the chatter is mentioned at all. */
  minPackets: 3,
});
export type NetbiosNoiseThresholds = typeof NETBIOS_NOISE_THRESHOLDS;

const isNetbiosName = (e: LogEvent) => e.protocol === 'udp' && e.dstPort === 137;

export function createNetbiosNoiseDetector(thresholds: NetbiosNoiseThresholds = NETBIOS_NOISE_THRESHOLDS): Detector {
  return defineDetector({
    id: 'netbios-noise',
    protocols: ['udp'],
    start() {
      const rows: number[] = [];
      const sources = new Set<string>();
      return {
        consume(e) {
          if (!isNetbiosName(e)) return;
          rows.push(e.row);
          if (e.src) sources.add(e.src);
        },
        finish({ store }) {
          if (rows.length < thresholds.minPackets) return [];
          const list = [...sources];
          return [
            makeFinding({
              id: 'netbios-noise',
              title: 'NetBIOS name-service chatter (UDP 137)',
              severity: 'info',
              explanation:
                `${count(rows.length, 'packet')} from ${count(list.length, 'machine')} (${formatList(list, 5)}) went to UDP port 137.` +
                ' Windows (and Samba) machines ask this port for the name of whoever they talk to, and announce themselves on the local network, so these lines are ordinary housekeeping rather than an attack.' +
                ' Blocking them at the Internet edge is right; there is nothing to chase.',
              sources: list,
              lines: rows.map((r) => store.lineAt(r)),
            }),
          ];
        },
      };
    },
  });
}

export const netbiosNoiseDetector: Detector = createNetbiosNoiseDetector();
