// The list of recent lookups: the last distinct queries that produced results, newest first.

export const MAX_RECENT = 10;

const sameQuery = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Puts a query at the front, dropping an older copy of it (case and spacing ignored), keeping 10. */
export function addRecentLookup(list: readonly string[], query: string): string[] {
  const clean = query.trim().replace(/\s+/g, ' ');
  if (!clean) return [...list];
  return [clean, ...list.filter((q) => !sameQuery(q, clean))].slice(0, MAX_RECENT);
}

/** Keeps only well-formed entries from storage. */
export function cleanRecentLookups(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((q): q is string => typeof q === 'string' && q.trim().length > 0 && q.length <= 200).slice(0, MAX_RECENT);
}
