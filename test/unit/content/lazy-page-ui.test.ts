// @vitest-environment happy-dom
// The hover card and the textarea marks load on demand (page-ui.js). Until then nothing a page
// script fakes loads them, the first genuine pointer move or key press does (and is not lost),
// and only readonly textareas ask for the marks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../../entrypoints/content/card/card-controller';
import type { CardFrameHost } from '../../../entrypoints/content/card/card-frame-host';
import type { HoverTarget } from '../../../entrypoints/content/card/page-hit-test';
import { LazyCard } from '../../../entrypoints/content/page-ui/lazy-card';
import { LazyTextareas } from '../../../entrypoints/content/page-ui/lazy-textareas';
import { HIGHLIGHT_NAMES } from '../../../entrypoints/content/paint/highlight-names';
import type { TextareaOverlays } from '../../../entrypoints/content/textarea/textarea-overlays';
import { DEFAULT_HOVER_DELAY_MS } from '../../../components/options/page-settings';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function genuine<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

const move = (x: number, y: number) => new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true });

/** A real CardController over a stand-in frame, handed over after `release()` (the import). */
function lazyCard() {
  const target: HoverTarget = {
    token: { start: 0, end: 2, kind: 'port', text: '22', port: 22 },
    anchor: { left: 10, top: 10, right: 30, bottom: 24, width: 20, height: 14, x: 10, y: 10 } as DOMRect,
    owner: {},
    inLog: false,
    logText: () => null,
    lineText: () => null,
  };
  const hitTest = vi.fn((x: number, y: number) => (x >= 10 && x <= 30 && y >= 10 && y <= 24 ? target : null));
  const open = vi.fn(async () => 'f'.repeat(32));
  const frame = { element: undefined, show: vi.fn(), hide: vi.fn(), follow: vi.fn(), dispose: vi.fn() } as unknown as CardFrameHost;
  let release!: () => void;
  const imported = new Promise<void>((resolve) => (release = resolve));
  const load = vi.fn(async () => {
    await imported;
    return new CardController(document, { hitTest, open }, frame);
  });
  const card = new LazyCard(window, load);
  card.start();
  return { card, load, hitTest, open, frame, release };
}

describe('LazyCard', () => {
  it('loads nothing for events a page script made up', async () => {
    const { card, load } = lazyCard();
    window.dispatchEvent(move(20, 15));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
    expect(load).not.toHaveBeenCalled();
    card.stop();
  });

  it('loads once on the first genuine move and opens the card where the pointer came to rest while it loaded', async () => {
    vi.useFakeTimers();
    const { card, load, open, frame, hitTest, release } = lazyCard();
    card.setRestMs(400);
    window.dispatchEvent(genuine(move(200, 200)));
    window.dispatchEvent(genuine(move(20, 15)));
    expect(load).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS + 10);
    expect(open).not.toHaveBeenCalled(); // the hover delay set before loading holds
    await vi.advanceTimersByTimeAsync(400);
    expect(hitTest).toHaveBeenCalledWith(20, 15);
    expect(open).toHaveBeenCalledTimes(1);
    expect(frame.show).toHaveBeenCalledWith('f'.repeat(32), expect.objectContaining({ left: 10 }), false);
    window.dispatchEvent(genuine(move(25, 15)));
    expect(load).toHaveBeenCalledTimes(1);
    card.stop();
    expect(frame.dispose).toHaveBeenCalled();
  });

  it('starts nothing when the annotator stopped while the card was loading', async () => {
    vi.useFakeTimers();
    const { card, open, frame, release } = lazyCard();
    window.dispatchEvent(genuine(move(20, 15)));
    card.stop();
    release();
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS * 4);
    expect(open).not.toHaveBeenCalled();
    expect(frame.show).not.toHaveBeenCalled();
  });

  it('tries again on the next genuine event when loading failed', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('blocked')).mockResolvedValue({ start: vi.fn(), stop: vi.fn(), setRestMs: vi.fn(), logTextOf: () => 'log' });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const card = new LazyCard(window, load);
    card.start();
    window.dispatchEvent(genuine(move(1, 1)));
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    window.dispatchEvent(genuine(move(2, 2)));
    await vi.waitFor(() => expect(card.logTextOf('s')).toBe('log'));
    expect(load).toHaveBeenCalledTimes(2);
    card.stop();
    debug.mockRestore();
  });
});

describe('CardController.start', () => {
  it('handles the genuine events seen before it was loaded, and ignores made-up ones', async () => {
    vi.useFakeTimers();
    const hitTest = vi.fn(() => null);
    const frame = { element: undefined, show: vi.fn(), hide: vi.fn(), follow: vi.fn(), dispose: vi.fn() } as unknown as CardFrameHost;
    const card = new CardController(document, { hitTest, open: vi.fn() }, frame);
    card.start([move(5, 5), genuine(move(20, 15))]);
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS + 10);
    expect(hitTest).toHaveBeenCalledTimes(1);
    expect(hitTest).toHaveBeenCalledWith(20, 15);
    card.stop();
  });
});

function fakeOverlays() {
  return { track: vi.fn(), untrack: vi.fn(), schedule: vi.fn(), setColours: vi.fn(), hitTest: vi.fn(() => null), dispose: vi.fn(), count: 1, markCount: 3 };
}

function textarea(readOnly: boolean): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  ta.readOnly = readOnly;
  ta.value = 'DPT=22';
  document.body.append(ta);
  return ta;
}

describe('LazyTextareas', () => {
  it('loads the marks only for a readonly or disabled textarea, once, and follows the ones seen meanwhile', async () => {
    const overlays = fakeOverlays();
    const load = vi.fn(async () => overlays as unknown as TextareaOverlays);
    const loaded = vi.fn();
    const lazy = new LazyTextareas(load, loaded);
    lazy.track(textarea(false));
    expect(load).not.toHaveBeenCalled();
    const visible = new Set(HIGHLIGHT_NAMES.slice(0, 2));
    lazy.setColours('colour-blind', visible);
    const first = textarea(true);
    const removed = textarea(true);
    const disabled = textarea(false);
    disabled.disabled = true;
    lazy.track(first);
    lazy.track(removed);
    lazy.track(disabled);
    removed.remove();
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.count).toBe(0);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    expect(overlays.setColours).toHaveBeenCalledWith('colour-blind', visible);
    expect(overlays.track.mock.calls.map(([ta]) => ta)).toEqual([first, disabled]);
    expect([lazy.count, lazy.markCount]).toEqual([1, 3]);
    lazy.track(textarea(true));
    expect(overlays.track).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenCalledTimes(1);
    lazy.dispose();
    expect(overlays.dispose).toHaveBeenCalled();
  });

  it('keeps nothing of a page that went away while the marks loaded', async () => {
    const overlays = fakeOverlays();
    const lazy = new LazyTextareas(async () => overlays as unknown as TextareaOverlays, vi.fn());
    lazy.track(textarea(true));
    lazy.dispose();
    await new Promise((r) => setTimeout(r, 0));
    expect(overlays.track).not.toHaveBeenCalled();
    expect(lazy.hitTest(textarea(true), 0, 0)).toBeNull();
  });
});
