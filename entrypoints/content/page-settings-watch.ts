// The content script's view of the options page's settings: read from storage.local at start and
// followed through storage.onChanged, each value checked (a bad one falls back to its default).
import { PAGE_SETTINGS_KEY, readPageSettings, type PageSettings } from '../../components/options/page-settings';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export interface SettingsStorageApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: ChangeListener): void; removeListener(fn: ChangeListener): void };
  };
}

/**
 * The stored settings; defaults when storage cannot be read (the page is still annotated). `started`
 * is a read already under way (settings-prefetch.ts).
 */
export async function readStoredSettings(api: SettingsStorageApi, started?: Promise<Record<string, unknown>>): Promise<PageSettings> {
  try {
    return readPageSettings((await (started ?? api.storage.local.get(PAGE_SETTINGS_KEY)))[PAGE_SETTINGS_KEY]);
  } catch (e) {
    console.debug('PortLens: settings unreadable, using defaults', e);
    return readPageSettings(undefined);
  }
}

/** Calls `onChange` with the new settings whenever the options page saves them; returns the unsubscribe. */
export function watchSettings(api: SettingsStorageApi, onChange: (settings: PageSettings) => void): () => void {
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && PAGE_SETTINGS_KEY in changes) onChange(readPageSettings(changes[PAGE_SETTINGS_KEY].newValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
