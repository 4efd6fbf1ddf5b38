// Importing a notes file: validated entries, the newer updatedAt wins, and all or nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPortLensDb, type PortLensDatabase } from '../../../entrypoints/background/database';
import { EARLIEST_NOTE_TIME, FUTURE_SLACK_MS, MAX_IMPORTED_NOTES, importNotes, previewNotesImport } from '../../../entrypoints/background/notes-import';
import { listNotes, setNote } from '../../../entrypoints/background/notes-store';
import { MAX_NOTE, type UserNote } from '../../../messaging/protocol';

let n = 0;
const freshDb = () => openPortLensDb(`notes-import-test-${++n}`);
const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 24 * 60 * 60_000;
const file = (notes: unknown[]) => JSON.stringify({ format: 'portlens-notes', version: 1, exportedAt: new Date(NOW).toISOString(), notes });
const note = (key: string, text: string, updatedAt: number, createdAt = updatedAt): UserNote => ({ key, text, createdAt, updatedAt });

async function seedNotes(db: PortLensDatabase, notes: UserNote[]) {
  for (const x of notes) await db.put('notes', x);
}

describe('notes import: checks on each entry', () => {
  it.each([
    [note('port:8443', 'ok', NOW + FUTURE_SLACK_MS + 1), 'bad-updated-at'],
    [note('port:8443', 'ok', EARLIEST_NOTE_TIME - 1), 'bad-updated-at'],
    [{ key: 'port:8443', text: 'ok', updatedAt: NOW }, 'bad-created-at'],
    [{ key: 'port:8443', text: 'ok', createdAt: NOW, updatedAt: '2026-11-25' }, 'bad-updated-at'],
    [note('port:8443', 'ok', NOW, NOW + 1), 'created-after-updated'],
    [note('port:8443', 'x'.repeat(MAX_NOTE + 1), NOW), 'too-long'],
    [note('port:8443', '   ', NOW), 'no-text'],
    [note('port:70000', 'ok', NOW), 'bad-key'],
    [note(`addr:${'1'.repeat(200)}`, 'ok', NOW), 'bad-key'],
    ['just a string', 'not-object'],
  ])('refuses %j', async (entry, reason) => {
    const db = await freshDb();
    const summary = await previewNotesImport(db, file([entry]), NOW);
    expect(summary).toMatchObject({ total: 1, added: 0, invalid: 1 });
    expect(summary.rejected[0].reason).toBe(reason);
  });

  it('accepts a backup made on a machine whose clock runs up to a day ahead', async () => {
    const db = await freshDb();
    const summary = await importNotes(db, file([note('port:22', 'jump host', NOW + DAY - 1000)]), NOW);
    expect(summary).toMatchObject({ added: 1, invalid: 0 });
  });

  it('refuses whole files that are not JSON, not an export or too large, with a code the options page words', async () => {
    const db = await freshDb();
    await expect(previewNotesImport(db, '{oops', NOW)).rejects.toThrow(/^notes-file-not-json$/);
    await expect(previewNotesImport(db, '{"notes":[]}', NOW)).rejects.toThrow(/^notes-file-not-export$/);
    const many = Array.from({ length: MAX_IMPORTED_NOTES + 1 }, (_, i) => note(`port:${i}`, 'x', NOW));
    await expect(importNotes(db, file(many), NOW)).rejects.toThrow(/^notes-file-too-many$/);
    expect(await db.count('notes')).toBe(0);
  });
});

