// The settings read started at document start by the early content script (highlight-style), so the
// annotator does not wait for storage after the page has loaded (up to 100 ms on a busy page). Both
// content scripts run in the same isolated world, which the page cannot reach; when they do not share
// it, the annotator reads the settings itself.
import { PAGE_SETTINGS_KEY } from '../../components/options/page-settings';

type StoredRead = Promise<Record<string, unknown>>;
const SLOT = Symbol.for('portlens.settings-prefetch');
type WithSlot = typeof globalThis & { [SLOT]?: StoredRead };

export function prefetchSettings(local: { get(key: string): StoredRead }): void {
  try {
    const read = local.get(PAGE_SETTINGS_KEY);
    read.catch(() => undefined); // the annotator reads again if this failed
    (globalThis as WithSlot)[SLOT] = read;
  } catch {
    // storage unavailable here: the annotator reads (and reports) it itself
  }
}

/** The read started at document start, once; undefined when there is none. */
export function takePrefetchedSettings(): StoredRead | undefined {
  const g = globalThis as WithSlot;
  const read = g[SLOT];
  delete g[SLOT];
  return read;
}
