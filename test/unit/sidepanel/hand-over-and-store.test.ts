// The hand-over inbox (storage + onChanged) and the IndexedDB store of the last input.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { watchPendingLogs, type InboxStorage } from '../../../entrypoints/sidepanel/incoming-log-inbox';
import { createLastInputStore, MAX_SAVED_CHARS } from '../../../entrypoints/sidepanel/last-input-store';
import { PENDING_LOG_KEY, PENDING_LOG_TTL_MS, readPendingLog } from '../../../messaging/protocol';

function fakeArea(data: Record<string, unknown>) {
  return {
    get: vi.fn(async (key: string) => (key in data ? { [key]: data[key] } : {})),
    remove: vi.fn(async (key: string) => void delete data[key]),
  };
}

/** storage.session and storage.local (which content scripts can write), as the browser passes them. */
function fakeStorage(initial: Record<string, unknown> = {}, initialLocal: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const localData: Record<string, unknown> = { ...initialLocal };
  let listener: Parameters<InboxStorage['onChanged']['addListener']>[0] | undefined;
  const local = fakeArea(localData);
  const storage: InboxStorage & { local: typeof local } = {
    session: fakeArea(data),
    local,
    onChanged: { addListener: (l) => (listener = l), removeListener: () => (listener = undefined) },
  };
  const write = (value: unknown) => {
    data[PENDING_LOG_KEY] = value;
    listener?.({ [PENDING_LOG_KEY]: { newValue: value } }, 'session');
  };
  const writeLocal = (value: unknown) => {
    localData[PENDING_LOG_KEY] = value;
    listener?.({ [PENDING_LOG_KEY]: { newValue: value } }, 'local');
  };
  return { storage, data, localData, write, writeLocal, listening: () => listener !== undefined };
}

describe('readPendingLog', () => {
  const now = 1_000_000_000;
  it('accepts the agreed shape and refuses stale, future, empty or malformed ones', () => {
    expect(readPendingLog({ text: 'a', createdAt: now, origin: 'https://x' }, now)).toEqual({ text: 'a', createdAt: now, origin: 'https://x' });
    expect(readPendingLog({ text: 'a', createdAt: now - PENDING_LOG_TTL_MS - 1 }, now)).toBeNull();
    expect(readPendingLog({ text: 'a', createdAt: now + 60_000 }, now)).toBeNull();
    expect(readPendingLog({ text: ' ', createdAt: now }, now)).toBeNull();
    expect(readPendingLog({ text: 5, createdAt: now }, now)).toBeNull();
    expect(readPendingLog('text', now)).toBeNull();
  });
});

describe('watchPendingLogs', () => {
  it('takes a waiting hand-over once, then the ones that arrive while open', async () => {
    const s = fakeStorage({ [PENDING_LOG_KEY]: { text: 'first', createdAt: Date.now() } });
    const onLog = vi.fn();
    const stop = watchPendingLogs(s.storage, onLog);
    await vi.waitFor(() => expect(onLog).toHaveBeenCalledWith({ text: 'first' }));
    expect(s.data[PENDING_LOG_KEY]).toBeUndefined();
    s.write({ text: 'second', createdAt: Date.now() + 1, origin: 'https://router.example' });
    await vi.waitFor(() => expect(onLog).toHaveBeenLastCalledWith({ text: 'second', origin: 'https://router.example' }));
    s.write({ text: 'stale', createdAt: 5 });
    await vi.waitFor(() => expect(s.data[PENDING_LOG_KEY]).toBeUndefined());
    expect(onLog).toHaveBeenCalledTimes(2);
    stop();
    expect(s.listening()).toBe(false);
  });

  it('reads storage.session only: a log planted in storage.local (where content scripts write) is never taken', async () => {
    const planted = { text: 'planted by a page', createdAt: Date.now() };
    const s = fakeStorage({}, { [PENDING_LOG_KEY]: planted });
    const onLog = vi.fn();
    watchPendingLogs(s.storage, onLog);
    s.writeLocal({ ...planted, createdAt: Date.now() + 1 });
    s.write({ text: 'from the background', createdAt: Date.now() + 2 });
    await vi.waitFor(() => expect(onLog).toHaveBeenCalledWith({ text: 'from the background' }));
    expect(onLog).toHaveBeenCalledTimes(1);
    expect(s.storage.local.get).not.toHaveBeenCalled();
    expect(s.localData[PENDING_LOG_KEY]).toBeDefined();
  });

  it('takes nothing, and does not throw, in a browser without storage.session', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const addListener = vi.fn();
    const stop = watchPendingLogs({ onChanged: { addListener, removeListener: vi.fn() } }, vi.fn());
    expect(addListener).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('handed-over log'), expect.objectContaining({ message: expect.stringContaining('storage.session') }));
    stop();
    warn.mockRestore();
  });
});

describe('last input store', () => {
  it('saves, loads and clears the last input', async () => {
    const store = createLastInputStore('portlens-sidepanel-test');
    expect(await store.load()).toBeNull();
    expect(await store.save({ text: 'SRC=1.2.3.4', label: 'pasted text', savedAt: 5 })).toBe('saved');
    expect(await createLastInputStore('portlens-sidepanel-test').load()).toEqual({ text: 'SRC=1.2.3.4', label: 'pasted text', savedAt: 5 });
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('does not keep inputs over the cap, and drops the older one', async () => {
    const store = createLastInputStore('portlens-sidepanel-test-2');
    await store.save({ text: 'old', savedAt: 1 });
    const huge = { length: MAX_SAVED_CHARS + 1 } as unknown as string;
    expect(await store.save({ text: huge, savedAt: 2 })).toBe('too-big');
    expect(await store.load()).toBeNull();
  });
});
