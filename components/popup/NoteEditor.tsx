import { useState } from 'preact/hooks';

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
        <span class="pl-note-bar-text">{note ? `Your note on ${label} is on the card below.` : `No note on ${label} yet.`}</span>
        <button type="button" class="pl-button" onClick={start}>
          {note ? 'Edit note' : 'Add note'}
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
        Your note on {label}
      </label>
      <textarea
        id="pl-note-text"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        autoFocus
        value={draft}
        placeholder="e.g. my NAS, opened on purpose"
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
          {saving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" class="pl-button" onClick={() => setEditing(false)}>
          Cancel
        </button>
        {note && <span class="pl-hint">Save an empty note to delete it.</span>}
      </div>
    </form>
  );
}
