// @vitest-environment happy-dom
// Range bookkeeping: one range per token (across Text nodes), registered in exactly one highlight,
// and dropped when the text changes or leaves the page.
import { afterEach, describe, expect, it } from 'vitest';
import { REGISTER_EVERYTHING, SegmentStore, type HighlightSink, type RangeFactory } from '../../../entrypoints/content/scan/segment-store';
import type { HighlightName } from '../../../entrypoints/content/paint/highlight-names';

interface FakeRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

function fakeSink() {
  const sets = new Map<HighlightName, Set<AbstractRange>>();
  const sink: HighlightSink = {
    add: (name, range) => void (sets.get(name) ?? sets.set(name, new Set()).get(name)!).add(range),
    delete: (name, range) => void sets.get(name)?.delete(range),
  };
  const count = () => [...sets.values()].reduce((n, s) => n + s.size, 0);
  return { sink, sets, count };
}

const fakeRange: RangeFactory = (startContainer, startOffset, endContainer, endOffset) =>
  ({ startContainer, startOffset, endContainer, endOffset }) as unknown as AbstractRange;

const text = (s: string) => document.createTextNode(s);
const textOf = (r: AbstractRange) => {
  const f = r as unknown as FakeRange;
  if (f.startContainer === f.endContainer) return f.startContainer.data.slice(f.startOffset, f.endOffset);
  return f.startContainer.data.slice(f.startOffset) + f.endContainer.data.slice(0, f.endOffset);
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SegmentStore', () => {
  it('maps a token across two Text nodes to ONE range and registers it under its highlight', () => {
    const { sink, sets } = fakeSink();
    const store = new SegmentStore(sink, REGISTER_EVERYTHING, fakeRange);
    const a = text('from 203.0.113.45:');
    const b = text('22 ok');
    const seg = store.create(document.body, [a, b], a.data + b.data);
    const entry = store.addEntry(seg, 5, 20, 'portlens-risk-high', 22, 'destination');
    expect(textOf(entry.range!)).toBe('203.0.113.45:22');
    const r = entry.range as unknown as FakeRange;
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([a, 5, b, 2]);
    expect(sets.get('portlens-risk-high')?.size).toBe(1);
    expect(store.segmentOf(b)).toBe(seg);
  });

  it('keeps an end at a node boundary in the earlier node and a start in the later one', () => {
    const store = new SegmentStore(fakeSink().sink, REGISTER_EVERYTHING, fakeRange);
    const a = text('10.0.0.1');
    const b = text(' 10.0.0.2');
    const seg = store.create(document.body, [a, b], a.data + b.data);
    const first = store.addEntry(seg, 0, 8, 'portlens-ip', -1).range as unknown as FakeRange;
    expect([first.endContainer, first.endOffset]).toEqual([a, 8]);
    const second = store.addEntry(seg, 9, 17, 'portlens-ip', -1).range as unknown as FakeRange;
    expect([second.startContainer, second.startOffset]).toEqual([b, 1]);
  });

  it('finds the entry at an offset, even after out-of-order scanning', () => {
    const store = new SegmentStore(fakeSink().sink, REGISTER_EVERYTHING, fakeRange);
    const t = text('a 1.1.1.1 b 2.2.2.2 c 3.3.3.3');
    const seg = store.create(document.body, [t], t.data);
    store.addEntry(seg, 22, 29, 'portlens-ip', -1);
    store.addEntry(seg, 2, 9, 'portlens-ip', -1);
    store.addEntry(seg, 12, 19, 'portlens-ip', -1);
    expect(store.entryAt(seg, 14)?.start).toBe(12);
    expect(store.entryAt(seg, 28)?.start).toBe(22);
    expect(store.entryAt(seg, 10)).toBeUndefined();
  });

  it('drops every range of a segment when one of its nodes gets a new segment or is dropped', () => {
    const { sink, count } = fakeSink();
    const store = new SegmentStore(sink, REGISTER_EVERYTHING, fakeRange);
    const t = text('1.1.1.1 2.2.2.2');
    const seg = store.create(document.body, [t], t.data);
    store.addEntry(seg, 0, 7, 'portlens-ip', -1);
    store.addEntry(seg, 8, 15, 'portlens-ip', -1);
    expect([count(), store.size, store.registered]).toEqual([2, 2, 2]);
    const again = store.create(document.body, [t], t.data);
    expect(seg.dropped).toBe(true);
    expect(count()).toBe(0);
    store.addEntry(again, 0, 7, 'portlens-ip', -1);
    store.dropNode(t);
    expect([count(), store.size, store.live.size]).toEqual([0, 0, 0]);
  });

  it('extends a grown segment, keeping the entries before the cut', () => {
    const { sink, count } = fakeSink();
    const store = new SegmentStore(sink, REGISTER_EVERYTHING, fakeRange);
    const t = text('SRC=1.1.1.1\nSRC=2.2.2.2');
    const seg = store.create(document.body, [t], t.data);
    store.addEntry(seg, 4, 11, 'portlens-ip', -1);
    store.addEntry(seg, 16, 23, 'portlens-ip', -1);
    const added = text('\nSRC=3.3.3.3');
    store.extend(seg, [t, added], t.data + added.data, 12);
    expect(seg.entries.map((e) => e.start)).toEqual([4]);
    expect(count()).toBe(1);
    expect(store.segmentOf(added)).toBe(seg);
    expect(seg.starts).toEqual([0, t.data.length]);
  });

  it('moves a renamed entry to its new highlight; unregistered entries keep no range', () => {
    const { sink, sets } = fakeSink();
    const store = new SegmentStore(sink, { ...REGISTER_EVERYTHING, accepts: (_seg, entry) => entry.start === 0 }, fakeRange);
    const t = text('3389 8080');
    const seg = store.create(document.body, [t], t.data);
    const shown = store.addEntry(seg, 0, 4, 'portlens-port', 3389);
    const hidden = store.addEntry(seg, 5, 9, 'portlens-port', 8080);
    store.rename(shown, 'portlens-risk-high');
    store.rename(hidden, 'portlens-risk-medium');
    expect(sets.get('portlens-port')?.size).toBe(0);
    expect(sets.get('portlens-risk-high')?.size).toBe(1);
    expect(sets.get('portlens-risk-medium')?.size ?? 0).toBe(0);
    expect(hidden.range).toBeUndefined();
    store.register(seg, hidden);
    expect(sets.get('portlens-risk-medium')?.size).toBe(1);
    expect(store.registered).toBe(2);
  });

  it('sweeps segments whose nodes left the page without a mutation record', () => {
    const { sink, count } = fakeSink();
    const store = new SegmentStore(sink, REGISTER_EVERYTHING, fakeRange);
    const p = document.createElement('p');
    p.textContent = '10.0.0.1';
    document.body.append(p);
    const seg = store.create(p, [p.firstChild as Text], '10.0.0.1');
    store.addEntry(seg, 0, 8, 'portlens-ip', -1);
    store.sweepTask()(() => false);
    const before = store.live.size;
    p.remove();
    store.sweepTask()(() => false);
    expect(store.live.size).toBe(before - 1);
    expect(count()).toBe(0);
  });
});
