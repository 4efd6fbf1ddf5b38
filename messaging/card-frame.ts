// What the page card's frame tells the content script that placed it (window.postMessage to its
// parent). The page sees these messages too, so they carry no token, note or session: only sizes
// and the person's pin/close/drag gestures. The content script believes a message only when it
// comes from its own frame's window; nothing flows the other way except the frame's URL fragment.

export const CARD_FRAME_TAG = 'portlens-card-frame';

/**
 * The background's question to the content script behind a card session (tabs.sendMessage to
 * its frame) when the card's "Analyse" is clicked: the reply is the log text around the token.
 */
export const CARD_LOG_REQUEST = 'portlens:card-log';

export interface CardLogRequest {
  type: typeof CARD_LOG_REQUEST;
  session: string;
}

export type CardFrameEvent =
  | { kind: 'size'; width: number; height: number }
  | { kind: 'pin'; pinned: boolean }
  | { kind: 'close' }
  /** The pointer entered or left the card (the content script keeps the card while it is there). */
  | { kind: 'pointer'; inside: boolean }
  /** A pinned card's header is being dragged; screen coordinates of the pointer. */
  | { kind: 'drag'; phase: 'start' | 'move' | 'end'; screenX: number; screenY: number };

export interface CardFrameMessage {
  tag: typeof CARD_FRAME_TAG;
  event: CardFrameEvent;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The event inside a posted message, or null when the data is not a well-formed card message. */
export function readCardFrameMessage(data: unknown): CardFrameEvent | null {
  if (typeof data !== 'object' || data === null || (data as CardFrameMessage).tag !== CARD_FRAME_TAG) return null;
  const e = (data as CardFrameMessage).event as Record<string, unknown> | undefined;
  switch (e?.kind) {
    case 'size':
      return finite(e.width) && finite(e.height) ? { kind: 'size', width: e.width, height: e.height } : null;
    case 'pin':
      return typeof e.pinned === 'boolean' ? { kind: 'pin', pinned: e.pinned } : null;
    case 'close':
      return { kind: 'close' };
    case 'pointer':
      return typeof e.inside === 'boolean' ? { kind: 'pointer', inside: e.inside } : null;
    case 'drag':
      return (e.phase === 'start' || e.phase === 'move' || e.phase === 'end') && finite(e.screenX) && finite(e.screenY)
        ? { kind: 'drag', phase: e.phase, screenX: e.screenX, screenY: e.screenY }
        : null;
    default:
      return null;
  }
}
