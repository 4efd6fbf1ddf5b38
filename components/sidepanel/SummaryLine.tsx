// The gist of the findings in one line, at the top of the results: "3 scanners, 1 brute force,
// 1 scanner got an answer on 22/tcp", and who the scanning sources are.
import type { AnalysisSummary } from '../../knowledge';

/** `owners` is the line on who the scanning sources are (owner-findings.ts), once known. */
export function SummaryLine({ summary, owners }: { summary: AnalysisSummary; owners?: string }) {
  const answered = summary.parts.some((p) => p.includes('got an answer'));
  return (
    <>
      <p id="pl-summary" class={`pl-summary${answered ? ' pl-summary-alert' : ''}`} role="status">
        <strong>In short: </strong>
        {summary.text}
      </p>
      {owners && <p id="pl-owner-summary" class="pl-hint" role="status">{owners}</p>}
    </>
  );
}
