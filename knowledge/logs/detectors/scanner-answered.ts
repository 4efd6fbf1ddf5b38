// scanner-answered: an address that a scan or sweep finding names also has traffic that was let through.
// A scan that meets only closed doors is noise; a scanner that got an answer is the most important line
// in a log, because it found something to come back to. Reported first.
import type { Detector, Finding, LogEvent } from '../types';
import type { EventStore } from '../event-store';
import { defineDetector } from '../detector-runner';
import { serviceName } from '../services';
import { defineThresholds } from './define-thresholds';
import { count, formatList, linesOf, makeFinding, MAX_EVIDENCE_LINES } from './evidence';
import { isOutbound, looksLikeReply } from './packet-shape';
import { isProxyRequest } from './proxy-connect';
import { matchWebExploit } from '../signatures/web-exploit-paths';

export const SCANNER_ANSWERED_THRESHOLDS = defineThresholds({
  /** Allowed events from a scanner before it counts as answered. */
  minAllowed: 1,
});
export type ScannerAnsweredThresholds = typeof SCANNER_ANSWERED_THRESHOLDS;

/** Findings whose actor is a scanner. */
export const SCAN_FINDING_IDS: ReadonlySet<string> = new Set([
  'port-scan', 'host-sweep', 'stealth-scan', 'sscan', 'trojan-probe', 'proxy-probe', 'web-exploit-scan', 'proxy-connect',
]);

/** What was answered: "22/tcp", or the service of a server log ("HTTP", "443/tcp (HTTP)"). */
function answeredOn(e: LogEvent): string {
  if (e.service) return e.dstPort !== undefined ? `${e.dstPort}/tcp (${serviceName(e.service)})` : serviceName(e.service);
  if (e.dstPort !== undefined && e.protocol) return `${e.dstPort}/${e.protocol}`;
  return e.protocol ?? 'traffic';
}

/**
 * An answer that matters. Firewall lines: let through, and not the reply to something we started.
 * Server logs answer every visitor of a public service, so only what the scan was after counts: an
 * exploit or proxy request answered with success, a login that got in, a zone transfer that started.
 */
function isAnswer(e: LogEvent): boolean {
  if (e.action !== 'allow' || !e.src) return false;
  if (e.service === undefined) return !isOutbound(e) && !looksLikeReply(e);
  if (e.kind === 'login-accepted' || e.kind === 'zone-transfer') return true;
  return e.service === 'http' && e.status !== undefined && e.status < 300 && e.target !== undefined &&
    (isProxyRequest(e) || matchWebExploit(e.target) !== undefined);
}

interface Allowed {
  rows: number[];
  total: number;
  targets: Set<string>;
}

function toFinding(store: EventStore, src: string, allowed: Allowed, scans: Finding[]): Finding {
  const targets = [...allowed.targets];
  const names = formatList([...new Set(scans.map((f) => f.id))]);
  const example = store.at(allowed.rows[0]);
  return makeFinding({
    id: 'scanner-answered',
    title: `Scanner ${src} got an answer on ${formatList(targets, 3)}`,
    severity: 'high',
    explanation:
      `${src}, named by the ${names} ${scans.length === 1 ? 'finding' : 'findings'}, also ` +
      `${example?.service ? `got ${count(allowed.total, 'answer')}` : `had ${count(allowed.total, 'connection')} let through`}, on ${formatList(targets, 6)}` +
      `${example?.target ? ` (for example ${example.method ?? ''} ${example.target}${example.status ? ` answered ${example.status}` : ''})`.replace('( ', '(') : ''}.` +
      ' A scan that meets only closed doors is background noise; one that got an answer found something it can come back to.' +
      ' Check what answered there and whether it should face the Internet, then block the address.',
    sources: [src],
    lines: [...linesOf(store, allowed.rows), ...scans.flatMap((f) => f.lines.slice(0, 20))],
    actor: src,
    targets,
    remedy: { block: [src], note: 'Check the service that answered: patch it, or close it to the Internet.' },
  });
}

export function createScannerAnsweredDetector(thresholds: ScannerAnsweredThresholds = SCANNER_ANSWERED_THRESHOLDS): Detector {
  return defineDetector({
    id: 'scanner-answered',
    readsFindings: true,
    start() {
      // Only the rows are kept while the log streams past; they are read back for the few sources
      // that scan findings name.
      const answers: number[] = [];
      return {
        consume(e) {
          if (isAnswer(e)) answers.push(e.row);
        },
        finish({ store, findings }) {
          const scansBy = new Map<number, Finding[]>();
          for (const f of findings) {
            if (!SCAN_FINDING_IDS.has(f.id) || !f.actor) continue;
            const id = store.pool.find(f.actor);
            if (id >= 0) scansBy.set(id, [...(scansBy.get(id) ?? []), f]);
          }
          if (scansBy.size === 0) return [];
          const bySource = new Map<number, Allowed>();
          for (const row of answers) {
            const id = store.srcIdAt(row);
            if (!scansBy.has(id)) continue;
            let a = bySource.get(id);
            if (!a) bySource.set(id, (a = { rows: [], total: 0, targets: new Set() }));
            a.total++;
            // Evidence is capped anyway; a busy allowed source need not keep every row.
            if (a.rows.length < MAX_EVIDENCE_LINES) a.rows.push(row);
            a.targets.add(answeredOn(store.at(row) as LogEvent));
          }
          const out: Finding[] = [];
          for (const [id, scans] of scansBy) {
            const allowed = bySource.get(id);
            if (allowed && allowed.total >= thresholds.minAllowed) out.push(toFinding(store, store.pool.get(id), allowed, scans));
          }
          return out;
        },
      };
    },
  });
}

export const scannerAnsweredDetector: Detector = createScannerAnsweredDetector();
