// The gist of the findings in one line, at the top of the results: "3 scanners, 1 brute force,
// 1 scanner got an answer on 22/tcp".
import type { AnalysisSummary } from '../../knowledge';

export function SummaryLine({ summary }: { summary: AnalysisSummary }) {
  const answered = summary.parts.some((p) => p.includes('got an answer'));
  return (
    <p id="pl-summary" class={`pl-summary${answered ? ' pl-summary-alert' : ''}`} role="status">
      <strong>In short: </strong>
      {summary.text}
    </p>
  );
}
