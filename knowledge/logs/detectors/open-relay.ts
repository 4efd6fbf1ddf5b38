// open-relay: a mail client that keeps asking our mail server to deliver to other domains and is turned
// away with "Relay access denied" / "relay not permitted". Spammers test every mail server for an open
// relay; one refusal can be a misconfigured client, repeated ones are a test.
import type { Detector, Finding } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { defineThresholds } from './define-thresholds';
import { count, eventsOf, formatSpan, makeFinding } from './evidence';
import { densestWindow, RowGate, RowGroups } from './windows';

export const OPEN_RELAY_THRESHOLDS = defineThresholds({
  /** Refused relay attempts from one source: more than one, since a client may be misconfigured once... */
  minAttempts: 2,
  /** ...inside this many milliseconds (whole input without times). */
  windowMs: 60 * 60_000,
});
export type OpenRelayThresholds = typeof OPEN_RELAY_THRESHOLDS;

function toFinding(store: EventStore, rows: number[], accepted: number, spanMs?: number): Finding {
  const events = eventsOf(store, rows);
  const src = events[0].src as string;
  return makeFinding({
    id: 'open-relay',
    title: `Open-relay test from ${src}`,
    severity: accepted ? 'medium' : 'low',
    explanation:
      `The mail server refused to relay for ${src} ${count(events.length, 'time')}${formatSpan(spanMs)}.` +
      ' Spammers try to hand every mail server they find mail for other domains; a server that delivers it (an open relay) ends up sending their spam under its own name and on every block list.' +
      (accepted
        ? ` The same address also got ${count(accepted, 'message')} accepted: check that it was allowed to send them.`
        : ' The refusals show the server is not open; keep relaying limited to logged-in users and your own networks (Postfix smtpd_relay_restrictions, Exim relay_from_hosts).'),
    sources: [src],
    lines: events.map((e) => e.line),
    actor: src,
    remedy: { block: [src], note: 'Relay only for authenticated users and your own networks.' },
  });
}

export function createOpenRelayDetector(thresholds: OpenRelayThresholds = OPEN_RELAY_THRESHOLDS): Detector {
  return defineDetector({
    id: 'open-relay',
    services: ['smtp'],
    start() {
      const refused = new RowGroups<number>(new RowGate(thresholds.minAttempts));
      const accepted = new Map<number, number>();
      return {
        consume(e) {
          if (e.service !== 'smtp' || !e.src) return;
          if (e.kind === 'relay-denied') refused.add(e.srcId, e.row, -1, e.srcId);
          else if (e.kind === 'message-accepted' || e.kind === 'login-accepted') accepted.set(e.srcId, (accepted.get(e.srcId) ?? 0) + 1);
        },
        finish({ store }) {
          const findings: Finding[] = [];
          for (const [src, rows] of refused.entries()) {
            if (rows.length < thresholds.minAttempts) continue;
            const pick = densestWindow(store, rows, thresholds.windowMs, (r) => r);
            if (pick.rows.length >= thresholds.minAttempts) findings.push(toFinding(store, pick.rows, accepted.get(src) ?? 0, pick.spanMs));
          }
          return findings;
        },
      };
    },
  });
}

export const openRelayDetector: Detector = createOpenRelayDetector();
