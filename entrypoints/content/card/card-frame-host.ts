// The page card's place in the page: an extension page (card.html) in an <iframe>, inside a
// closed shadow root of a <portlens-card> element appended to <html>. The page can neither read the
// frame (another origin) nor find it (closed root), so the card's notes stay out of its reach.
// Which token to show travels in the frame URL's fragment as a session id; the frame reports
// its size and the person's pin/close/drag gestures back by postMessage, believed only when they
// come from this frame's own window.
import { browser } from 'wxt/browser';
import { placeCard, type Rect } from '../../../components/hover-card/card-placement';
import { readCardFrameMessage, type CardFrameEvent } from '../../../messaging/card-frame';
import { ensureAttached } from '../paint/shadow-host';

const CARD_WIDTH = 360;
/** Height until the frame reports its own (a loading card). */
const FIRST_HEIGHT = 120;

const HOST_STYLE = 'all:initial !important;position:absolute !important;left:0 !important;top:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;display:block !important;pointer-events:none !important';
const FRAME_STYLE = `position:fixed;border:0;margin:0;padding:0;width:${CARD_WIDTH}px;height:${FIRST_HEIGHT}px;border-radius:10px;box-shadow:0 6px 24px #0004;background:transparent;pointer-events:auto;color-scheme:normal;visibility:hidden;max-width:calc(100vw - 16px)`;

export class CardFrameHost {
  private host: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;
  private size = { width: CARD_WIDTH, height: FIRST_HEIGHT };
  private anchor: Rect | undefined;
  private moved: { left: number; top: number } | undefined;
  private dragFrom: { x: number; y: number; left: number; top: number } | undefined;
  private readonly onMessage = (e: MessageEvent) => {
    if (!this.frame || e.source !== this.frame.contentWindow) return;
    const event = readCardFrameMessage(e.data);
    if (event) this.handle(event);
  };

  constructor(
    private readonly doc: Document,
    /** Gestures made inside the card (pin, close, pointer in/out). */
    private readonly onGesture: (event: CardFrameEvent) => void,
    private readonly pageUrl: (path: '/card.html') => string = (path) => browser.runtime.getURL(path),
  ) {}

  /** The element that stands for the card in page events (the shadow host). */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  get visible(): boolean {
    return !!this.frame && this.frame.style.visibility === 'visible';
  }

  /**
   * Shows the card of `session` next to `anchor` (the frame is made on first use). A card opened
   * from the keyboard starts pinned with focus inside it (`k=1` tells the card page so).
   */
  show(session: string, anchor: Rect, keyboard = false): void {
    const frame = this.ensureFrame();
    this.anchor = anchor;
    this.moved = undefined;
    const url = `${this.pageUrl('/card.html')}#s=${session}${keyboard ? '&k=1' : ''}`;
    if (frame.src !== url) frame.src = url;
    frame.style.visibility = 'visible';
    this.place();
    if (keyboard) frame.focus();
  }

  /** Follows the token when the page moved it. */
  follow(anchor: Rect): void {
    this.anchor = anchor;
    this.place();
  }

  /** Hides the card; its frame drops the session so nothing of it stays drawn. */
  hide(): void {
    if (!this.frame) return;
    this.frame.style.visibility = 'hidden';
    this.frame.src = `${this.pageUrl('/card.html')}#`;
    this.dragFrom = undefined;
  }

  dispose(): void {
    this.doc.defaultView?.removeEventListener('message', this.onMessage, true);
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
  }

  private ensureFrame(): HTMLIFrameElement {
    if (!this.host || !this.frame) {
      const host = this.doc.createElement('portlens-card');
      host.setAttribute('style', HOST_STYLE);
      const root = host.attachShadow({ mode: 'closed' });
      const frame = this.doc.createElement('iframe');
      frame.setAttribute('style', FRAME_STYLE);
      frame.setAttribute('allow', 'clipboard-write');
      frame.setAttribute('title', 'PortLens');
      root.append(frame);
      this.host = host;
      this.frame = frame;
      this.doc.defaultView?.addEventListener('message', this.onMessage, true);
    }
    ensureAttached(this.doc, this.host);
    return this.frame;
  }

  private handle(event: CardFrameEvent): void {
    if (event.kind === 'size') {
      this.size = { width: Math.min(Math.max(event.width, 200), 600), height: Math.min(Math.max(event.height, 40), 2000) };
      this.place();
    } else if (event.kind === 'drag') {
      this.drag(event);
    } else {
      this.onGesture(event);
    }
  }

  private drag(e: Extract<CardFrameEvent, { kind: 'drag' }>): void {
    const frame = this.frame;
    if (!frame) return;
    if (e.phase === 'start') {
      const r = frame.getBoundingClientRect();
      this.dragFrom = { x: e.screenX, y: e.screenY, left: r.left, top: r.top };
      return;
    }
    const from = this.dragFrom;
    if (!from) return;
    const win = this.doc.defaultView!;
    this.moved = {
      left: Math.max(0, Math.min(from.left + e.screenX - from.x, win.innerWidth - 40)),
      top: Math.max(0, Math.min(from.top + e.screenY - from.y, win.innerHeight - 30)),
    };
    if (e.phase === 'end') this.dragFrom = undefined;
    this.place();
  }

  private place(): void {
    const frame = this.frame;
    const win = this.doc.defaultView;
    if (!frame || !win || !this.anchor) return;
    if (this.moved) {
      frame.style.left = `${this.moved.left}px`;
      frame.style.top = `${this.moved.top}px`;
      frame.style.height = `${Math.min(this.size.height, win.innerHeight - this.moved.top)}px`;
      return;
    }
    const p = placeCard(this.anchor, this.size, { width: win.innerWidth, height: win.innerHeight });
    frame.style.left = `${p.left}px`;
    frame.style.top = `${p.top}px`;
    frame.style.height = `${p.maxHeight ?? this.size.height}px`;
  }
}
