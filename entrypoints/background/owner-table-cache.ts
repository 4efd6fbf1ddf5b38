// Keeps the decoded owner tables in IndexedDB (their own small database, apart from the knowledge
// store), so a restarted worker reads them back in one record instead of inflating and decoding
// the shipped file again. One record, keyed by the asset's hash; a new build replaces it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isDecodedOwnerAsset, type DecodedOwnerAsset } from '../../knowledge';

export const OWNER_CACHE_DB = 'portlens-owner-tables';

interface OwnerCacheDb extends DBSchema {
  tables: { key: 'owners'; value: { hash: string; asset: DecodedOwnerAsset } };
}

export interface OwnerTableCache {
  /** The decoded tables of this build, or undefined when none (or a damaged copy) is stored. */
  read(hash: string): Promise<DecodedOwnerAsset | undefined>;
  write(asset: DecodedOwnerAsset): Promise<void>;
}

export function createIdbOwnerTableCache(name = OWNER_CACHE_DB): OwnerTableCache {
  let opened: Promise<IDBPDatabase<OwnerCacheDb>> | undefined;
  const db = () =>
    (opened ??= openDB<OwnerCacheDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('tables');
      },
    }));
  return {
    async read(hash) {
      const record = await (await db()).get('tables', 'owners');
      if (!record || record.hash !== hash || !isDecodedOwnerAsset(record.asset) || record.asset.header.hash !== hash) return undefined;
      return record.asset;
    },
    async write(asset) {
      await (await db()).put('tables', { hash: asset.header.hash, asset }, 'owners');
    },
  };
}
