// Progress of the running analysis with a Cancel button, or a one-line summary of the last one.
import type { AnalysisState } from './use-log-analysis';

export function AnalysisStatusBar({ state, onCancel }: { state: AnalysisState; onCancel(): void }) {
  const { status, progress, analysis } = state;
  if (status === 'waiting' || status === 'running') {
    const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
    const label = !progress
      ? 'Starting the analysis…'
      : progress.phase === 'receiving'
        ? `Collecting events: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
        : progress.done >= progress.total
          ? 'Looking for scans, floods and probes…'
          : `Reading lines: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`;
    return (
      <div class="pl-progress" role="status" aria-live="polite">
        <span>{status === 'waiting' ? 'Waiting for you to stop typing…' : label}</span>
        {status === 'running' && <progress id="pl-progress" max={100} value={pct} aria-label="Analysis progress" />}
        <button type="button" class="pl-button" id="pl-cancel" onClick={onCancel}>Cancel</button>
      </div>
    );
  }
  if (status === 'cancelled') return <p class="pl-message" role="status">Analysis cancelled. Edit the text or press Analyse to run it again.</p>;
  if (status === 'failed') return <p class="pl-error" role="alert">The analysis failed: {state.error}</p>;
  if (status === 'done' && analysis) {
    const { stats, findings, unparsed } = analysis;
    return (
      <p class="pl-summary-line" role="status">
        {stats.parsedLines.toLocaleString('en')} events from {stats.totalLines.toLocaleString('en')} lines
        {' · '}{findings.length} finding{findings.length === 1 ? '' : 's'}
        {unparsed.length ? ` · ${unparsed.length.toLocaleString('en')} unparsed` : ''}
        {state.ms !== undefined ? ` · ${(state.ms / 1000).toFixed(2)} s` : ''}
      </p>
    );
  }
  return null;
}
