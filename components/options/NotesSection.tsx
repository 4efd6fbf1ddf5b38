// Notes: every note on a port or address, searchable, editable; export to JSON and import with a preview.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotesImportSummary, UserNote } from '../../messaging/protocol';
import { ImportPreview } from './ImportPreview';
import { NoteItem } from './NoteItem';
import { exportFileName, filterNotes } from './note-list';
import type { NotesApi } from './options-deps';

const TEXT = {
  title: 'Notes',
  intro: 'Your own notes on ports and addresses. Add them from the toolbar popup; they stay on this computer.',
  search: 'Search notes',
  searchPlaceholder: 'port, address or words',
  loading: 'Loading notes…',
  none: 'No notes yet. Look up a port or an address in the toolbar popup and choose “Add note”.',
  noMatch: (q: string) => `No note matches “${q}”.`,
  count: (shown: number, total: number) => (shown === total ? `${total} ${total === 1 ? 'note' : 'notes'}` : `${shown} of ${total} notes`),
  exportButton: 'Export notes (JSON)',
  exported: (n: number, file: string) => `Exported ${n} ${n === 1 ? 'note' : 'notes'} to ${file}.`,
  importButton: 'Import notes…',
  imported: (s: NotesImportSummary) => `Imported: ${s.added} new, ${s.replaced} replaced; ${s.kept} kept as they were, ${s.invalid} refused.`,
  tooBig: 'That file is larger than 2 MB; a notes export is far smaller. Choose a file made by “Export notes”.',
};

/** Larger files are refused before reading (the background refuses them too). */
const MAX_IMPORT_BYTES = 2_000_000;

export interface NotesSectionProps {
  notes: NotesApi;
  saveFile(fileName: string, text: string): void;
  formatDate(ms: number): string;
  now?: () => Date;
}

export function NotesSection({ notes, saveFile, formatDate, now = () => new Date() }: NotesSectionProps) {
  const [list, setList] = useState<UserNote[] | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<{ fileName: string; json: string; summary: NotesImportSummary } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = () =>
    notes.list().then(setList, (e) => {
      setList([]);
      setError(e instanceof Error ? e.message : String(e));
    });
  useEffect(() => void reload(), []);

  const attempt = async (work: () => Promise<void>) => {
    setError('');
    setStatus('');
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    attempt(async () => {
      const data = await notes.exportAll();
      const fileName = exportFileName(now());
      saveFile(fileName, JSON.stringify(data, null, 2));
      setStatus(TEXT.exported(data.notes.length, fileName));
    });

  const pickFile = (file: File | undefined) =>
    attempt(async () => {
      if (fileInput.current) fileInput.current.value = ''; // the same file can be chosen again
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) throw new Error(TEXT.tooBig);
      const json = await file.text();
      setPending({ fileName: file.name, json, summary: await notes.previewImport(json) });
    });

  const confirmImport = () =>
    attempt(async () => {
      if (!pending) return;
      const result = await notes.importAll(pending.json);
      setPending(null);
      setStatus(TEXT.imported(result));
      await reload();
    });

  const save = async (key: string, text: string) => {
    await notes.save(key, text);
    await reload();
  };

  const shown = list ? filterNotes(list, query) : [];
  return (
    <section id="notes" class="pl-opt-section" aria-labelledby="pl-notes-title">
      <h2 id="pl-notes-title" tabIndex={-1}>{TEXT.title}</h2>
      <p class="pl-opt-muted">{TEXT.intro}</p>
      <div class="pl-opt-row">
        <button type="button" class="pl-opt-button" onClick={() => void exportAll()} disabled={busy}>{TEXT.exportButton}</button>
        <button type="button" class="pl-opt-button" onClick={() => fileInput.current?.click()} disabled={busy}>{TEXT.importButton}</button>
        <input
          ref={fileInput}
          id="pl-import-file"
          type="file"
          accept="application/json,.json"
          class="pl-opt-hidden"
          tabIndex={-1}
          aria-label={TEXT.importButton}
          onChange={(e) => void pickFile((e.target as HTMLInputElement).files?.[0])}
        />
      </div>
      <p role="status" class="pl-opt-status">{status}</p>
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      {pending && <ImportPreview fileName={pending.fileName} summary={pending.summary} busy={busy} onConfirm={() => void confirmImport()} onCancel={() => setPending(null)} />}
      <label for="pl-notes-search" class="pl-opt-label">{TEXT.search}</label>
      <input id="pl-notes-search" type="search" class="pl-opt-input" placeholder={TEXT.searchPlaceholder} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {list === null ? (
        <p>{TEXT.loading}</p>
      ) : list.length === 0 ? (
        <p>{TEXT.none}</p>
      ) : (
        <>
          <p class="pl-opt-muted" aria-live="polite">{shown.length ? TEXT.count(shown.length, list.length) : TEXT.noMatch(query)}</p>
          <ul class="pl-opt-notes">
            {shown.map((note) => (
              <NoteItem key={`${note.key}:${note.updatedAt}`} note={note} onSave={save} formatDate={formatDate} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
