// Notes: every note on a port or address, searchable, editable; export to JSON and import with a preview.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotesImportSummary, UserNote } from '../../messaging/protocol';
import { useTranslate } from '../i18n/translate-context';
import { formatCount, translateCount, type Translate } from '../i18n/messages';
import { importErrorText } from './import-problems';
import { ImportPreview } from './ImportPreview';
import { NoteItem } from './NoteItem';
import { exportFileName, filterNotes } from './note-list';
import type { NotesApi } from './options-deps';

/** Larger files are refused before reading (the background refuses them too). */
const MAX_IMPORT_BYTES = 2_000_000;

/** "3 notes", or "2 of 3 notes" while a search hides some. */
const shownCount = (t: Translate, shown: number, total: number) =>
  shown === total ? translateCount(t, 'options_notesCount', total) : t('options_notesShownOfTotal', formatCount(t, shown), formatCount(t, total));

export interface NotesSectionProps {
  notes: NotesApi;
  saveFile(fileName: string, text: string): void;
  formatDate(ms: number): string;
  now?: () => Date;
}

export function NotesSection({ notes, saveFile, formatDate, now = () => new Date() }: NotesSectionProps) {
  const t = useTranslate();
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

  /** Runs `work`; a failure shows as `describe` words it (by default the error's message). */
  const attempt = async (work: () => Promise<void>, describe: (e: unknown) => string = (e) => (e instanceof Error ? e.message : String(e))) => {
    setError('');
    setStatus('');
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    attempt(async () => {
      const data = await notes.exportAll();
      const fileName = exportFileName(now());
      saveFile(fileName, JSON.stringify(data, null, 2));
      setStatus(translateCount(t, 'options_notesExported', data.notes.length, fileName));
    });

  const pickFile = (file: File | undefined) =>
    attempt(async () => {
      if (fileInput.current) fileInput.current.value = ''; // the same file can be chosen again
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t('options_notesTooBig'));
      const json = await file.text();
      setPending({ fileName: file.name, json, summary: await notes.previewImport(json) });
    }, (e) => importErrorText(t, e));

  const confirmImport = () =>
    attempt(async () => {
      if (!pending) return;
      const result = await notes.importAll(pending.json);
      setPending(null);
      setStatus(t('options_notesImported', ...[result.added, result.replaced, result.kept, result.invalid].map((n) => formatCount(t, n))));
      await reload();
    }, (e) => t('options_importFailed', importErrorText(t, e)));

  const save = async (key: string, text: string) => {
    await notes.save(key, text);
    await reload();
  };

  const shown = list ? filterNotes(list, query) : [];
  return (
    <section id="notes" class="pl-opt-section" aria-labelledby="pl-notes-title">
      <h2 id="pl-notes-title" tabIndex={-1}>{t('options_notesTitle')}</h2>
      <p class="pl-opt-muted">{t('options_notesIntro')}</p>
      <div class="pl-opt-row">
        <button type="button" class="pl-opt-button" onClick={() => void exportAll()} disabled={busy}>{t('options_notesExport')}</button>
        <button type="button" class="pl-opt-button" onClick={() => fileInput.current?.click()} disabled={busy}>{t('options_notesImport')}</button>
        <input
          ref={fileInput}
          id="pl-import-file"
          type="file"
          accept="application/json,.json"
          class="pl-opt-hidden"
          tabIndex={-1}
          aria-label={t('options_notesImport')}
          onChange={(e) => void pickFile((e.target as HTMLInputElement).files?.[0])}
        />
      </div>
      <p role="status" class="pl-opt-status">{status}</p>
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
      {pending && <ImportPreview fileName={pending.fileName} summary={pending.summary} busy={busy} onConfirm={() => void confirmImport()} onCancel={() => setPending(null)} />}
      <label for="pl-notes-search" class="pl-opt-label">{t('options_notesSearch')}</label>
      <input id="pl-notes-search" type="search" class="pl-opt-input" placeholder={t('options_notesSearchPlaceholder')} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {list === null ? (
        <p>{t('options_notesLoading')}</p>
      ) : list.length === 0 ? (
        <p>{t('options_notesNone')}</p>
      ) : (
        <>
          <p class="pl-opt-muted" aria-live="polite">{shown.length ? shownCount(t, shown.length, list.length) : t('options_notesNoMatch', query)}</p>
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
