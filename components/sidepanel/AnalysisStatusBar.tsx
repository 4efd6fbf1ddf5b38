// Progress of the running analysis with a Cancel button, or a one-line account of the last one: every
// line read is an event, unparsed, blank or a comment.
import { formatCount, translateCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import type { AnalysisState } from './use-log-analysis';

export function AnalysisStatusBar({ state, onCancel }: { state: AnalysisState; onCancel(): void }) {
  const t = useTranslate();
  const n = (x: number) => formatCount(t, x);
  const { status, progress, analysis } = state;
  if (status === 'waiting' || status === 'running') {
    const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
    const shown = state.live ? ` · ${translateCount(t, 'sidepanel_eventsSoFar', state.live.count)}` : '';
    const label = !progress
      ? t('sidepanel_starting')
      : progress.done >= progress.total
        ? `${t('sidepanel_detecting')}${shown}`
        : `${t('sidepanel_readingLines', n(progress.done), n(progress.total))}${shown}`;
    return (
      <div class="pl-progress" role="status" aria-live="polite">
        <span>{status === 'waiting' ? t('sidepanel_waitingForTyping') : label}</span>
        {status === 'running' && <progress id="pl-progress" max={100} value={pct} aria-label={t('sidepanel_progressLabel')} />}
        <button type="button" class="pl-button" id="pl-cancel" onClick={onCancel}>{t('sidepanel_cancel')}</button>
      </div>
    );
  }
  if (status === 'cancelled') return <p class="pl-message" role="status">{t('sidepanel_cancelled')}</p>;
  if (status === 'failed') return <p class="pl-error" role="alert">{t('sidepanel_failed', state.error ?? '')}</p>;
  if (status === 'done' && analysis) {
    const { stats, findings, unparsed } = analysis;
    const parts = [
      translateCount(t, 'sidepanel_statusEvents', stats.parsedLines, translateCount(t, 'sidepanel_statusLines', stats.totalLines)),
      translateCount(t, 'sidepanel_statusFindings', findings.length),
      unparsed.length ? t('sidepanel_statusUnparsed', n(unparsed.length)) : '',
      stats.blankLines ? t('sidepanel_statusBlank', n(stats.blankLines)) : '',
      stats.commentLines ? translateCount(t, 'sidepanel_statusComments', stats.commentLines) : '',
      state.ms !== undefined ? t('sidepanel_statusSeconds', (state.ms / 1000).toLocaleString(t('locale_tag'), { minimumFractionDigits: 2, maximumFractionDigits: 2 })) : '',
    ].filter(Boolean);
    return <p class="pl-summary-line" id="pl-status" role="status">{parts.join(' · ')}</p>;
  }
  return null;
}
