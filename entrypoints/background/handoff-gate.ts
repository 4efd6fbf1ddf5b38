// Rate limit on hand-overs that come from inside a tab (the page card's "Look up" and "Analyse"):
// at most one popup, side panel or tab per user gesture, and nothing at all while requests arrive
// in a burst. The background cannot see gestures, so it goes by time: a person clicks once and
// reads the result; a page that fakes clicks or a stuck button fires many requests close together.

/** A hand-over accepted less than this long ago means the same gesture (a double click opens one view). */
export const ONE_GESTURE_MS = 700;
/** More requests than this from one tab within BURST_WINDOW_MS is a burst... */
export const BURST_LIMIT = 3;
export const BURST_WINDOW_MS = 3000;
/** ...and every request is refused until the tab has been quiet this long. */
export const BURST_QUIET_MS = 3000;

export type HandoffVerdict = 'pass' | 'same-gesture' | 'burst';

interface TabHistory {
  /** Times of recent requests, accepted or not (at most BURST_LIMIT + 1 kept). */
  recent: number[];
  lastAccepted: number;
  /** Refuse everything until this time. */
  blockedUntil: number;
}

export interface HandoffGate {
  /** Decides on one hand-over request from `source` (a tab id) and records it. */
  check(source: number | string, now?: number): HandoffVerdict;
}

export function createHandoffGate(): HandoffGate {
  const tabs = new Map<number | string, TabHistory>();
  return {
    check(source, now = Date.now()) {
      let tab = tabs.get(source);
      if (!tab) tabs.set(source, (tab = { recent: [], lastAccepted: -Infinity, blockedUntil: -Infinity }));
      tab.recent = tab.recent.filter((t) => now - t < BURST_WINDOW_MS);
      tab.recent.push(now);
      if (tab.recent.length > BURST_LIMIT) tab.recent.splice(0, tab.recent.length - BURST_LIMIT - 1);
      if (tab.recent.length > BURST_LIMIT || now < tab.blockedUntil) {
        tab.blockedUntil = now + BURST_QUIET_MS;
        return 'burst';
      }
      if (now - tab.lastAccepted < ONE_GESTURE_MS) return 'same-gesture';
      tab.lastAccepted = now;
      if (tabs.size > 500) for (const [key, t] of tabs) if (now - t.lastAccepted > BURST_WINDOW_MS && now > t.blockedUntil) tabs.delete(key);
      return 'pass';
    },
  };
}

/** The error a refused hand-over reports to the card. */
export function refusal(verdict: Exclude<HandoffVerdict, 'pass'>): Error {
  return new Error(verdict === 'burst' ? 'Too many requests from this page; wait a few seconds.' : 'Already opening PortLens for this click.');
}
