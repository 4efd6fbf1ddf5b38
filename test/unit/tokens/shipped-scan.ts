// Test-only: runs the content script's own scanning code over a (happy-dom) document: the
// document walk (DocumentScan, SegmentWalker), the segment store and scanner (text context,
// detectTokens in chunks) and the form-field reader, with a synchronous scheduler and no
// highlights. What it returns is what the content script knows about the page: every segment
// with the tokens it stored there (packet fields only with `packetFields`, as with the Highlighting
// setting), and every form field's tokens.
import type { Token, TokenContext } from '../../../knowledge/tokens';
import { PortRiskBook } from '../../../entrypoints/content/paint/port-risk-book';
import { ChunkScheduler, type SchedulerHost } from '../../../entrypoints/content/scan/chunk-scheduler';
import { DocumentScan } from '../../../entrypoints/content/scan/document-scan';
import { fieldTexts, fieldTokens, type FormField } from '../../../entrypoints/content/scan/form-fields';
import { SegmentScanner } from '../../../entrypoints/content/scan/segment-scanner';
import { REGISTER_EVERYTHING, SegmentStore, type RangeFactory } from '../../../entrypoints/content/scan/segment-store';
import { contextOfBlock, contextOfField } from '../../../entrypoints/content/scan/text-context';

export type Bucket = 'text' | 'textarea' | 'input-value' | 'option';

export interface ScannedSegment {
  text: string;
  bucket: Bucket;
  context: TokenContext;
  tokens: Token[];
}

const noRange: RangeFactory = () => ({}) as AbstractRange;

function bucketOf(field: FormField): Bucket {
  return field.tagName === 'TEXTAREA' ? 'textarea' : field.tagName === 'SELECT' ? 'option' : 'input-value';
}

export async function scanWithShippedCode(doc: Document, packetFields = false): Promise<ScannedSegment[]> {
  const queue: (() => void)[] = [];
  const host: SchedulerHost = {
    now: () => performance.now(),
    soon: (run) => void queue.push(run),
    idle: (run) => void queue.push(() => run({ timeRemaining: () => 50, didTimeout: false })),
    later: (run) => void queue.push(run),
  };
  const scheduler = new ChunkScheduler(host);
  const store = new SegmentStore({ add: () => undefined, delete: () => undefined }, REGISTER_EVERYTHING, noRange);
  const risks = new PortRiskBook(async (q) => q.map(() => 'info' as const), () => undefined);
  const scanner = new SegmentScanner(store, scheduler, risks);
  scanner.setPacketFields(packetFields);
  const fields: FormField[] = [];
  const scan = new DocumentScan(scanner, scheduler, { field: (f) => fields.push(f), shadowRoot: () => undefined });
  scan.walk(doc.documentElement, false);
  for (let guard = 0; queue.length && guard < 1_000_000; guard++) queue.shift()!();
  risks.dispose();

  const out: ScannedSegment[] = [];
  for (const seg of store.live) {
    const tokens = store.sortedEntries(seg).map((e) => scanner.tokenOf(seg, e)).filter((t): t is Token => !!t);
    out.push({ text: seg.text, bucket: 'text', context: (seg.context ?? contextOfBlock(seg.block, seg.nodes[0])) ?? {}, tokens });
  }
  for (const field of fields) {
    for (const text of fieldTexts(field)) {
      if (text.trim()) out.push({ text, bucket: bucketOf(field), context: contextOfField(field) ?? {}, tokens: fieldTokens(field, text) });
    }
  }
  return out;
}
