// One note in the options page's list: read, edit in place, delete (with a confirmation step).
import { useState } from 'preact/hooks';
import { MAX_NOTE, type UserNote } from '../../messaging/protocol';
import { useTranslate } from '../i18n/translate-context';
import { noteLabel } from './note-list';

export interface NoteItemProps {
  note: UserNote;
  /** Saves new text; empty text deletes. Rejects with a readable error. */
  onSave(key: string, text: string): Promise<void>;
  formatDate(ms: number): string;
}

export function NoteItem({ note, onSave, formatDate }: NoteItemProps) {
  const t = useTranslate();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(note.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const label = noteLabel(note.key);
  const id = `pl-note-${note.key.replace(/[^a-z0-9]/gi, '-')}`;

  const run = async (text: string) => {
    setBusy(true);
    setError('');
    try {
      await onSave(note.key, text);
      setMode('view');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="pl-opt-note" aria-labelledby={`${id}-label`}>
      <div class="pl-opt-note-head">
        <strong id={`${id}-label`} class="pl-opt-note-key">{label}</strong>
        <span class="pl-opt-muted">{t('options_noteUpdated', formatDate(note.updatedAt))}</span>
      </div>
      {mode === 'edit' ? (
        <form
          class="pl-opt-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(draft);
          }}
        >
          <label for={`${id}-text`} class="pl-opt-label">{t('options_noteEditLabel', label)}</label>
          <textarea id={`${id}-text`} rows={3} maxLength={MAX_NOTE} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <div class="pl-opt-row">
            <button type="submit" class="pl-opt-button pl-opt-primary" disabled={busy}>{busy ? t('options_noteSaving') : t('options_noteSave')}</button>
            <button type="button" class="pl-opt-button" onClick={() => setMode('view')} disabled={busy}>{t('options_cancel')}</button>
          </div>
        </form>
      ) : (
        <p class="pl-opt-note-text">{note.text}</p>
      )}
      {mode === 'view' && (
        <div class="pl-opt-row">
          <button
            type="button"
            class="pl-opt-button"
            aria-label={t('options_noteEditAria', label)}
            onClick={() => {
              setDraft(note.text);
              setError('');
              setMode('edit');
            }}
          >
            {t('options_noteEdit')}
          </button>
          <button type="button" class="pl-opt-button" aria-label={t('options_noteDeleteAria', label)} onClick={() => setMode('confirm-delete')}>
            {t('options_noteDelete')}
          </button>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div class="pl-opt-row" role="group" aria-label={t('options_noteConfirmDelete')}>
          <span>{t('options_noteConfirmDelete')}</span>
          <button type="button" class="pl-opt-button pl-opt-danger" disabled={busy} onClick={() => void run('')}>{t('options_noteYesDelete')}</button>
          <button type="button" class="pl-opt-button" disabled={busy} onClick={() => setMode('view')}>{t('options_noteKeep')}</button>
        </div>
      )}
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
    </li>
  );
}