describe('notes import: merge', () => {
  it('previews exactly what the import then does, and the newer updatedAt wins', async () => {
    const db = await freshDb();
    await seedNotes(db, [note('port:8443', 'old NAS', NOW - 10 * DAY), note('port:22', 'newer here', NOW - DAY), note('addr:10.0.0.2', 'same', NOW - 5 * DAY)]);
    const json = file([
      note('port:8443', 'Synology NAS', NOW - 2 * DAY, NOW - 30 * DAY), // newer: replaces
      note('port:22', 'older backup', NOW - 3 * DAY), // older: the note here stays
      note('addr:10.0.0.2', 'other text, same time', NOW - 5 * DAY), // tie: the note here stays
      note('addr:2001:DB8::0:1', 'lab', NOW - DAY), // new
      note('port:8443', 'stale copy in the same file', NOW - 20 * DAY), // older twin in the file
    ]);
    const preview = await previewNotesImport(db, json, NOW);
    expect(preview).toMatchObject({ total: 5, added: 1, replaced: 1, kept: 2, invalid: 1, imported: 2, skipped: 3 });
    expect(preview.changes).toEqual([
      { key: 'port:8443', text: 'Synology NAS', updatedAt: NOW - 2 * DAY, previous: 'old NAS' },
      { key: 'addr:2001:db8::1', text: 'lab', updatedAt: NOW - DAY },
    ]);
    expect(preview.rejected).toEqual([{ index: 4, key: 'port:8443', reason: 'superseded', newerEntry: 1 }]);
    expect((await listNotes(db)).find((x) => x.key === 'port:8443')?.text).toBe('old NAS'); // the preview wrote nothing

    const result = await importNotes(db, json, NOW);
    expect(result).toEqual(preview);
    const after = new Map((await listNotes(db)).map((x) => [x.key, x]));
    expect(after.get('port:8443')).toEqual(note('port:8443', 'Synology NAS', NOW - 2 * DAY, NOW - 30 * DAY));
    expect(after.get('port:22')?.text).toBe('newer here');
    expect(after.get('addr:10.0.0.2')?.text).toBe('same');
    expect(after.get('addr:2001:db8::1')?.text).toBe('lab');
  });

  it('lets a genuine backup replace a note an older PortLens saved with a future date', async () => {
    const db = await freshDb();
    await seedNotes(db, [note('port:3389', 'imported with a bogus date', Date.UTC(2099, 0, 1), NOW - DAY)]);
    const result = await importNotes(db, file([note('port:3389', 'RDP to the office PC', NOW - 2 * DAY)]), NOW);
    expect(result).toMatchObject({ replaced: 1, kept: 0 });
    expect((await listNotes(db))[0].text).toBe('RDP to the office PC');
  });

  it('round-trips an export of notes saved through the store', async () => {
    const db = await freshDb();
    await setNote(db, 'port:53/udp', 'pi-hole');
    await setNote(db, 'addr:192.168.1.10', 'printer');
    const exported = JSON.stringify({ format: 'portlens-notes', version: 1, exportedAt: new Date().toISOString(), notes: await listNotes(db) });
    const other = await freshDb();
    expect(await importNotes(other, exported)).toMatchObject({ added: 2, invalid: 0 });
    expect(await importNotes(other, exported)).toMatchObject({ added: 0, replaced: 0, kept: 2 });
    expect((await listNotes(other)).map((x) => x.text).sort()).toEqual(['pi-hole', 'printer']);
  });
});

describe('notes import: all or nothing', () => {
  /** A property of `target`, with methods bound to it (IndexedDB objects refuse a proxy as `this`). */
  const real = (target: object, prop: string | symbol) => {
    const value = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  };

  /**
   * The real database, except that the n-th put of the import's transaction fails: 'throws' gives
   * IndexedDB a note without its key (DataError thrown at once), 'rejects' one whose key is
   * undefined (the request fails later and the browser aborts the transaction).
   */
  function failingOnPut(db: PortLensDatabase, failAt: number, how: 'throws' | 'rejects'): PortLensDatabase {
    return new Proxy(db, {
      get(target, prop) {
        if (prop !== 'transaction') return real(target, prop);
        return () => {
          const tx = target.transaction('notes', 'readwrite'); // the one transaction the import opens
          let puts = 0;
          const store = new Proxy(tx.store, {
            get(s, p) {
              if (p !== 'put') return real(s, p);
              return (value: UserNote) => {
                if (++puts !== failAt) return s.put(value);
                const { key: _key, ...keyless } = value;
                return s.put((how === 'throws' ? keyless : { ...value, key: undefined }) as unknown as UserNote);
              };
            },
          });
          return new Proxy(tx, { get: (t, p) => (p === 'store' ? store : real(t, p)) });
        };
      },
    }) as PortLensDatabase;
  }

  it.each(['throws', 'rejects'] as const)('writes nothing when one write %s half-way, and says why', async (how) => {
    const db = await freshDb();
    await seedNotes(db, [note('port:8443', 'keep me', NOW - 10 * DAY)]);
    const json = file([note('port:8443', 'replacement', NOW - DAY), note('port:22', 'one', NOW - DAY), note('port:23', 'two', NOW - DAY)]);
    await expect(importNotes(failingOnPut(db, 3, how), json, NOW)).rejects.toMatchObject({ name: 'DataError' }); // the store's own reason
    const after = await listNotes(db);
    expect(after).toEqual([note('port:8443', 'keep me', NOW - 10 * DAY)]);
    // The same file imports fine once nothing gets in the way.
    expect(await importNotes(db, json, NOW)).toMatchObject({ added: 2, replaced: 1 });
  });
});
