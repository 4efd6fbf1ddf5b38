// The hand-over of a query to the popup, shared by the background (context menu, page cards)
// and the popup: the text is stored in storage.session (see hand-over-area.ts), or sent as popup.html?q=.
import { handOverArea } from './hand-over-area';

export const PENDING_QUERY_KEY = 'portlens.pendingQuery';
/** A hand-over older than this is stale: the popup opened for some other reason. */
export const PENDING_QUERY_TTL_MS = 2 * 60_000;
export const MAX_QUERY_LENGTH = 200;

export interface PendingQuery {
  query: string;
  at: number;
}

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function pendingQueryArea(storage: { session?: StorageAreaLike; local?: StorageAreaLike }): StorageAreaLike {
  return handOverArea(storage);
}

/** The query inside a stored hand-over, or null when it is missing, malformed or stale. */
export function readPendingQuery(raw: unknown, now = Date.now()): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { query, at } = raw as Partial<PendingQuery>;
  if (typeof query !== 'string' || typeof at !== 'number') return null;
  if (now - at > PENDING_QUERY_TTL_MS || at - now > 5_000) return null;
  const clean = query.trim().slice(0, MAX_QUERY_LENGTH);
  return clean || null;
}

/** Reads and removes the hand-over, so it is shown once. */
export async function takePendingQuery(area: StorageAreaLike, now = Date.now()): Promise<string | null> {
  const stored = await area.get(PENDING_QUERY_KEY);
  const raw = stored[PENDING_QUERY_KEY];
  if (raw === undefined) return null;
  await area.remove(PENDING_QUERY_KEY);
  return readPendingQuery(raw, now);
}

/** "?q=31337" → "31337". */
export function queryFromSearchParams(search: string): string | null {
  const q = new URLSearchParams(search).get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  return q || null;
}
