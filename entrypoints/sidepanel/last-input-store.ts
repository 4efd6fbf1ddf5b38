// Keeps the last input in IndexedDB (its own database, apart from the knowledge base), so closing
// the panel loses nothing: on open the text is restored and analysed again.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SaveOutcome, SavedInput } from '../../components/sidepanel/sidepanel-deps';

export const SIDEPANEL_DB_NAME = 'portlens-sidepanel';
export const SIDEPANEL_DB_VERSION = 1;
const LAST_KEY = 'input';
/** Inputs larger than this are analysed but not kept. */
export const MAX_SAVED_CHARS = 60 * 1024 * 1024;

interface SidePanelDb extends DBSchema {
  last: { key: string; value: SavedInput };
}

export function createLastInputStore(name = SIDEPANEL_DB_NAME) {
  let db: Promise<IDBPDatabase<SidePanelDb>> | undefined;
  const open = () =>
    (db ??= openDB<SidePanelDb>(name, SIDEPANEL_DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('last');
      },
    }));
  return {
    async load(): Promise<SavedInput | null> {
      const saved = await (await open()).get('last', LAST_KEY);
      return saved && typeof saved.text === 'string' ? saved : null;
    },
    async save(input: SavedInput): Promise<SaveOutcome> {
      if (input.text.length > MAX_SAVED_CHARS) {
        await this.clear();
        return 'too-big';
      }
      try {
        await (await open()).put('last', input, LAST_KEY);
        return 'saved';
      } catch (e) {
        console.warn('PortLens: could not keep the last log', e);
        return 'failed';
      }
    },
    async clear(): Promise<void> {
      await (await open()).delete('last', LAST_KEY);
    },
  };
}
