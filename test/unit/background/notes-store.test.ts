import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openPortLensDb } from '../../../entrypoints/background/database';
import { importNotes } from '../../../entrypoints/background/notes-import';
import { exportNotes, getNote, listNotes, normaliseNoteKey, setNote } from '../../../entrypoints/background/notes-store';

let n = 0;
const name = () => `notes-test-${++n}`;

describe('user notes', () => {
  it('saves, normalises keys, edits and deletes', async () => {
    const db = await openPortLensDb(name());
    await setNote(db, 'port:8443', 'my NAS');
    expect((await getNote(db, 'port:8443'))?.text).toBe('my NAS');
    await setNote(db, 'addr:2001:DB8:0:0::1', 'lab box');
    expect((await getNote(db, 'addr:2001:db8::1'))?.text).toBe('lab box');
    const first = await getNote(db, 'port:8443');
    await setNote(db, 'port:8443', 'Synology');
    const edited = await getNote(db, 'port:8443');
    expect(edited?.createdAt).toBe(first?.createdAt);
    expect(edited?.text).toBe('Synology');
    await setNote(db, 'port:8443', '   ');
    expect(await getNote(db, 'port:8443')).toBeNull();
    expect(normaliseNoteKey('port:70000')).toBeNull();
    await expect(setNote(db, 'addr:not-an-ip', 'x')).rejects.toThrow(/not a port or address/);
  });

  it('exports and imports as JSON, skipping bad entries with a count', async () => {
    const db = await openPortLensDb(name());
    await setNote(db, 'port:53/udp', 'pi-hole');
    await setNote(db, 'addr:192.168.1.10', 'printer');
    const json = JSON.stringify(await exportNotes(db));
    const other = await openPortLensDb(name());
    const result = await importNotes(other, JSON.stringify({ ...JSON.parse(json), notes: [...JSON.parse(json).notes, { key: 'port:99999', text: 'bad' }, { nope: 1 }] }));
    expect(result).toMatchObject({ imported: 2, skipped: 2, added: 2, invalid: 2 });
    expect((await listNotes(other)).map((x) => x.key).sort()).toEqual(['addr:192.168.1.10', 'port:53/udp']);
    await expect(importNotes(other, '{oops')).rejects.toThrow('notes-file-not-json');
    await expect(importNotes(other, '{"notes":[]}')).rejects.toThrow('notes-file-not-export');
  });

  it('migrates version 1 notes to version 2 without losing them', async () => {
    const dbName = name();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('ports', { keyPath: 'port' });
        db.createObjectStore('ranges', { keyPath: 'id' });
        db.createObjectStore('notes', { keyPath: 'key' });
      },
    });
    await v1.put('notes', { key: 'port:8443', text: 'my NAS' });
    await v1.put('notes', { key: 'addr:10.0.0.2', text: 'old server' });
    v1.close();
    const db = await openPortLensDb(dbName);
    const notes = await listNotes(db);
    expect(notes.map((x) => x.text).sort()).toEqual(['my NAS', 'old server']);
    for (const note of notes) {
      expect(note.createdAt).toBeGreaterThan(0);
      expect(note.updatedAt).toBeGreaterThan(0);
    }
  });
});
