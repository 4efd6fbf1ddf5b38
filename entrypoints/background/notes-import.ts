// Importing a notes file ("Export notes" JSON). The same checks and merge serve the preview and the
// import, so what the preview promises is what the import does:
// - the file: JSON, format "portlens-notes", at most MAX_IMPORTED_NOTES entries;
// - each entry: a port or address key, text of 1 to MAX_NOTE characters, createdAt <= updatedAt,
//   both between 2000-01-01 and now + 1 day (a future date would win every later merge);
// - merge: the newer updatedAt wins; on a tie the note here stays. A note here dated beyond now + 1
//   day (left by an older PortLens that took any date) counts as older than any valid entry;
// - all or nothing: one transaction writes every change, and a failure leaves nothing changed.
import {
  MAX_IMPORTED_NOTES, MAX_NOTE, type NoteRejection, type NotesExport, type NotesFileProblem, type NotesImportSummary, type UserNote,
} from '../../messaging/protocol';
import type { PortLensDatabase } from './database';
import { normaliseNoteKey } from './notes-store';

export { MAX_IMPORTED_NOTES };
/** No PortLens note (nor any firewall log it explains) is older than this. */
export const EARLIEST_NOTE_TIME = Date.UTC(2000, 0, 1);
/** Clocks differ between machines; a day of slack keeps a backup made elsewhere importable. */
export const FUTURE_SLACK_MS = 24 * 60 * 60_000;
/** Reasons and changes listed in a summary (the counts cover everything). */
export const SUMMARY_LIST_LIMIT = 50;

export interface ParsedNotesFile {
  total: number;
  notes: UserNote[];
  rejected: NotesImportSummary['rejected'];
}

const isTime = (v: unknown, now: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_NOTE_TIME && v <= now + FUTURE_SLACK_MS;

/** Why an entry cannot be imported (a code the options page words), or the clean note. */
function checkEntry(raw: unknown, now: number): UserNote | NoteRejection {
  if (typeof raw !== 'object' || raw === null) return 'not-object';
  const entry = raw as Partial<Record<keyof UserNote, unknown>>;
  const key = typeof entry.key === 'string' && entry.key.length <= 100 ? normaliseNoteKey(entry.key) : null;
  if (!key) return 'bad-key';
  if (typeof entry.text !== 'string' || !entry.text.trim()) return 'no-text';
  const text = entry.text.trim();
  if (text.length > MAX_NOTE) return 'too-long';
  if (!isTime(entry.updatedAt, now)) return 'bad-updated-at';
  if (!isTime(entry.createdAt, now)) return 'bad-created-at';
  if (entry.createdAt > entry.updatedAt) return 'created-after-updated';
  return { key, text, createdAt: entry.createdAt, updatedAt: entry.updatedAt };
}

const refuseFile = (problem: NotesFileProblem): never => {
  throw new Error(problem);
};

/** Reads a notes file; throws a NotesFileProblem code (worded by the options page) when the file as a whole is wrong. */
export function parseNotesFile(json: string, now: number): ParsedNotesFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return refuseFile('notes-file-not-json');
  }
  const file = parsed as Partial<NotesExport> | null;
  if (file?.format !== 'portlens-notes' || !Array.isArray(file.notes)) return refuseFile('notes-file-not-export');
  if (file.notes.length > MAX_IMPORTED_NOTES) return refuseFile('notes-file-too-many');
  const byKey = new Map<string, { note: UserNote; index: number }>();
  const rejected: NotesImportSummary['rejected'] = [];
  file.notes.forEach((raw, index) => {
    const checked = checkEntry(raw, now);
    if (typeof checked === 'string') {
      const key = typeof (raw as UserNote)?.key === 'string' ? String((raw as UserNote).key).slice(0, 100) : undefined;
      rejected.push(key ? { index, key, reason: checked } : { index, reason: checked });
      return;
    }
    const twin = byKey.get(checked.key);
    if (twin && twin.note.updatedAt >= checked.updatedAt) {
      rejected.push({ index, key: checked.key, reason: 'superseded', newerEntry: twin.index + 1 });
      return;
    }
    if (twin) rejected.push({ index: twin.index, key: checked.key, reason: 'superseded', newerEntry: index + 1 });
    byKey.set(checked.key, { note: checked, index });
  });
  return { total: file.notes.length, notes: [...byKey.values()].map((v) => v.note), rejected };
}

/** Which incoming notes to write over the notes already here, and the summary to show. */
export function planNotesMerge(file: ParsedNotesFile, existing: UserNote[], now: number): { writes: UserNote[]; summary: NotesImportSummary } {
  const here = new Map(existing.map((n) => [n.key, n]));
  const writes: UserNote[] = [];
  const changes: NotesImportSummary['changes'] = [];
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const note of file.notes) {
    const old = here.get(note.key);
    const oldTime = old && isTime(old.updatedAt, now) ? old.updatedAt : -Infinity;
    if (old && oldTime >= note.updatedAt) {
      kept++;
      continue;
    }
    writes.push(old ? { ...note, createdAt: Math.min(note.createdAt, isTime(old.createdAt, now) ? old.createdAt : note.createdAt) } : note);
    if (old) replaced++;
    else added++;
    if (changes.length < SUMMARY_LIST_LIMIT) changes.push(old ? { key: note.key, text: note.text, updatedAt: note.updatedAt, previous: old.text } : { key: note.key, text: note.text, updatedAt: note.updatedAt });
  }
  const invalid = file.rejected.length;
  return {
    writes,
    summary: {
      total: file.total,
      added,
      replaced,
      kept,
      invalid,
      rejected: file.rejected.slice(0, SUMMARY_LIST_LIMIT),
      changes,
      imported: added + replaced,
      skipped: kept + invalid,
    },
  };
}

/** What importing `json` would do now; writes nothing. */
export async function previewNotesImport(db: PortLensDatabase, json: string, now = Date.now()): Promise<NotesImportSummary> {
  const file = parseNotesFile(json, now);
  return planNotesMerge(file, await db.getAll('notes'), now).summary;
}

/** Imports a notes file in one transaction: every change is written, or none is. */
export async function importNotes(db: PortLensDatabase, json: string, now = Date.now()): Promise<NotesImportSummary> {
  const file = parseNotesFile(json, now);
  const tx = db.transaction('notes', 'readwrite');
  const puts: Promise<unknown>[] = [];
  try {
    // Read, plan and write inside the one transaction, so a note saved meanwhile is merged too.
    const { writes, summary } = planNotesMerge(file, await tx.store.getAll(), now);
    for (const note of writes) puts.push(tx.store.put(note));
    await Promise.all([...puts, tx.done]);
    return summary;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    // The aborted writes reject too; their reason is the one reported below.
    await Promise.allSettled([...puts, tx.done]);
    // The detail alone: the options page says that the import failed and nothing was changed.
    throw error instanceof Error ? error : new Error(String(error));
  }
}
