// One note in the options page's list: read, edit in place, delete (with a confirmation step).
import { useState } from 'preact/hooks';
import { MAX_NOTE, type UserNote } from '../../messaging/protocol';
import { noteLabel } from './note-list';

const TEXT = {
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  confirmDelete: 'Delete this note?',
  yesDelete: 'Yes, delete',
  keep: 'Keep it',
  editLabel: (label: string) => `Your note on ${label}`,
  editAria: (label: string) => `Edit the note on ${label}`,
  deleteAria: (label: string) => `Delete the note on ${label}`,
  updated: (when: string) => `Updated ${when}`,
  saving: 'Saving…',
};

export interface NoteItemProps {
  note: UserNote;
  /** Saves new text; empty text deletes. Rejects with a readable error. */
  onSave(key: string, text: string): Promise<void>;
  formatDate(ms: number): string;
}

export function NoteItem({ note, onSave, formatDate }: NoteItemProps) {
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
        <span class="pl-opt-muted">{TEXT.updated(formatDate(note.updatedAt))}</span>
      </div>
      {mode === 'edit' ? (
        <form
          class="pl-opt-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(draft);
          }}
        >
          <label for={`${id}-text`} class="pl-opt-label">{TEXT.editLabel(label)}</label>
          <textarea id={`${id}-text`} rows={3} maxLength={MAX_NOTE} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <div class="pl-opt-row">
            <button type="submit" class="pl-opt-button pl-opt-primary" disabled={busy}>{busy ? TEXT.saving : TEXT.save}</button>
            <button type="button" class="pl-opt-button" onClick={() => setMode('view')} disabled={busy}>{TEXT.cancel}</button>
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
            aria-label={TEXT.editAria(label)}
            onClick={() => {
              setDraft(note.text);
              setError('');
              setMode('edit');
            }}
          >
            {TEXT.edit}
          </button>
          <button type="button" class="pl-opt-button" aria-label={TEXT.deleteAria(label)} onClick={() => setMode('confirm-delete')}>
            {TEXT.delete}
          </button>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div class="pl-opt-row" role="group" aria-label={TEXT.confirmDelete}>
          <span>{TEXT.confirmDelete}</span>
          <button type="button" class="pl-opt-button pl-opt-danger" disabled={busy} onClick={() => void run('')}>{TEXT.yesDelete}</button>
          <button type="button" class="pl-opt-button" disabled={busy} onClick={() => setMode('view')}>{TEXT.keep}</button>
        </div>
      )}
      {error && <p role="alert" class="pl-opt-error">{error}</p>}
    </li>
  );
}
