// Progress of the running analysis with a Cancel button, or a one-line account of the last one: every
// line read is an event, unparsed, blank or a comment.
import type { AnalysisState } from './use-log-analysis';

const n = (x: number) => x.toLocaleString('en');
const some = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

export function AnalysisStatusBar({ state, onCancel }: { state: AnalysisState; onCancel(): void }) {
  const { status, progress, analysis } = state;
  if (status === 'waiting' || status === 'running') {
    const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
    const shown = state.live ? ` · ${some(state.live.count, 'event')} so far` : '';
    const label = !progress
      ? 'Starting the analysis…'
      : progress.done >= progress.total
        ? `Looking for scans, floods and probes…${shown}`
        : `Reading lines: ${n(progress.done)} of ${n(progress.total)}${shown}`;
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
    const parts = [
      `${n(stats.parsedLines)} events from ${n(stats.totalLines)} lines`,
      some(findings.length, 'finding'),
      unparsed.length ? `${n(unparsed.length)} unparsed` : '',
      stats.blankLines ? `${n(stats.blankLines)} blank` : '',
      stats.commentLines ? some(stats.commentLines, 'comment') : '',
      state.ms !== undefined ? `${(state.ms / 1000).toFixed(2)} s` : '',
    ].filter(Boolean);
    return <p class="pl-summary-line" id="pl-status" role="status">{parts.join(' · ')}</p>;
  }
  return null;
}
