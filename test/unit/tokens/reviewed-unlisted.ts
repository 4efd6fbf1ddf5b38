// Test-only: genuine tokens a fixture shows but its sidecar does not list, per fixture. Shared by
// the golden test (happy-dom) and the end-to-end fixture test (real browsers).
import type { Token } from '../../../knowledge/tokens';
import type { Bucket } from './shipped-scan';

/** What an oracle sees of a segment: its text, where it was read, and its context when known. */
export interface SegmentView {
  text: string;
  bucket: Bucket;
  context: { columnHeader?: string; label?: string };
}

/**
 * Genuine tokens a fixture shows but its sidecar does not list (sidecar counts are lower bounds,
 * and virtualised grids / generated logs render more rows than the sidecar names). Each oracle
 * uses what the fixture itself defines as ground truth (its generator's line format, the column
 * identity it writes on every cell), never the detector. Anything else unlisted is a false positive.
 */
export const REVIEWED_UNLISTED: Record<string, { why: string; accept: (t: Token, seg: SegmentView, ctx: { countsMatch: boolean }) => boolean }> = {
  'asus-connections-portfwd.html': {
    why: 'quick-select <option>s "TELNET (23)", "IPSec VPN (500,4500)", "Warcraft III (6112:6119,4000)"...: the well-known ports of each service (the sidecar lists six of these options)',
    accept: (t, seg) => seg.bucket === 'option' && ['23', '25', '53', '80', '110', '161', '500', '4500', '1194', '1723', '6073', '27000:27015', '1200', '4658', '4659', '6112:6119', '4000', '3724'].includes(t.text),
  },
  'big-log.html': {
    why: 'generated lines: the per-kind totals equal the counts the page publishes in window.__bigLogExpected (asserted below)',
    accept: (_t, _seg, ctx) => ctx.countsMatch,
  },
  'grafana-loki-explore.html': {
    why: 'generated "[UFW BLOCK]/[UFW ALLOW]" lines: SRC=/DST= addresses and SPT=/DPT= ports',
    accept: (t, seg) => /\[UFW (?:BLOCK|ALLOW)\]/.test(seg.text) && /(?:SRC|DST|SPT|DPT)=$/.test(seg.text.slice(t.start - 4, t.start)),
  },
  'kibana-like-virtualized.html': {
    why: 'recycled grid rows: cells whose data-gridcell-column-id (or <dt>) is source.ip / source.port / destination.ip / destination.port',
    accept: (_t, seg) => [seg.context.columnHeader, seg.context.label].some((s) => /(?:^|\s)(?:source|destination)\.(?:ip|port)$/.test(s ?? '')),
  },
  'live-rewrite.html': {
    why: 'rows rewritten in place with generated values: the Source column holds 198.51.100.x addresses and the Src Port column ports (the page\'s own generator)',
    accept: (t, seg) => (t.kind === 'ipv4' && seg.context.columnHeader === 'Source') || (t.kind === 'port' && seg.context.columnHeader === 'Src Port'),
  },
  'opnsense-live-log.html': {
    why: 'virtual-DOM rows generated as "10.0.x.y:port" -> "203.0.113.45:port" in the Source / Destination columns (tabulator-field src/dst)',
    // the content script's header reads "<column title> <tabulator-field>" ("Source src"); the browser test reads the field id
    accept: (t, seg) => t.kind === 'endpoint' && /^(?:Source src|Destination dst|src|dst)$/.test(seg.context.columnHeader ?? ''),
  },
};

