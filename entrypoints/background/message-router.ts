// Checks who is asking and what, then calls the one handler for that message type.
import { validateRequest, type Envelope, type RequestType, type SenderKind } from '../../messaging/protocol';
import { HANDLERS, type HandlerDeps } from './handlers';
import type { CardSessions } from './card-sessions';
import type { PageHandoff, RequestOrigin } from './page-handoff';

/**
 * Requests answered without the database, before anything is awaited: a hand-over must open the
 * popup or side panel while the click that sent it still counts as a user action.
 */
const WITHOUT_DATABASE: ReadonlySet<RequestType> = new Set<RequestType>(['port-risks', 'open-in-popup', 'analyse-text', 'card-open', 'card-action']);

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** An extension URL of ours: the static origin, or (Chrome) the per-session dynamic one of a web-accessible page. */
const EXTENSION_SCHEME = /^(?:chrome|moz)-extension:\/\//;

/** Classifies a sender; null means "not ours" and the message is refused. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // A web page never has an extension URL, and sender.id is ours: this is one of our pages (the
  // card frame too, even framed in a tab and loaded through its dynamic URL).
  if (sender.url?.startsWith(extensionOrigin) || EXTENSION_SCHEME.test(sender.url ?? '')) return 'extension-page';
  // Anything else of ours runs inside a web page: a content script.
  return sender.tab || sender.url ? 'content-script' : 'extension-page';
}

/** The tab, window and page a message came from (only what a hand-over needs). */
export function requestOrigin(sender: { tab?: { id?: number; windowId?: number }; frameId?: number; url?: string }): RequestOrigin {
  const from: RequestOrigin = { tabId: sender.tab?.id, windowId: sender.tab?.windowId, url: sender.url };
  if (sender.frameId !== undefined) from.frameId = sender.frameId;
  return from;
}

export async function routeMessage(
  raw: unknown,
  sender: SenderKind | null,
  deps: () => Promise<HandlerDeps>,
  from: RequestOrigin = {},
  pages?: PageHandoff,
  cards?: CardSessions,
): Promise<Envelope<unknown>> {
  if (!sender) return { ok: false, error: 'messages are only accepted from PortLens itself' };
  const request = validateRequest(raw, sender);
  if (typeof request === 'string') return { ok: false, error: request };
  try {
    const handler = HANDLERS[request.type as RequestType] as (r: typeof request, d: HandlerDeps, f: RequestOrigin) => unknown;
    const handlerDeps = WITHOUT_DATABASE.has(request.type) ? ({ pages, cards } as HandlerDeps) : { ...(await deps()), pages, cards };
    return { ok: true, value: await handler(request, handlerDeps, from) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
