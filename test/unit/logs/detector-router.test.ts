// Which detector runs see which events: a detector that names its protocols or services only gets
// those events, through analyzeLog and through detect() alike; the others get every event.
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../knowledge/logs/analyze-log';
import { defineDetector } from '../../../knowledge/logs/detector-runner';
import type { Detector, LogEvent } from '../../../knowledge/logs/types';

/** A detector that reports, as one finding, the lines it was shown. */
function recorder(id: string, spec: Pick<Detector, 'protocols' | 'services'>): Detector {
  return defineDetector({
    id,
    ...spec,
    start() {
      const lines: number[] = [];
      return {
        consume: (e) => lines.push(e.line),
        finish: () => [{ id, title: id, severity: 'info', explanation: '', sources: [], lines }],
      };
    },
  });
}

const LOG = [
  'Nov 25 10:00:01 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.5 DST=192.0.2.10 LEN=40 TTL=50 ID=1 PROTO=TCP SPT=4000 DPT=22 WINDOW=1024 SYN URGP=0',
  'Nov 25 10:00:02 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.5 DST=192.0.2.10 LEN=40 TTL=50 ID=2 PROTO=UDP SPT=4000 DPT=53 LEN=20',
  'Nov 25 10:00:03 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.5 DST=192.0.2.10 LEN=84 TTL=50 ID=3 PROTO=ICMP TYPE=8 CODE=0 ID=7 SEQ=1',
  '203.0.113.9 - - [25/Nov/2025:10:00:04 +0000] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.0"',
  'Nov 25 10:00:05 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.6 DST=192.0.2.10 LEN=40 TTL=50 ID=4 PROTO=TCP SPT=4001 DPT=23 WINDOW=1024 SYN URGP=0',
].join('\n');

const DETECTORS = [
  recorder('every', {}),
  recorder('udp-or-icmp', { protocols: ['udp', 'icmp'] }),
  recorder('tcp', { protocols: ['tcp'] }),
  recorder('http', { services: ['http'] }),
  recorder('dns', { services: ['dns'] }),
];
// The web server line is TCP too.
const EXPECTED = { every: [1, 2, 3, 4, 5], 'udp-or-icmp': [2, 3], tcp: [1, 4, 5], http: [4], dns: [] };

describe('detector routing', () => {
  it('shows each detector only the protocols and services it names, in line order', () => {
    const r = analyzeLog(LOG, { detectors: DETECTORS, assumedYear: 2025 });
    expect(r.events.length).toBe(5);
    expect(Object.fromEntries(r.findings.map((f) => [f.id, f.lines]))).toEqual(EXPECTED);
  });

  it('routes the same way when a detector runs alone over a list of events', () => {
    const events = analyzeLog(LOG, { detectors: [], assumedYear: 2025 }).events.toArray() as LogEvent[];
    for (const d of DETECTORS) expect(d.detect(events)[0].lines).toEqual(EXPECTED[d.id as keyof typeof EXPECTED]);
  });
});
