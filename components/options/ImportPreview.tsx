// What importing a notes file will do, shown before anything is written.
import { useEffect, useRef } from 'preact/hooks';
import type { NotesImportSummary } from '../../messaging/protocol';
import { noteLabel } from './note-list';

const TEXT = {
  title: (file: string) => `Import preview: ${file}`,
  counts: (s: NotesImportSummary) =>
    `${s.total} ${s.total === 1 ? 'note' : 'notes'} in the file: ${s.added} new, ${s.replaced} newer than yours (will replace them), ${s.kept} not newer than yours (yours stay), ${s.invalid} refused.`,
  rules: 'For each note the newer one wins, by its last change; when both are as new, yours stays. The import writes everything or nothing.',
  changes: 'Changes',
  replaces: (previous: string) => `replaces “${previous}”`,
  isNew: 'new',
  refused: 'Refused entries',
  entry: (index: number, key?: string) => `Entry ${index + 1}${key ? ` (${key})` : ''}`,
  more: (shown: number, total: number) => `…and ${total - shown} more.`,
  apply: (n: number) => (n === 1 ? 'Import 1 note' : `Import ${n} notes`),
  nothing: 'Nothing to import: every note here is already as new.',
  cancel: 'Cancel',
  importing: 'Importing…',
};

export interface ImportPreviewProps {
  fileName: string;
  summary: NotesImportSummary;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPreview({ fileName, summary, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const writes = summary.added + summary.replaced;
  // The preview appears after a file is chosen: move focus to it, so keyboard and screen-reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [fileName]);
  return (
    <section class="pl-opt-preview" aria-labelledby="pl-import-preview-title">
      <h3 id="pl-import-preview-title" tabIndex={-1} ref={heading}>{TEXT.title(fileName)}</h3>
      <p>{TEXT.counts(summary)}</p>
      <p class="pl-opt-muted">{TEXT.rules}</p>
      {summary.changes.length > 0 && (
        <>
          <h4>{TEXT.changes}</h4>
          <ul class="pl-opt-plain">
            {summary.changes.map((c) => (
              <li key={c.key}>
                <strong>{noteLabel(c.key)}</strong>: {c.text} <span class="pl-opt-muted">({c.previous !== undefined ? TEXT.replaces(c.previous) : TEXT.isNew})</span>
              </li>
            ))}
          </ul>
          {writes > summary.changes.length && <p class="pl-opt-muted">{TEXT.more(summary.changes.length, writes)}</p>}
        </>
      )}
      {summary.rejected.length > 0 && (
        <>
          <h4>{TEXT.refused}</h4>
          <ul class="pl-opt-plain">
            {summary.rejected.map((r) => (
              <li key={r.index}>{TEXT.entry(r.index, r.key)}: {r.reason}</li>
            ))}
          </ul>
          {summary.invalid > summary.rejected.length && <p class="pl-opt-muted">{TEXT.more(summary.rejected.length, summary.invalid)}</p>}
        </>
      )}
      <div class="pl-opt-row">
        {writes > 0 ? (
          <button type="button" class="pl-opt-button pl-opt-primary" disabled={busy} onClick={onConfirm}>{busy ? TEXT.importing : TEXT.apply(writes)}</button>
        ) : (
          <span>{TEXT.nothing}</span>
        )}
        <button type="button" class="pl-opt-button" disabled={busy} onClick={onCancel}>{TEXT.cancel}</button>
      </div>
    </section>
  );
}
