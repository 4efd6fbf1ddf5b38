// Checks who is asking and what, then calls the one handler for that message type.
import { validateRequest, type Envelope, type RequestType, type SenderKind } from '../../messaging/protocol';
import { HANDLERS, type HandlerDeps } from './handlers';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Classifies a sender; null means "not ours" and the message is refused. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  // Anything else of ours runs inside a web page: a content script.
  return sender.tab || sender.url ? 'content-script' : 'extension-page';
}

export async function routeMessage(raw: unknown, sender: SenderKind | null, deps: () => Promise<HandlerDeps>): Promise<Envelope<unknown>> {
  if (!sender) return { ok: false, error: 'messages are only accepted from PortLens itself' };
  const request = validateRequest(raw, sender);
  if (typeof request === 'string') return { ok: false, error: request };
  try {
    const handler = HANDLERS[request.type as RequestType] as (r: typeof request, d: HandlerDeps) => unknown;
    return { ok: true, value: await handler(request, await deps()) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
