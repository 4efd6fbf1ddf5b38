// What importing a notes file will do, shown before anything is written.
import { useEffect, useRef } from 'preact/hooks';
import type { NotesImportSummary } from '../../messaging/protocol';
import { useTranslate } from '../i18n/translate-context';
import { formatCount, translateCount } from '../i18n/messages';
import { rejectionText } from './import-problems';
import { noteLabel } from './note-list';

export interface ImportPreviewProps {
  fileName: string;
  summary: NotesImportSummary;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportPreview({ fileName, summary, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const t = useTranslate();
  const writes = summary.added + summary.replaced;
  // The preview appears after a file is chosen: move focus to it, so keyboard and screen-reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [fileName]);
  return (
    <section class="pl-opt-preview" aria-labelledby="pl-import-preview-title">
      <h3 id="pl-import-preview-title" tabIndex={-1} ref={heading}>{t('options_importTitle', fileName)}</h3>
      <p>{translateCount(t, 'options_importCounts', summary.total, formatCount(t, summary.added), formatCount(t, summary.replaced), formatCount(t, summary.kept), formatCount(t, summary.invalid))}</p>
      <p class="pl-opt-muted">{t('options_importRules')}</p>
      {summary.changes.length > 0 && (
        <>
          <h4>{t('options_importChanges')}</h4>
          <ul class="pl-opt-plain">
            {summary.changes.map((c) => (
              <li key={c.key}>
                <strong>{noteLabel(c.key)}</strong>: {c.text} <span class="pl-opt-muted">({c.previous !== undefined ? t('options_importReplaces', c.previous) : t('options_importNew')})</span>
              </li>
            ))}
          </ul>
          {writes > summary.changes.length && <p class="pl-opt-muted">{t('options_importMore', formatCount(t, writes - summary.changes.length))}</p>}
        </>
      )}
      {summary.rejected.length > 0 && (
        <>
          <h4>{t('options_importRefused')}</h4>
          <ul class="pl-opt-plain">
            {summary.rejected.map((r) => (
              <li key={r.index}>{(r.key ? t('options_importEntryWithKey', r.index + 1, r.key) : t('options_importEntry', r.index + 1))}: {rejectionText(t, r)}</li>
            ))}
          </ul>
          {summary.invalid > summary.rejected.length && <p class="pl-opt-muted">{t('options_importMore', formatCount(t, summary.invalid - summary.rejected.length))}</p>}
        </>
      )}
      <div class="pl-opt-row">
        {writes > 0 ? (
          <button type="button" class="pl-opt-button pl-opt-primary" disabled={busy} onClick={onConfirm}>{busy ? t('options_importing') : translateCount(t, 'options_importApply', writes)}</button>
        ) : (
          <span>{t('options_importNothing')}</span>
        )}
        <button type="button" class="pl-opt-button" disabled={busy} onClick={onCancel}>{t('options_cancel')}</button>
      </div>
    </section>
  );
}
