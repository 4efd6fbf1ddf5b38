// Shows the hover card when the pointer rests on a token, inside the open shadow root of a
// <portlens-card> element. It waits for the pointer to rest, keeps the card while the pointer
// travels to it (no flicker), stays inside the viewport, closes with Esc, and can be pinned and
// dragged. Page events are only listened to, never stopped.
import { render } from 'preact';
import cardsCss from '../../../components/cards/cards.css?inline';
import { HoverCard, type HoverCardProps, type HoverCardSection } from '../../../components/hover-card/HoverCard';
import hoverCardCss from '../../../components/hover-card/hover-card.css?inline';
import { placeCard, pointInRect } from '../../../components/hover-card/card-placement';
import type { Token } from '../../../knowledge/tokens';
import type { HoverTarget } from './page-hit-test';
import { createShadowHost, ensureAttached, type ShadowHost } from '../paint/shadow-host';

export const REST_MS = 250;
const HIDE_MS = 350;

export interface CardServices {
  hitTest(x: number, y: number): HoverTarget | null;
  load(token: Token): Promise<HoverCardSection[]>;
  kindLabel(token: Token): string;
  copy(text: string, root: ShadowRoot): Promise<boolean>;
  lookup(token: Token): Promise<string>;
  analyse(text: string): Promise<string>;
}

interface Shown {
  target: HoverTarget;
  sections: HoverCardSection[];
  state: HoverCardProps['state'];
  error?: string;
  status?: string;
  pinned: boolean;
  /** Set once the card was dragged: it stays where it was put. */
  moved?: { left: number; top: number };
}

export class HoverCardController {
  private host: ShadowHost | undefined;
  private container: HTMLElement | undefined;
  private shown: Shown | undefined;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private x = -1;
  private y = -1;
  private loadId = 0;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [];

  constructor(
    private readonly doc: Document,
    private readonly services: CardServices,
  ) {}

