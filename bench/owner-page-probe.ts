// Bundled by the owner bench (esbuild, IIFE) and run inside an extension page, so that both ways
// of holding the owner tables are measured with the shipped decoder in the real browser.
export { loadOwnerDatabase } from '../knowledge/owners/owner-source';
export { OwnerDatabase } from '../knowledge/owners/owner-database';
export { ipOwnerWith } from '../knowledge/owners/ip-owner';

const DB = 'owner-bench';
const STORE = 'tables';

function openTables(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** The decoded tables as one structured-cloned record (what the background does with idb). */
export async function storeTables(asset: unknown): Promise<void> {
  const db = await openTables();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(asset, 'owners');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

export async function readTables(): Promise<unknown> {
  const db = await openTables();
  const asset = await new Promise<unknown>((resolve, reject) => {
    const get = db.transaction(STORE).objectStore(STORE).get('owners');
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  return asset;
}

/** The page's JS heap after a full collection (Chromium with --expose-gc and precise memory info). */
export function heapAfterGc(): number {
  const g = globalThis as unknown as { gc(): void; performance: { memory: { usedJSHeapSize: number } } };
  g.gc();
  return g.performance.memory.usedJSHeapSize;
}
