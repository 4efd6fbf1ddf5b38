// zone-transfer: someone asks our DNS server for a whole zone (AXFR/IXFR). A full copy lists every
// host name of the domain, a map for an attacker; only secondary servers should ever get one. Addresses
// that were given a transfer are taken for those secondaries and left out.
import type { Detector, Finding } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatList, makeFinding } from './evidence';
import { isLocalAddress } from './packet-shape';
import { RowGroups } from './windows';

export const ZONE_TRANSFER_THRESHOLDS = defineThresholds({
  /** Transfer requests (refused or without a verdict) from one source. One is enough: nobody asks by accident. */
  minAttempts: 1,
});
export type ZoneTransferThresholds = typeof ZONE_TRANSFER_THRESHOLDS;

interface Probes {
  versionBind: number;
  any: number;
}

function toFinding(store: EventStore, rows: number[], probes: Probes | undefined): Finding {
  const events = eventsOf(store, rows);
  const src = events[0].src as string;
  const zones = [...new Set(events.map((e) => e.target ?? '?'))];
  const refused = events.filter((e) => e.action === 'deny').length;
  const local = isLocalAddress(src) || src === '::1';
  const extra = [
    probes?.versionBind ? `asked for the server's version (version.bind) ${count(probes.versionBind, 'time')}` : '',
    probes?.any ? `sent ${count(probes.any, 'ANY query', 'ANY queries')}` : '',
  ].filter(Boolean);
  return makeFinding({
    id: 'zone-transfer',
    title: `Zone transfer attempt from ${src}`,
    severity: local ? 'low' : 'medium',
    explanation:
      `${src} asked for a full copy of ${formatList(zones, 4)} ${count(events.length, 'time')}` +
      `${refused ? ` (${refused} refused)` : ''}${extra.length ? `, and ${formatList(extra)}` : ''}.` +
      ' A zone transfer hands over every name in the domain, so attackers try it to map a network before they pick targets.' +
      (local
        ? ' The address is local: possibly an administrator testing with dig.'
        : ' Allow transfers only to your secondary servers (BIND allow-transfer, ideally with a TSIG key) and keep refusing everyone else.'),
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: local ? [] : [src], note: 'Allow zone transfers only to your secondary servers.' },
  });
}

export function createZoneTransferDetector(thresholds: ZoneTransferThresholds = ZONE_TRANSFER_THRESHOLDS): Detector {
  return defineDetector({
    id: 'zone-transfer',
    services: ['dns'],
    start() {
      const attempts = new RowGroups<number>();
      const secondaries = new Set<number>();
      const probes = new Map<number, Probes>();
      return {
        consume(e) {
          if (e.service !== 'dns' || !e.src) return;
          if (e.kind === 'zone-transfer') {
            if (e.action === 'allow') secondaries.add(e.srcId);
            else attempts.add(e.srcId, e.row);
            return;
          }
          const versionBind = e.target?.toLowerCase() === 'version.bind';
          if (!versionBind && e.queryType !== 'ANY') return;
          const p = probes.get(e.srcId) ?? { versionBind: 0, any: 0 };
          if (versionBind) p.versionBind++;
          else p.any++;
          probes.set(e.srcId, p);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [src, rows] of attempts.entries()) {
            if (!secondaries.has(src) && rows.length >= thresholds.minAttempts) findings.push(toFinding(store, rows, probes.get(src)));
          }
          return findings;
        },
      };
    },
  });
}

export const zoneTransferDetector: Detector = createZoneTransferDetector();
