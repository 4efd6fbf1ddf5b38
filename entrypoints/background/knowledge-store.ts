// Owns the background's IndexedDB connection and the seed of the IANA table. It opens on demand,
// retries a failed open or seed on the next request instead of staying failed until the worker
// restarts, closes its connection when another context needs the database (blocking), forgets a
// connection the browser closed (terminated), and never lets a request hang on a blocked open.
import type { IanaPortAsset, IanaPortSource } from '../../knowledge';
import type { KnowledgeHealth, KnowledgeState } from '../../messaging/protocol';
import type { DbEvents, PortLensDatabase, SeedState } from './database';
import { createIdbIanaSource } from './idb-iana-source';
import { forgetSeed, seedKnowledge } from './seed-knowledge';

/** What the user reads when the knowledge base is not there (shown by the popup, side panel and options). */
export const KNOWLEDGE_MESSAGES = {
  openFailed: (reason: string) => `PortLens could not open its knowledge base (${reason}). It will try again with your next request.`,
  blocked: 'PortLens is waiting for another PortLens tab or window to release its knowledge base. Close other PortLens pages (options, side panel), then try again.',
  seedFailed: (reason: string) =>
    `The port registry could not be loaded into the knowledge base (${reason}). PortLens tries again with your next request; "Rebuild the knowledge base" in the options does it now.`,
};

export interface KnowledgeConnection {
  db: PortLensDatabase;
  ports: IanaPortSource;
}

export interface KnowledgeStoreOptions {
  open(events: DbEvents): Promise<PortLensDatabase>;
  loadAsset(): Promise<IanaPortAsset>;
  log?(message: string, error: unknown): void;
}

export interface KnowledgeStore {
  /** The open database and its port source; opens (again) when there is none. */
  connection(): Promise<KnowledgeConnection>;
  /** Rewrites every row from the bundled asset; progress shows in health(). */
  rebuild(): Promise<SeedState>;
  health(): KnowledgeHealth;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)) || 'unknown error';

/** An error from a connection that was closed under a request: worth one retry on a fresh one. */
export function isConnectionLost(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return name === 'InvalidStateError' || /connection (is|was) clos/i.test(reasonOf(error));
}

export function createKnowledgeStore(options: KnowledgeStoreOptions): KnowledgeStore {
  const log = options.log ?? ((message, error) => console.error(`PortLens: ${message}`, error));
  let state: KnowledgeState = 'closed';
  let lastError: string | undefined;
  let progress: { done: number; total: number } | undefined;
  let opening: Promise<KnowledgeConnection> | undefined;
  let seeding: Promise<SeedState> | undefined;
  /** Bumped when a connection is dropped, so late events from an old connection change nothing. */
  let generation = 0;

  const fail = (message: string, error: unknown) => {
    state = 'failed';
    lastError = message;
    log(message, error);
  };

  function drop(gen: number): void {
    if (gen !== generation) return;
    generation++;
    opening = undefined;
    seeding = undefined;
    state = 'closed';
  }

  function startSeed(conn: KnowledgeConnection, gen: number, rewrite: boolean): Promise<SeedState> {
    state = 'seeding';
    progress = undefined;
    const run = (async () => {
      const asset = await options.loadAsset();
      if (rewrite) await forgetSeed(conn.db);
      return seedKnowledge(conn.db, asset, { onProgress: (done, total) => (progress = { done, total }) });
    })();
    const reported = run.catch((e) => {
      throw new Error(KNOWLEDGE_MESSAGES.seedFailed(reasonOf(e)));
    });
    seeding = reported;
    run.then(
      () => {
        if (gen !== generation || seeding !== reported) return;
        state = 'ready';
        lastError = undefined;
        progress = undefined;
      },
      (e) => {
        if (gen !== generation || seeding !== reported) return;
        seeding = undefined; // the next lookup seeds again
        fail(KNOWLEDGE_MESSAGES.seedFailed(reasonOf(e)), e);
      },
    );
    return reported;
  }

  function open(): Promise<KnowledgeConnection> {
    const gen = generation;
    state = 'opening';
    let db: PortLensDatabase | undefined;
    let rejectBlocked: ((e: Error) => void) | undefined;
    const blockedSignal = new Promise<never>((_, reject) => (rejectBlocked = reject));
    blockedSignal.catch(() => undefined);
    const events: DbEvents = {
      blocked: () => {
        if (gen !== generation) return;
        state = 'blocked';
        lastError = KNOWLEDGE_MESSAGES.blocked;
        rejectBlocked?.(new Error(KNOWLEDGE_MESSAGES.blocked));
      },
      blocking: () => {
        db?.close();
        drop(gen);
      },
      terminated: () => drop(gen),
    };
    const opened = options.open(events).then(
      (database) => {
        db = database;
        const conn: KnowledgeConnection = { db: database, ports: createIdbIanaSource(database, () => seeded(conn, gen)) };
        if (gen === generation) startSeed(conn, gen, false).catch(() => undefined);
        return conn;
      },
      (e) => {
        if (gen === generation) {
          opening = undefined;
          fail(KNOWLEDGE_MESSAGES.openFailed(reasonOf(e)), e);
        }
        throw new Error(KNOWLEDGE_MESSAGES.openFailed(reasonOf(e)));
      },
    );
    opening = opened;
    // A blocked open may finish later; until then each request gets the "blocked" message.
    return Promise.race([opened, blockedSignal]);
  }

  /** Resolves when the rows are seeded; starts a new seed when the last one failed. */
  function seeded(conn: KnowledgeConnection, gen: number): Promise<SeedState> {
    if (gen !== generation) return Promise.reject(new Error('the knowledge base was closed; try again'));
    return seeding ?? startSeed(conn, gen, false);
  }

  function connection(): Promise<KnowledgeConnection> {
    if (!opening) return open();
    if (state === 'blocked') return Promise.reject(new Error(KNOWLEDGE_MESSAGES.blocked));
    return opening;
  }

  return {
    connection,
    async rebuild() {
      const conn = await connection();
      const gen = generation;
      await seeding?.catch(() => undefined); // let a running seed finish before rewriting
      conn.ports = createIdbIanaSource(conn.db, () => seeded(conn, gen));
      return startSeed(conn, gen, true);
    },
    health() {
      const health: KnowledgeHealth = { state };
      if (lastError) health.error = lastError;
      if (progress && state === 'seeding') health.progress = { ...progress };
      return health;
    },
  };
}
