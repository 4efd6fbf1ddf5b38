// @vitest-environment happy-dom
// From segments to highlights: detection with the cell's context, unchanged text left alone,
// appended text scanned from its last line only, ports re-coloured once their risk is known.
import { afterEach, describe, expect, it } from 'vitest';
import { ChunkScheduler, type SchedulerHost } from '../../../entrypoints/content/scan/chunk-scheduler';
import { PortRiskBook } from '../../../entrypoints/content/paint/port-risk-book';
import { SegmentScanner } from '../../../entrypoints/content/scan/segment-scanner';
import { REGISTER_EVERYTHING, SegmentStore, type HighlightSink, type RangeFactory } from '../../../entrypoints/content/scan/segment-store';
import type { HighlightName } from '../../../entrypoints/content/paint/highlight-names';

function setup(ask: (ports: { port: number; role?: string }[]) => Promise<string[]> = async (q) => q.map(() => 'info'), paintPacketFields = false) {
  const queue: (() => void)[] = [];
  const host: SchedulerHost = { now: () => performance.now(), soon: (r) => void queue.push(r), idle: (r) => void queue.push(() => r({ timeRemaining: () => 50, didTimeout: false })), later: (r) => void queue.push(r) };
  const byName = new Map<HighlightName, Set<AbstractRange>>();
  const sink: HighlightSink = {
    add: (n, r) => void (byName.get(n) ?? byName.set(n, new Set()).get(n)!).add(r),
    delete: (n, r) => void byName.get(n)?.delete(r),
  };
  const makeRange: RangeFactory = (sc, so, ec, eo) => ({ sc, so, ec, eo, text: sc === ec ? sc.data.slice(so, eo) : sc.data.slice(so) + ec.data.slice(0, eo) }) as unknown as AbstractRange;
  const store = new SegmentStore(sink, REGISTER_EVERYTHING, makeRange);
  const scheduler = new ChunkScheduler(host);
  let learned = 0;
  const risks = new PortRiskBook(ask as never, () => learned++, 4000, 0);
  const scanner = new SegmentScanner(store, scheduler, risks);
  scanner.setPacketFields(paintPacketFields);
  const drain = async () => {
    for (let i = 0; i < 100 && queue.length; i++) queue.shift()!();
  };
  const texts = (name?: HighlightName) =>
    [...byName].filter(([n]) => !name || n === name).flatMap(([, set]) => [...set].map((r) => (r as unknown as { text: string }).text));
  return { store, scanner, scheduler, drain, texts, learned: () => learned };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SegmentScanner', () => {
  it('highlights tokens, using the column header for bare port numbers', async () => {
    document.body.innerHTML = '<table><tr><th>Dest Port</th><th>Metric</th></tr><tr><td id="p">3389</td><td id="m">10</td></tr></table><pre id="log">SRC=198.51.100.7 DST=203.0.113.45 DPT=22</pre>';
    const { scanner, drain, texts } = setup();
    for (const id of ['p', 'm', 'log']) {
      const el = document.getElementById(id)!;
      scanner.offer(el, [el.firstChild as Text], false);
    }
    await drain();
    expect(texts('portlens-risk-high')).toEqual(['3389']);
    expect(texts('portlens-risk-medium')).toEqual(['22']);
    expect(texts()).toEqual(expect.arrayContaining(['198.51.100.7', '203.0.113.45', '22']));
    expect(texts()).not.toContain('10');
  });

  it('does nothing for unchanged text and rescans only from the last line of grown text', async () => {
    const pre = document.createElement('pre');
    pre.textContent = 'a 10.0.0.1\nb 10.0.0.';
    document.body.append(pre);
    const t = pre.firstChild as Text;
    const { store, scanner, drain, texts } = setup();
    scanner.offer(pre, [t], false);
    await drain();
    const first = store.segmentOf(t)!.entries[0];
    expect(texts()).toEqual(['10.0.0.1']);
    scanner.offer(pre, [t], false);
    expect(store.segmentOf(t)!.entries[0]).toBe(first);
    t.appendData('2\nc 10.0.0.3');
    scanner.textChanged(t, true);
    await drain();
    expect(store.segmentOf(t)!.entries[0]).toBe(first); // the first line was not scanned again
    expect(texts().sort()).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  });

  it('recognises the token under an entry again, with its role and protocol', async () => {
    document.body.innerHTML = '<pre id="log">kernel: SRC=198.51.100.7 SPT=51514 DPT=3389 PROTO=TCP</pre>';
    const log = document.getElementById('log')!;
    const { store, scanner, drain } = setup();
    scanner.offer(log, [log.firstChild as Text], false);
    await drain();
    const seg = store.segmentOf(log.firstChild as Text)!;
    const entry = store.entryAt(seg, seg.text.indexOf('3389'))!;
    expect(scanner.tokenOf(seg, entry)).toMatchObject({ kind: 'port', port: 3389, role: 'destination' });
  });

  it('stores packet fields only while painting them is on, and finds them under the pointer otherwise', async () => {
    const line = 'kernel: [UFW BLOCK] SRC=198.51.100.7 DST=203.0.113.45 LEN=40 TTL=47 ID=54321 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URGP=0';
    for (const paint of [false, true]) {
      document.body.innerHTML = `<pre id="log">${line}</pre>`;
      const log = document.getElementById('log')!;
      const { store, scanner, drain, texts } = setup(undefined, paint);
      scanner.offer(log, [log.firstChild as Text], false);
      await drain();
      const seg = store.segmentOf(log.firstChild as Text)!;
      const at = seg.text.indexOf('TTL=47') + 2;
      const entry = store.entryAt(seg, at);
      expect(entry ? scanner.tokenOf(seg, entry) : undefined).toEqual(paint ? expect.objectContaining({ kind: 'packet-field', field: 'ttl' }) : undefined);
      expect(scanner.packetFieldAt(seg, at)).toMatchObject({ kind: 'packet-field', field: 'ttl', fieldValue: '47', start: at - 2, end: at + 4 });
      expect(scanner.packetFieldAt(seg, seg.text.indexOf('445'))).toBeUndefined();
      expect(texts('portlens-packet').sort()).toEqual(paint ? ['ID=54321', 'SYN', 'TTL=47', 'WINDOW=1024'] : []);
      expect(texts()).toEqual(expect.arrayContaining(['198.51.100.7', '445']));
      expect(store.size).toBe(paint ? 8 : 4);
    }
  });

  it('finds the packet fields of text already scanned when switched on, and forgets them when switched off', async () => {
    const line = 'SRC=198.51.100.7 DST=203.0.113.45 LEN=40 TTL=47 ID=54321 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URGP=0';
    document.body.innerHTML = `<pre id="log">${Array.from({ length: 40 }, () => line).join('\n')}</pre>`;
    const log = document.getElementById('log')!;
    const { store, scanner, drain, texts } = setup();
    scanner.offer(log, [log.firstChild as Text], false);
    await drain();
    expect(store.size).toBe(160);
    scanner.setPacketFields(true);
    await drain();
    expect(texts('portlens-packet')).toHaveLength(160);
    expect(store.size).toBe(320);
    // Off and on again before the forgetting ran: nothing is stored twice.
    scanner.setPacketFields(false);
    scanner.setPacketFields(true);
    await drain();
    expect(store.size).toBe(320);
    scanner.setPacketFields(false);
    await drain();
    expect(texts('portlens-packet')).toEqual([]);
    expect(store.size).toBe(160);
    expect(store.entryAt(store.segmentOf(log.firstChild as Text)!, line.indexOf('445'))).toBeDefined();
  });

  it('switched on while the first scan is still going, finds each packet field once', async () => {
    const line = 'SRC=198.51.100.7 DST=203.0.113.45 LEN=40 TTL=47 ID=54321 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URGP=0';
    document.body.innerHTML = `<pre id="log">${Array.from({ length: 400 }, () => line).join('\n')}</pre>`;
    const log = document.getElementById('log')!;
    const { store, scanner, drain } = setup();
    const seg = scanner.offer(log, [log.firstChild as Text], false)!;
    scanner.promote(seg, [0, 2000], () => false); // the first screen, scanned at once; the rest is pending
    expect(seg.pending.length).toBeGreaterThan(0);
    scanner.setPacketFields(true);
    await drain();
    expect(store.size).toBe(400 * 8);
    const starts = store.sortedEntries(seg).map((e) => e.start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('re-colours ports once the background told their risk', async () => {
    document.body.innerHTML = '<pre id="log">DPT=8444 DPT=31337</pre>';
    const log = document.getElementById('log')!;
    const { scanner, scheduler, drain, texts, learned } = setup(async (q) => q.map(() => 'critical'));
    scanner.offer(log, [log.firstChild as Text], false);
    await drain();
    expect(texts('portlens-port').sort()).toEqual(['31337', '8444']);
    await new Promise((r) => setTimeout(r, 10));
    expect(learned()).toBe(1);
    scheduler.push(scanner.recolourTask(), 'urgent');
    await drain();
    expect(texts('portlens-risk-critical').sort()).toEqual(['31337', '8444']);
  });
});
