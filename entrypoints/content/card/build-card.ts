// The hover card as page-ui.js builds it once loaded: the hit test over the scanned page, the
// keyboard's way to the next token, and the controller that opens card sessions.
import type { Token } from '../../../knowledge/tokens';
import type { Send } from '../send-request';
import { CardController } from './card-controller';
import { KeyboardTarget } from './keyboard-target';
import { createPageHitTest, type PageHitTestDeps } from './page-hit-test';

export interface CardDeps extends PageHitTestDeps {
  /** Whether the token's kind is drawn now (a kind switched off opens no card either). */
  shown(token: Token): boolean;
  shownRanges(): Iterable<AbstractRange>;
  send: Send;
}

export function buildCard(deps: CardDeps): CardController {
  const pageHit = createPageHitTest(deps);
  // Packet fields are hoverable whether or not they are coloured.
  const hitTest = (x: number, y: number) => {
    const hit = pageHit(x, y);
    return hit && (hit.token.kind === 'packet-field' || deps.shown(hit.token)) ? hit : null;
  };
  const keyboard = new KeyboardTarget({ doc: deps.doc, shownRanges: deps.shownRanges, hitTest });
  return new CardController(deps.doc, {
    hitTest,
    open: async (opening) => (await deps.send('card-open', opening)).session,
    keyboardTarget: () => keyboard.next(),
  });
}
