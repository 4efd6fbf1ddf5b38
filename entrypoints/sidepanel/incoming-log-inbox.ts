// Picks up log text handed over by "Analyse selection in PortLens" or the page annotator: once when
// the panel opens, then through storage.onChanged while it is open. Each hand-over is taken once.
// Only storage.session is read (messaging/hand-over-area.ts): content scripts can write
// storage.local, so a page could plant a "hand-over" there; the background never writes one there.
import { handOverArea } from '../../messaging/hand-over-area';
import { PENDING_LOG_KEY, readPendingLog } from '../../messaging/protocol';
import type { IncomingLog } from '../../components/sidepanel/sidepanel-deps';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface InboxStorage {
  session?: Area;
  onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
}

export function watchPendingLogs(storage: InboxStorage, onLog: (log: IncomingLog) => void, now = () => Date.now()): () => void {
  const fail = (e: unknown) => console.warn('PortLens: could not read the handed-over log', e);
  let area: Area;
  try {
    area = handOverArea(storage);
  } catch (e) {
    fail(e); // no storage.session: nothing can be handed over, and nothing else is trusted
    return () => undefined;
  }
  let lastTaken = '';
  const take = async () => {
    const raw = (await area.get(PENDING_LOG_KEY))[PENDING_LOG_KEY];
    if (raw === undefined) return;
    await area.remove(PENDING_LOG_KEY);
    const log = readPendingLog(raw, now());
    if (!log) return;
    const id = `${log.createdAt}:${log.text.length}`;
    if (id === lastTaken) return; // read twice while the first removal was under way
    lastTaken = id;
    onLog(log.origin ? { text: log.text, origin: log.origin } : { text: log.text });
  };
  take().catch(fail);
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName === 'session' && changes[PENDING_LOG_KEY]?.newValue) take().catch(fail);
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
