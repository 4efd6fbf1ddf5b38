// Checks who is asking and what, then calls the one handler for that message type.
import { validateRequest, type Envelope, type RequestType, type SenderKind } from '../../messaging/protocol';
import { HANDLERS, type HandlerDeps } from './handlers';
import type { CardSessions } from './card-sessions';
import { isConnectionLost } from './knowledge-store';
import type { PageHandoff, RequestOrigin } from './page-handoff';
import type { ToolbarIcon } from './toolbar-icon';

/**
 * Requests answered without the database, before anything is awaited: a hand-over must open the
 * popup or side panel while the click that sent it still counts as a user action.
 */
const WITHOUT_DATABASE: ReadonlySet<RequestType> = new Set<RequestType>(['port-risks', 'open-in-popup', 'analyse-text', 'card-open', 'card-action', 'page-annotated']);

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** The page card under Chrome's per-session dynamic id (the only page we serve that way). */
const DYNAMIC_CARD_URL = /^chrome-extension:\/\/[a-z0-9-]+\/card\.html(?:[?#]|$)/;

/**
 * Classifies a sender; null means "not ours" and the message is refused. What the browsers send
 * (checked in Chromium 14x and Firefox ESR 14x):
 * - our pages (popup, side panel or sidebar, options, onboarding, a page in a tab): `url` on our
 *   own origin, with `tab` only when the page is in a tab;
 * - the page card, an extension page framed in a tab: on Chrome its per-session dynamic origin
 *   (sender.id is still ours; a web page never has an extension URL);
 * - content scripts: `url` of the page or frame they run in, and `tab`;
 * - about:blank frames inside our pages: `url` "about:blank" (treated as content scripts: fewer rights);
 * - workers cannot send, and the background never receives its own messages.
 * A sender with neither `url` nor `tab` matches none of these and is refused.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (!extensionId || sender.id !== extensionId) return null;
  if (typeof sender.url === 'string' && ((extensionOrigin && sender.url.startsWith(extensionOrigin)) || DYNAMIC_CARD_URL.test(sender.url))) return 'extension-page';
  if (sender.tab || sender.url) return 'content-script';
  return null;
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
  toolbar?: ToolbarIcon,
): Promise<Envelope<unknown>> {
  if (!sender) return { ok: false, error: 'messages are only accepted from PortLens itself' };
  const request = validateRequest(raw, sender);
  if (typeof request === 'string') return { ok: false, error: request };
  const handler = HANDLERS[request.type as RequestType] as (r: typeof request, d: HandlerDeps, f: RequestOrigin) => unknown;
  const needsDatabase = !WITHOUT_DATABASE.has(request.type);
  // A request that met a connection closed under it (another context upgraded or deleted the
  // database, or the browser dropped it) is answered once more on a fresh connection.
  for (let attempt = 1; ; attempt++) {
    try {
      const handlerDeps = needsDatabase ? { ...(await deps()), pages, cards, toolbar } : ({ pages, cards, toolbar } as HandlerDeps);
      return { ok: true, value: await handler(request, handlerDeps, from) };
    } catch (error) {
      if (needsDatabase && attempt === 1 && isConnectionLost(error)) continue;
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
