// Serves owner lookups from the compressed table shipped in the extension (data/ip-owners.bin.gz),
// inflated and decoded into typed arrays in the worker's memory on the first owner request.
// Measured against keeping the decoded tables in IndexedDB: see README ("Who owns an address").
import { createOwnerSource, type OwnerSource } from '../../knowledge';

export const OWNER_ASSET_PATH = '/data/ip-owners.bin.gz';

export interface TimedOwnerSource extends OwnerSource {
  /** How long the one load took (fetch, inflate, decode), once it finished. */
  loadMs(): number | undefined;
}

type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export function createPackagedOwnerSource(url: string, fetchFile: FetchLike = (u) => fetch(u)): TimedOwnerSource {
  let took: number | undefined;
  const source = createOwnerSource(async () => {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`the extension's ${OWNER_ASSET_PATH} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  let timed: Promise<Awaited<ReturnType<OwnerSource['database']>>> | undefined;
  return {
    database() {
      timed ??= (async () => {
        const started = performance.now();
        const db = await source.database();
        took = Math.round((performance.now() - started) * 10) / 10;
        return db;
      })();
      return timed;
    },
    loadMs: () => took,
  };
}
