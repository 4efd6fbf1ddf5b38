// The IP IDs a sender used around one of its packets: whether they climb one by one (a shared counter)
// shows only across packets, so the details look at the neighbours in the log.
import type { EventStore } from '../../knowledge';

/** How far the search goes on either side, in rows, so a huge log costs little. */
const SEARCH_ROWS = 5_000;

/** The sender's IP IDs nearest to `line`, in line order (at most `max`), or [] when there are none. */
export function ipIdSeriesAround(store: EventStore, line: number, max = 12): number[] {
  const row = store.rowOfLine(line);
  if (row < 0) return [];
  const src = store.column('src');
  const ipId = store.column('ipId');
  const who = src[row];
  if (who < 0 || !(ipId[row] >= 0)) return [];
  const before: number[] = [];
  const after: number[] = [];
  for (let r = row - 1; r >= Math.max(0, row - SEARCH_ROWS) && before.length < max / 2; r--) {
    if (src[r] === who && ipId[r] >= 0) before.push(ipId[r]);
  }
  for (let r = row + 1; r < Math.min(store.length, row + SEARCH_ROWS) && after.length < max / 2; r++) {
    if (src[r] === who && ipId[r] >= 0) after.push(ipId[r]);
  }
  return [...before.reverse(), ipId[row], ...after];
}
