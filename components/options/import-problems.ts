// The words for the background's notes-import codes: why an entry was refused, why a whole file was,
// in the page's language. An error that is no known code (a failed write) is shown as its detail.
import { MAX_IMPORTED_NOTES, MAX_NOTE, NOTES_FILE_PROBLEMS, type NoteRejection, type NotesFileProblem, type NotesImportSummary } from '../../messaging/protocol';
import { formatCount, type MessageKey, type Translate } from '../i18n/messages';

const REJECTION_KEYS: Record<Exclude<NoteRejection, 'too-long' | 'superseded'>, MessageKey> = {
  'not-object': 'options_rejectNotObject',
  'bad-key': 'options_rejectBadKey',
  'no-text': 'options_rejectNoText',
  'bad-updated-at': 'options_rejectBadUpdatedAt',
  'bad-created-at': 'options_rejectBadCreatedAt',
  'created-after-updated': 'options_rejectCreatedAfterUpdated',
};

/** "the note has no text", "entry 3 has a newer version of this note"… */
export function rejectionText(t: Translate, { reason, newerEntry }: NotesImportSummary['rejected'][number]): string {
  if (reason === 'too-long') return t('options_rejectTooLong', formatCount(t, MAX_NOTE));
  if (reason === 'superseded') return t('options_rejectSuperseded', newerEntry ?? '?');
  return REJECTION_KEYS[reason] ? t(REJECTION_KEYS[reason]) : String(reason);
}

const isFileProblem = (message: string): message is NotesFileProblem => (NOTES_FILE_PROBLEMS as readonly string[]).includes(message);

/** What a failed preview or import says: the worded file problem, else the error's own message. */
export function importErrorText(t: Translate, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!isFileProblem(message)) return message;
  if (message === 'notes-file-not-json') return t('options_fileNotJson');
  if (message === 'notes-file-not-export') return t('options_fileNotExport');
  return t('options_fileTooMany', formatCount(t, MAX_IMPORTED_NOTES));
}
