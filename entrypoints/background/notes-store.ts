// User notes on ports and addresses ("8443 = my NAS"), kept in IndexedDB.
import { classifyAddress } from '../../knowledge';
import { MAX_NOTE, type NotesExport, type UserNote } from '../../messaging/protocol';
import type { PortLensDatabase } from './database';

/** Normalises a key so "addr:2001:DB8::0:1" and "addr:2001:db8::1" are the same note. */
export function normaliseNoteKey(key: string): string | null {
  const port = /^port:(\d{1,5})(?:\/(tcp|udp))?$/i.exec(key);
  if (port) {
    const n = Number(port[1]);
    return n <= 65535 ? `port:${n}${port[2] ? `/${port[2].toLowerCase()}` : ''}` : null;
  }
  const addr = /^addr:(.+)$/i.exec(key);
  if (addr) {
    const c = classifyAddress(addr[1]);
    return c ? `addr:${c.address}${c.prefixLength !== undefined ? `/${c.prefixLength}` : ''}` : null;
  }
  return null;
}

export async function getNote(db: PortLensDatabase, key: string): Promise<UserNote | null> {
  const k = normaliseNoteKey(key);
  return k ? ((await db.get('notes', k)) ?? null) : null;
}

/** Saves a note; empty text deletes it. Returns the saved note, or null when deleted. */
export async function setNote(db: PortLensDatabase, key: string, text: string): Promise<UserNote | null> {
  const k = normaliseNoteKey(key);
  if (!k) throw new Error(`"${key}" is not a port or address note key`);
  const clean = text.trim().slice(0, MAX_NOTE);
  if (!clean) {
    await db.delete('notes', k);
    return null;
  }
  const now = Date.now();
  const old = await db.get('notes', k);
  const note: UserNote = { key: k, text: clean, createdAt: old?.createdAt ?? now, updatedAt: now };
  await db.put('notes', note);
  return note;
}

export async function listNotes(db: PortLensDatabase): Promise<UserNote[]> {
  return (await db.getAll('notes')).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function exportNotes(db: PortLensDatabase): Promise<NotesExport> {
  return { format: 'portlens-notes', version: 1, exportedAt: new Date().toISOString(), notes: await listNotes(db) };
}
