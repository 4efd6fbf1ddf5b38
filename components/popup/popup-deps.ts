// What the popup needs from the outside world. The entrypoint passes browser-backed versions;
// tests pass fakes. Nothing in components/popup calls `browser` itself.
import type { AsLookupAnswer, OwnerAnswer, SearchOutcome } from '../../knowledge';
import type { UserNote } from '../../messaging/protocol';

/** The result of a button press, shown under the actions bar. */
export interface ActionOutcome {
  ok: boolean;
  message: string;
}

/** "Always on this site" for the active tab. */
export interface SiteAccessState {
  /** "https://example.com", or null when the active tab is not an http(s) page. */
  origin: string | null;
  enabled: boolean;
  /** Why the switch is unavailable (e.g. a browser page), when origin is null. */
  reason?: string;
}

export interface PopupActions {
  annotatePage(): Promise<ActionOutcome>;
  siteAccess(): Promise<SiteAccessState>;
  /** Called straight from the click handler: browsers only grant permissions during a user gesture. */
  setSiteAccess(origin: string, enabled: boolean): Promise<SiteAccessState & { message?: string; ok: boolean }>;
  /** Also called straight from the click handler, for the same reason. */
  openSidePanel(): Promise<ActionOutcome>;
}

export interface RecentLookupStore {
  load(): Promise<string[]>;
  save(queries: string[]): Promise<void>;
}

export interface PopupDeps {
  search(query: string): Promise<SearchOutcome>;
  /** Who holds an address or a CIDR block (its first address), or "owner data unavailable". */
  ipOwner(address: string): Promise<OwnerAnswer>;
  /** The AS directory: "AS15169" or part of a name. */
  asLookup(query: string, limit: number): Promise<AsLookupAnswer>;
  /** Starts the background loading the owner data (once per worker life), so the first owner line need not wait for it. */
  prepareOwnerData(): void;
  getNote(key: string): Promise<UserNote | null>;
  setNote(key: string, text: string): Promise<UserNote | null>;
  recent: RecentLookupStore;
  actions: PopupActions;
  /** A query handed over by the context menu or "?q=", consumed once on open. */
  loadInitialQuery(): Promise<string | null>;
  /** Later hand-overs while the popup is open (the context menu raced the popup). Returns an unsubscribe. */
  onHandOver?(listener: (query: string) => void): () => void;
  closePopup(): void;
}
