// @vitest-environment happy-dom
// When the page card opens: only for genuine pointer events resting on a token; a page that
// fakes pointer moves or Esc presses gets nothing. The card itself is a frame host stand-in here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../../entrypoints/content/card/card-controller';
import { DEFAULT_HOVER_DELAY_MS } from '../../../components/options/page-settings';
import type { CardFrameHost } from '../../../entrypoints/content/card/card-frame-host';
import type { HoverTarget } from '../../../entrypoints/content/card/page-hit-test';

afterEach(() => vi.useRealTimers());

function setup() {
  const target: HoverTarget = {
    token: { start: 0, end: 2, kind: 'port', text: '22', port: 22 },
    anchor: { left: 10, top: 10, right: 30, bottom: 24, width: 20, height: 14, x: 10, y: 10 } as DOMRect,
    owner: {},
    inLog: true,
    logText: () => 'SRC=1.2.3.4 DPT=22\nSRC=1.2.3.5 DPT=22',
    lineText: () => 'SRC=1.2.3.4 DPT=22',
  };
  const hitTest = vi.fn(() => target);
  const open = vi.fn(async () => 'f'.repeat(32));
  const frame = { element: undefined, show: vi.fn(), hide: vi.fn(), follow: vi.fn(), dispose: vi.fn() } as unknown as CardFrameHost;
  const card = new CardController(document, { hitTest, open }, frame);
  card.start();
  return { card, hitTest, open, frame };
}

/** A pointer move as the browser makes it (isTrusted) or as a page script makes it. */
function move(x: number, y: number, trusted: boolean): void {
  const e = new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  window.dispatchEvent(e);
}

describe('CardController', () => {
  it('ignores pointer moves a script made up', async () => {
    vi.useFakeTimers();
    const { hitTest, open, card } = setup();
    move(20, 15, false);
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS * 4);
    expect(hitTest).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    card.stop();
  });

  it('opens a session for the token the pointer rests on, with its line, and answers only that session', async () => {
    vi.useFakeTimers();
    const { open, frame, card } = setup();
    move(20, 15, true);
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS + 10);
    expect(open).toHaveBeenCalledWith({ token: { kind: 'port', text: '22', port: 22 }, canAnalyse: true, line: 'SRC=1.2.3.4 DPT=22' });
    expect(frame.show).toHaveBeenCalledWith('f'.repeat(32), expect.objectContaining({ left: 10 }), false);
    expect(card.logTextOf('f'.repeat(32))).toContain('1.2.3.5');
    expect(card.logTextOf('0'.repeat(32))).toBeNull();
    // A faked Esc does not close it; a real one does.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(frame.hide).not.toHaveBeenCalled();
    const esc = new KeyboardEvent('keydown', { key: 'Escape' });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    window.dispatchEvent(esc);
    expect(frame.hide).toHaveBeenCalled();
    expect(card.logTextOf('f'.repeat(32))).toBeNull();
    card.stop();
  });

  it('waits the hover delay the settings give', async () => {
    vi.useFakeTimers();
    const { open, card } = setup();
    card.setRestMs(1000);
    move(20, 15, true);
    await vi.advanceTimersByTimeAsync(DEFAULT_HOVER_DELAY_MS + 10);
    expect(open).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).toHaveBeenCalledTimes(1);
    card.stop();
  });

  it('opens the next token pinned and focused on a genuine Alt+Shift+K, and Esc gives focus back', async () => {
    const host = document.createElement('portlens-card');
    host.tabIndex = -1;
    const button = document.createElement('button');
    document.body.append(button, host);
    const target = setup();
    const { open, frame, card } = target;
    (frame as unknown as { element: HTMLElement }).element = host;
    const keyboardTarget = vi.fn(() => (target.hitTest as () => HoverTarget)());
    (card as unknown as { services: { keyboardTarget: typeof keyboardTarget } }).services.keyboardTarget = keyboardTarget;
    const shortcut = (trusted: boolean) => {
      const e = new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
      if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
      window.dispatchEvent(e);
    };
    button.focus();
    shortcut(false);
    expect(keyboardTarget).not.toHaveBeenCalled();
    shortcut(true);
    await vi.waitFor(() => expect(frame.show).toHaveBeenCalledWith('f'.repeat(32), expect.objectContaining({ left: 10 }), true));
    expect(open).toHaveBeenCalledTimes(1);
    host.focus(); // the frame host takes focus as the real frame does
    const esc = new KeyboardEvent('keydown', { key: 'Escape' });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    window.dispatchEvent(esc);
    expect(frame.hide).toHaveBeenCalled();
    expect(document.activeElement).toBe(button);
    card.stop();
    button.remove();
    host.remove();
  });
});
