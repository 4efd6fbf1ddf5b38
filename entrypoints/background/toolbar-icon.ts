// The toolbar icon's "active on this page" state: a tab shows it while a content script in any of
// its frames has tokens on its page. The browsers reset a tab's icon themselves when it navigates
// to another document (Chrome and Firefox both clear tab-specific action values then); the frames
// recorded for it are forgotten when it starts loading or closes.
import { TOOLBAR_SIZES, iconMap } from '../../assets/icons/icon-set.mjs';
import type { RequestOrigin } from './page-handoff';

export type IconState = 'active' | 'idle';

interface ActionLike {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface ToolbarIconApi {
  /** MV3 (Chrome) names it `action`, MV2 (Firefox) `browserAction`. */
  action?: ActionLike;
  browserAction?: ActionLike;
  tabs: {
    onRemoved: { addListener(fn: (tabId: number) => void): void };
    onUpdated: { addListener(fn: (tabId: number, change: { status?: string }) => void): void };
  };
}

export const TOOLBAR_TITLES: Record<IconState, string> = {
  idle: 'PortLens',
  active: 'PortLens: active on this page',
};

export interface ToolbarIcon {
  /** A content script's news for its own tab and frame (`from` is the browser's record of the sender). */
  pageAnnotated(from: RequestOrigin, active: boolean): Promise<{ icon: IconState }>;
  stateOf(tabId: number): IconState;
}

export function createToolbarIcon(api: ToolbarIconApi): ToolbarIcon {
  const action = api.action ?? api.browserAction;
  /** Frames with tokens, per tab. */
  const activeFrames = new Map<number, Set<number>>();
  const stateOf = (tabId: number): IconState => (activeFrames.get(tabId)?.size ? 'active' : 'idle');

  api.tabs.onRemoved.addListener((tabId) => activeFrames.delete(tabId));
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') activeFrames.delete(tabId);
  });

  async function show(tabId: number, state: IconState): Promise<void> {
    if (!action) return;
    await Promise.all([action.setIcon({ tabId, path: iconMap(state, TOOLBAR_SIZES) }), action.setTitle({ tabId, title: TOOLBAR_TITLES[state] })]);
  }

  return {
    stateOf,
    async pageAnnotated(from, active) {
      const tabId = from.tabId;
      if (typeof tabId !== 'number' || tabId < 0) throw new Error('page-annotated needs a sender in a tab');
      const frameId = from.frameId ?? 0;
      const frames = activeFrames.get(tabId) ?? new Set<number>();
      if (active) frames.add(frameId);
      else frames.delete(frameId);
      if (frames.size) activeFrames.set(tabId, frames);
      else activeFrames.delete(tabId);
      const state = stateOf(tabId);
      // Set again on every "active": the browser may have reset the icon on a navigation meanwhile.
      if (active || state === 'idle') await show(tabId, state);
      return { icon: state };
    },
  };
}
