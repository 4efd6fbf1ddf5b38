// The IndexedDB schema. Version history:
//  1: meta, ports (IANA rows grouped by port), ranges, notes {key, text}
//  2: notes gain createdAt/updatedAt; existing notes are migrated, never dropped.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IanaPortGroup, IanaPortRecord } from '../../knowledge';
import type { UserNote } from '../../messaging/protocol';

export const DB_NAME = 'portlens';
export const DB_VERSION = 2;

export interface SeedState {
  key: 'seed';
  assetHash: string;
  /** Index of the next port group to write; equals total when done. */
  nextIndex: number;
  total: number;
  done: boolean;
  seedMs?: number;
  /** When the last complete seed finished (ms since 1970). */
  seededAt?: number;
}

export interface PortLensDb extends DBSchema {
  meta: { key: string; value: SeedState };
  ports: { key: number; value: IanaPortGroup };
  ranges: { key: number; value: IanaPortRecord & { id: number } };
  notes: { key: string; value: UserNote };
}

export type PortLensDatabase = IDBPDatabase<PortLensDb>;

/** What can happen to a connection after (or while) it opens; see connection-keeper.ts. */
export interface DbEvents {
  /** Our open waits: an older connection elsewhere has not closed for the upgrade. */
  blocked?(): void;
  /** Someone else wants to upgrade or delete the database: close this connection. */
  blocking?(): void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  terminated?(): void;
}

export function openPortLensDb(name = DB_NAME, events: DbEvents = {}): Promise<PortLensDatabase> {
  return openDB<PortLensDb>(name, DB_VERSION, {
    blocked: () => events.blocked?.(),
    blocking: () => events.blocking?.(),
    terminated: () => events.terminated?.(),
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('ports', { keyPath: 'port' });
        db.createObjectStore('ranges', { keyPath: 'id' });
        db.createObjectStore('notes', { keyPath: 'key' });
      }
      if (oldVersion >= 1 && oldVersion < 2) {
        // v1 notes were {key, text}; give them timestamps so sorting and export work.
        const store = tx.objectStore('notes');
        const now = Date.now();
        let cursor = await store.openCursor();
        while (cursor) {
          const old = cursor.value as Partial<UserNote> & { key: string; text: string };
          await cursor.update({ key: old.key, text: old.text, createdAt: old.createdAt ?? now, updatedAt: old.updatedAt ?? now });
          cursor = await cursor.continue();
        }
      }
    },
  });
}
