// The hover card, loaded with page-ui.js on the first genuine pointer move or key press (a page
// that fakes them loads nothing). The events seen until it is ready are handed to it, so the
// pointer's first rest already opens a card.
import type { CardController } from '../card/card-controller';

const TRIGGERS = ['mousemove', 'keydown'] as const;

export class LazyCard {
  private card: CardController | undefined;
  /** Genuine events seen while loading: the last pointer move and every key press, in order. */
  private seen: Event[] | undefined;
  private restMs: number | undefined;
  private stopped = false;
  private readonly options = { capture: true, passive: true };
  private readonly onTrigger = (e: Event) => {
    if (!e.isTrusted) return;
    if (this.seen) {
      if (e.type === 'mousemove') this.seen = this.seen.filter((s) => s.type !== 'mousemove');
      this.seen.push(e);
      return;
    }
    this.seen = [e];
    this.load().then(
      (card) => this.ready(card),
      (error: unknown) => {
        this.seen = undefined; // the next genuine event tries again
        console.debug('PortLens: no hover card on this page', error);
      },
    );
  };

  constructor(
    private readonly win: Window,
    private readonly load: () => Promise<CardController>,
  ) {}

  start(): void {
    for (const type of TRIGGERS) this.win.addEventListener(type, this.onTrigger, this.options);
  }

  stop(): void {
    this.stopped = true;
    this.removeTriggers();
    this.card?.stop();
  }

  setRestMs(ms: number): void {
    this.restMs = ms;
    this.card?.setRestMs(ms);
  }

  /** The log around the shown card's token (null when no card was ever loaded). */
  logTextOf(session: string): string | null {
    return this.card?.logTextOf(session) ?? null;
  }

  private ready(card: CardController): void {
    if (this.stopped || this.card) return;
    this.removeTriggers();
    this.card = card;
    if (this.restMs !== undefined) card.setRestMs(this.restMs);
    card.start(this.seen);
    this.seen = undefined;
  }

  private removeTriggers(): void {
    for (const type of TRIGGERS) this.win.removeEventListener(type, this.onTrigger, this.options);
  }
}
