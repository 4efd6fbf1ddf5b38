// Decides when the page card shows: the pointer rests on a token (genuine pointer events only:
// a page that fakes them opens nothing), the card stays while the pointer travels to it, a scroll
// re-checks, Esc closes, a pinned card stays. From the keyboard, CARD_SHORTCUT opens the next
// highlighted token's card pinned with focus in it; closing it gives focus back. Opening a card asks the background for a session;
// the card frame reads it from there. Page events are only listened to, never stopped.
import { pointInRect } from '../../../components/hover-card/card-placement';
import type { CardFrameEvent } from '../../../messaging/card-frame';
import type { CardOpening } from '../../../messaging/protocol';
import { DEFAULT_HOVER_DELAY_MS } from '../../../components/options/page-settings';
import { CardFrameHost } from './card-frame-host';
import { isCardShortcut } from './keyboard-target';
import type { HoverTarget } from './page-hit-test';

const HIDE_MS = 350;

export interface CardServices {
  hitTest(x: number, y: number): HoverTarget | null;
  /** Opens a card session for the token (background), resolving to its id. */
  open(opening: CardOpening): Promise<string>;
  /** The token the keyboard shortcut opens next, if any. */
  keyboardTarget?(): HoverTarget | null;
}

interface Shown {
  target: HoverTarget;
  pinned: boolean;
  /** The pointer is over the card frame (the page gets no events then). */
  inside: boolean;
  /** Opened from the keyboard: where focus goes back when it closes. */
  returnFocus?: HTMLElement | null;
}

export class CardController {
  private readonly frame: CardFrameHost;
  private shown: Shown | undefined;
  /** The background's id for the card shown now. */
  private session = '';
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private hiding = false;
  private x = -1;
  private y = -1;
  private openId = 0;
  /** How long the pointer rests on a token before its card opens (the hover delay setting). */
  private restMs = DEFAULT_HOVER_DELAY_MS;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  constructor(
    private readonly doc: Document,
    private readonly services: CardServices,
    frame?: CardFrameHost,
  ) {
    this.frame = frame ?? new CardFrameHost(doc, (e) => this.onGesture(e));
  }

  /** The log around the token of the card `session`, when that card is the one shown. */
  logTextOf(session: string): string | null {
    return this.shown && session && session === this.session ? this.shown.target.logText() : null;
  }

  /** `earlier`: genuine events the page saw before this controller was loaded, handled now in order. */
  start(earlier: readonly Event[] = []): void {
    const win = this.doc.defaultView!;
    this.listen(win, 'mousemove', (e) => this.onMove(e as MouseEvent));
    this.listen(win, 'keydown', (e) => {
      const key = e as KeyboardEvent;
      if (key.key === 'Escape') this.close();
      else if (isCardShortcut(key)) this.openFromKeyboard();
    });
    // A scroll may move the token away from the pointer (or a live log may scroll under it):
    // check again once the page rests, and close only if the pointer is off the token by then.
    this.listen(win, 'scroll', () => {
      if (!this.shown || this.shown.pinned) return;
      this.scheduleHide();
      this.restLater();
    });
    this.listen(this.doc, 'mouseout', (e) => !(e as MouseEvent).relatedTarget && this.scheduleHide());
    for (const e of earlier) for (const [, type, fn] of this.listeners) if (type === e.type) fn(e);
  }

  stop(): void {
    for (const [target, type, fn, options] of this.listeners) target.removeEventListener(type, fn, options);
    this.listeners.length = 0;
    clearTimeout(this.restTimer);
    this.cancelHide();
    this.frame.dispose();
  }

  setRestMs(ms: number): void {
    this.restMs = ms;
  }

  /** Every listener ignores events a script made up (isTrusted false). */
  private listen(target: EventTarget, type: string, fn: EventListener): void {
    const options = { capture: true, passive: true };
    const genuine: EventListener = (e) => e.isTrusted && fn(e);
    target.addEventListener(type, genuine, options);
    this.listeners.push([target, type, genuine, options]);
  }