  start(): void {
    const win = this.doc.defaultView!;
    this.listen(win, 'mousemove', (e) => this.onMove(e as MouseEvent));
    this.listen(win, 'keydown', (e) => (e as KeyboardEvent).key === 'Escape' && this.close());
    // A scroll may move the token away from the pointer (or a live log may scroll under it):
    // check again once the page rests, and close only if the pointer is off the token by then.
    this.listen(win, 'scroll', () => {
      if (!this.shown || this.shown.pinned) return;
      this.scheduleHide();
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.onRest(), REST_MS);
    });
    this.listen(this.doc, 'mouseout', (e) => !(e as MouseEvent).relatedTarget && this.scheduleHide());
  }

  stop(): void {
    for (const [target, type, fn, options] of this.listeners) target.removeEventListener(type, fn, options);
    this.listeners.length = 0;
    clearTimeout(this.restTimer);
    clearTimeout(this.hideTimer);
    this.host?.remove();
    this.host = undefined;
  }

  private listen(target: EventTarget, type: string, fn: EventListener): void {
    const options = { capture: true, passive: true };
    target.addEventListener(type, fn, options);
    this.listeners.push([target, type, fn, options]);
  }

  private onMove(e: MouseEvent): void {
    this.x = e.clientX;
    this.y = e.clientY;
    if (this.host && e.target === this.host.host) {
      clearTimeout(this.hideTimer); // the pointer is on the card
      clearTimeout(this.restTimer);
      return;
    }
    if (e.buttons) return; // selecting text
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.onRest(), REST_MS);
    const shown = this.shown;
    if (shown && !shown.pinned && !pointInRect(this.x, this.y, shown.target.anchor, 4)) this.scheduleHide();
  }

  private onRest(): void {
    if (this.shown?.pinned) return;
    if (this.host && this.doc.elementFromPoint(this.x, this.y) === this.host.host) {
      clearTimeout(this.hideTimer); // the pointer rests on the card itself
      return;
    }
    const target = this.services.hitTest(this.x, this.y);
    const current = this.shown?.target;
    if (target && current && target.owner === current.owner && target.token.start === current.token.start) {
      clearTimeout(this.hideTimer);
      const moved = Math.abs(target.anchor.top - current.anchor.top) + Math.abs(target.anchor.left - current.anchor.left) > 2;
      this.shown!.target = target;
      if (moved) this.position();
      return;
    }
    if (target) this.show(target);
    else if (this.shown) this.scheduleHide();
  }

  private scheduleHide(): void {
    if (!this.shown || this.shown.pinned) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.close(), HIDE_MS);
  }

  private close(): void {
    clearTimeout(this.hideTimer);
    if (!this.shown) return;
    this.shown = undefined;
    if (this.container) render(null, this.container);
  }

  private show(target: HoverTarget): void {
    clearTimeout(this.hideTimer);
    const id = ++this.loadId;
    this.shown = { target, sections: [], state: 'loading', pinned: false };
    this.paint();
    this.services.load(target.token).then(
      (sections) => id === this.loadId && this.shown && this.update({ sections, state: 'ready' }),
      (e: unknown) => id === this.loadId && this.shown && this.update({ state: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
  }

  private update(change: Partial<Shown>): void {
    if (!this.shown) return;
    Object.assign(this.shown, change);
    this.paint();
  }

  private ensureHost(): HTMLElement {
    if (!this.host) {
      this.host = createShadowHost(this.doc, 'portlens-card', `${cardsCss}\n${hoverCardCss}`);
      this.container = this.doc.createElement('div');
      this.host.root.append(this.container);
    }
    ensureAttached(this.doc, this.host.host);
    return this.container!;
  }

  private paint(): void {
    const shown = this.shown;
    if (!shown) return;
    const container = this.ensureHost();
    const { token } = shown.target;
    const logText = shown.target.logText;
    render(
      <HoverCard
        tokenText={token.text}
        kindLabel={this.services.kindLabel(token)}
        role={token.role}
        state={shown.state}
        error={shown.error}
        sections={shown.sections}
        pinned={shown.pinned}
        status={shown.status}
        canAnalyse={shown.target.inLog}
        onCopy={() => void this.services.copy(token.text, this.host!.root).then((ok) => this.update({ status: ok ? 'Copied.' : 'Copy failed.' }))}
        onPin={() => this.update({ pinned: !shown.pinned })}
        onClose={() => this.close()}
        onLookup={() => void this.services.lookup(token).then((status) => this.update({ status }))}
        onAnalyse={() => {
          const text = logText();
          if (text) void this.services.analyse(text).then((status) => this.update({ status }));
          else this.update({ status: 'No log around this token.' });
        }}
        onDragStart={(e) => this.drag(e)}
      />,
      container,
    );
    this.position();
  }

  private position(): void {
    const card = this.container?.firstElementChild as HTMLElement | null;
    const shown = this.shown;
    if (!card || !shown) return;
    const win = this.doc.defaultView!;
    if (shown.moved) {
      card.style.left = `${shown.moved.left}px`;
      card.style.top = `${shown.moved.top}px`;
      return;
    }
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const place = placeCard(shown.target.anchor, { width: size.width, height: size.height }, { width: win.innerWidth, height: win.innerHeight });
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    if (place.maxHeight !== undefined) card.style.maxHeight = `${place.maxHeight}px`;
  }

  /** A pinned card follows the pointer while its header is held. */
  private drag(down: PointerEvent): void {
    const shown = this.shown;
    const card = this.container?.firstElementChild as HTMLElement | null;
    if (!shown?.pinned || !card || (down.target as Element | null)?.closest('button')) return;
    const start = card.getBoundingClientRect();
    const dx = down.clientX - start.left;
    const dy = down.clientY - start.top;
    const win = this.doc.defaultView!;
    const move = (e: PointerEvent) => {
      shown.moved = { left: Math.max(0, Math.min(e.clientX - dx, win.innerWidth - 40)), top: Math.max(0, Math.min(e.clientY - dy, win.innerHeight - 30)) };
      this.position();
    };
    const up = () => {
      win.removeEventListener('pointermove', move, true);
      win.removeEventListener('pointerup', up, true);
    };
    win.addEventListener('pointermove', move, true);
    win.addEventListener('pointerup', up, true);
  }
}
