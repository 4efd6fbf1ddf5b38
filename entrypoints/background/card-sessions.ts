// The page card's sessions. The content script finds a token and opens a session for it; the card
// frame (an extension page the content script puts inside the tab) names its session to read what
// to show and to act. A session belongs to one tab and one frame of it; a web page never sees its
// id (it lives in a closed shadow root's frame URL), so a page that frames the card itself gets
// nothing. One session per frame: a new card replaces the previous one.
import { CARD_LOG_REQUEST, type CardLogRequest } from '../../messaging/card-frame';
import type { CardAction, CardOpening } from '../../messaging/protocol';
import { CARD_SESSION_LENGTH } from '../../messaging/protocol';
import type { RequestOrigin } from './page-handoff';

/** A card left open (pinned) longer than this must be opened again. */
export const CARD_SESSION_TTL_MS = 30 * 60_000;

export interface CardSession extends CardOpening {
  id: string;
  tabId: number;
  frameId: number;
  /** The page's origin (for the side panel's "from" line). */
  origin?: string;
  windowId?: number;
  createdAt: number;
}

/** Asks the content script in a frame for the log text around its card's token. */
export type AskTab = (tabId: number, frameId: number, message: CardLogRequest) => Promise<unknown>;

function randomId(): string {
  const bytes = new Uint8Array(CARD_SESSION_LENGTH / 2);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface CardSessions {
  open(opening: CardOpening, from: RequestOrigin, origin: string | undefined): string;
  /** The session named by a card frame in `from`'s tab, or an error a person can act on. */
  get(id: string, from: RequestOrigin): CardSession;
  /** The log around the session's token, read from its content script. */
  logText(session: CardSession): Promise<string | null>;
}

export function createCardSessions(ask: AskTab, now: () => number = Date.now): CardSessions {
  const byId = new Map<string, CardSession>();
  const byFrame = new Map<string, string>();
  const expire = () => {
    for (const [id, s] of byId) {
      if (now() - s.createdAt <= CARD_SESSION_TTL_MS) continue;
      byId.delete(id);
      if (byFrame.get(`${s.tabId}/${s.frameId}`) === id) byFrame.delete(`${s.tabId}/${s.frameId}`);
    }
  };
  return {
    open(opening, from, origin) {
      if (from.tabId === undefined || from.tabId < 0) throw new Error('a card belongs to a tab');
      expire();
      const frameId = from.frameId ?? 0;
      const key = `${from.tabId}/${frameId}`;
      const previous = byFrame.get(key);
      if (previous) byId.delete(previous);
      const id = randomId();
      const session: CardSession = { ...opening, id, tabId: from.tabId, frameId, createdAt: now() };
      if (origin) session.origin = origin;
      if (from.windowId !== undefined) session.windowId = from.windowId;
      byId.set(id, session);
      byFrame.set(key, id);
      return id;
    },
    get(id, from) {
      const session = byId.get(id);
      if (!session || now() - session.createdAt > CARD_SESSION_TTL_MS) throw new Error('This card has expired: rest the pointer on the token again.');
      // Only a card frame inside the same tab may read or use the session.
      if (from.tabId !== session.tabId) throw new Error('This card belongs to another tab.');
      return session;
    },
    async logText(session) {
      const text = await ask(session.tabId, session.frameId, { type: CARD_LOG_REQUEST, session: session.id });
      return typeof text === 'string' ? text : null;
    },
  };
}

/** What a card button asks for, checked against its session. */
export function checkAction(session: CardSession, action: CardAction): void {
  if (action === 'analyse' && !session.canAnalyse) throw new Error('There is no log around this token to analyse.');
}