  private restLater(): void {
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.onRest(), this.restMs);
  }

  private onMove(e: MouseEvent): void {
    this.x = e.clientX;
    this.y = e.clientY;
    if (this.frame.element && e.target === this.frame.element) {
      this.cancelHide(); // the pointer is on the card's edge
      clearTimeout(this.restTimer);
      return;
    }
    // The page sees the pointer: it is not over the card frame (whatever the frame last said).
    if (this.shown) this.shown.inside = false;
    if (e.buttons) return; // selecting text
    this.restLater();
    const shown = this.shown;
    if (shown && !shown.pinned && !pointInRect(this.x, this.y, shown.target.anchor, 4)) this.scheduleHide();
  }

  private onRest(): void {
    const shown = this.shown;
    if (shown?.pinned || shown?.inside) return;
    if (this.frame.element && this.doc.elementFromPoint(this.x, this.y) === this.frame.element) {
      this.cancelHide();
      return;
    }
    const target = this.services.hitTest(this.x, this.y);
    const current = shown?.target;
    if (target && current && target.owner === current.owner && target.token.start === current.token.start) {
      this.cancelHide();
      const moved = Math.abs(target.anchor.top - current.anchor.top) + Math.abs(target.anchor.left - current.anchor.left) > 2;
      shown!.target = target;
      if (moved) this.frame.follow(target.anchor);
      return;
    }
    if (target) this.show(target);
    else if (shown) this.scheduleHide();
  }

  private onGesture(event: CardFrameEvent): void {
    const shown = this.shown;
    if (!shown) return;
    if (event.kind === 'close') this.close();
    else if (event.kind === 'pin') shown.pinned = event.pinned;
    else if (event.kind === 'pointer') {
      shown.inside = event.inside;
      if (event.inside) this.cancelHide();
      else this.scheduleHide();
    }
  }

  /** Closes the card HIDE_MS after the pointer left it (a hide already counting down is kept). */
  private scheduleHide(): void {
    if (!this.shown || this.shown.pinned || this.shown.inside || this.hiding) return;
    this.hiding = true;
    this.hideTimer = setTimeout(() => this.close(), HIDE_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hiding = false;
  }

  private close(): void {
    this.cancelHide();
    const shown = this.shown;
    if (!shown) return;
    this.shown = undefined;
    this.openId++;
    const hadFocus = this.frame.element !== undefined && this.doc.activeElement === this.frame.element;
    this.frame.hide();
    if (shown.returnFocus === undefined || !hadFocus) return;
    if (shown.returnFocus?.isConnected) shown.returnFocus.focus();
    else (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  private openFromKeyboard(): void {
    const target = this.services.keyboardTarget?.();
    if (!target) return;
    const active = this.doc.activeElement as HTMLElement | null;
    const returnFocus = active && active !== this.frame.element && active !== this.doc.body ? active : null;
    this.show(target, returnFocus);
  }

  /** `returnFocus` (given for a keyboard opening, null for "the page itself") pins the card and focuses it. */
  private show(target: HoverTarget, returnFocus?: HTMLElement | null): void {
    this.cancelHide();
    const id = ++this.openId;
    const keyboard = returnFocus !== undefined;
    this.shown = { target, pinned: keyboard, inside: false, returnFocus };
    const { start: _start, end: _end, ...token } = target.token;
    const opening: CardOpening = { token, canAnalyse: target.inLog };
    const line = target.lineText();
    if (line) opening.line = line;
    this.services.open(opening).then(
      (session) => {
        if (id !== this.openId || !this.shown) return;
        this.session = session;
        this.frame.show(session, this.shown.target.anchor, keyboard);
      },
      (e: unknown) => console.debug('PortLens: no card for this token', e),
    );
  }
}
