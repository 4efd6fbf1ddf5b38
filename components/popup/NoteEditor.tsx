import { useState } from 'preact/hooks';
import { useTranslate } from '../i18n/translate-context';

export const NOTE_MAX_LENGTH = 2000;

export interface NoteEditorProps {
  /** "port 8443" or "192.0.2.1". */
  label: string;
  /** The saved note, or null when there is none (or it is still loading). */
  note: string | null;
  /** Saves the text; empty text deletes the note. Rejects with a readable error. */
  onSave(text: string): Promise<void>;
}

/** Add or edit the user's own note on the top result's port or address. Give it `key={noteKey}`. */
export function NoteEditor({ label, note, onSave }: NoteEditorProps) {
  const t = useTranslate();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');

  const start = () => {
    setDraft(note ?? '');
    setError('');
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    setError('');
    try {
      await onSave(draft);
      setEditing(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <div class="pl-note-bar">
        <span class="pl-note-bar-text">{note ? t('popup_noteOnCard', label) : t('popup_noNote', label)}</span>
        <button type="button" class="pl-button" onClick={start}>
          {note ? t('popup_editNote') : t('popup_addNote')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="pl-note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for="pl-note-text" class="pl-section-title">
        {t('popup_noteLabel', label)}
      </label>
      <textarea
        id="pl-note-text"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        autoFocus
        value={draft}
        placeholder={t('popup_notePlaceholder')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setEditing(false);
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      {error && (
        <p class="pl-error" role="alert">
          {error}
        </p>
      )}
      <div class="pl-note-buttons">
        <button type="submit" class="pl-button pl-button-primary" disabled={saving}>
          {saving ? t('popup_saving') : t('popup_saveNote')}
        </button>
        <button type="button" class="pl-button" onClick={() => setEditing(false)}>
          {t('popup_cancel')}
        </button>
        {note && <span class="pl-hint">{t('popup_deleteNoteHint')}</span>}
      </div>
    </form>
  );
}
