// Markdown report: summary, findings with their evidence, top talkers and ports, unparsed lines.
// Log text goes inside code fences longer than any backtick run in it, so it can never become markup.
import type { EventStore, LogAnalysis } from '../../knowledge';
import { eventAtLine } from './event-filter';
import { sortFindingsBySeverity } from './finding-order';

/** Evidence lines quoted per finding, and unparsed lines quoted, in the report. */
export const REPORT_EVIDENCE_LINES = 20;
export const REPORT_UNPARSED_LINES = 20;

/** Escapes text for Markdown prose and table cells: no emphasis, links, HTML, pipes or list starts. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>|~&])/g, '\\$1')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)([#+\-=>])/, '$1\\$2');
}

/** A fenced code block that the text cannot close early. */
export function codeBlock(lines: readonly string[]): string {
  const body = lines.join('\n');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}\n${fence}`;
}

const rawOf = (events: EventStore, line: number) => {
  const raw = eventAtLine(events, line)?.raw ?? '';
  return `${String(line).padStart(6)}  ${raw.length > 2000 ? `${raw.slice(0, 2000)}…` : raw}`;
};

export function analysisToMarkdown(analysis: LogAnalysis, options: { title?: string; now?: Date } = {}): string {
  const { stats, events, unparsed } = analysis;
  const findings = sortFindingsBySeverity(analysis.findings);
  const out: string[] = [];
  out.push(`# ${markdownText(options.title ?? 'PortLens log report')}`, '');
  out.push(`Generated ${(options.now ?? new Date()).toISOString()} by PortLens, offline.`, '');
  out.push('## Summary', '');
  out.push(`**${markdownText(analysis.summary.text)}**`, '');
  out.push(`- Lines read: ${stats.totalLines}`);
  out.push(`- Traffic events: ${stats.parsedLines}`);
  out.push(`- Unparsed lines: ${unparsed.length}`);
  out.push(`- Blank and comment lines: ${stats.blankLines} and ${stats.commentLines}`);
  out.push(`- Actions: ${Object.entries(stats.actions).map(([k, v]) => `${markdownText(k)} ${v}`).join(', ') || 'none'}`);
  out.push(`- Protocols: ${Object.entries(stats.protocols).map(([k, v]) => `${markdownText(k)} ${v}`).join(', ') || 'none'}`);
  out.push(`- Findings: ${findings.length}`, '');

  out.push('## Findings', '');
  if (findings.length === 0) out.push('Nothing suspicious found.', '');
  for (const f of findings) {
    out.push(`### ${markdownText(f.title)}${f.actorLabel ? ` — ${markdownText(f.actorLabel)}` : ''} (${f.severity})`, '');
    out.push(`Detector: \`${f.id}\` · ${f.lines.length} evidence lines · sources: ${f.sources.slice(0, 10).map(markdownText).join(', ') || 'none'}${f.sources.length > 10 ? ` and ${f.sources.length - 10} more` : ''}`, '');
    out.push(markdownText(f.explanation), '');
    const quoted = f.lines.slice(0, REPORT_EVIDENCE_LINES).map((l) => rawOf(events, l));
    if (quoted.length) out.push(codeBlock(quoted), '');
    if (f.lines.length > REPORT_EVIDENCE_LINES) out.push(`…and ${f.lines.length - REPORT_EVIDENCE_LINES} more lines.`, '');
  }

  out.push('## Top sources', '', '| Source | Events |', '|---|---:|');
  for (const s of stats.topSources) out.push(`| ${markdownText(s.address)} | ${s.count} |`);
  out.push('', '## Top destination ports', '', '| Port | Protocol | Events |', '|---:|---|---:|');
  for (const p of stats.topDestinationPorts) out.push(`| ${p.port} | ${markdownText(p.protocol ?? '')} | ${p.count} |`);
  out.push('');

  if (unparsed.length) {
    out.push('## Unparsed lines', '');
    out.push(codeBlock(unparsed.slice(0, REPORT_UNPARSED_LINES).map((u) => `${String(u.line).padStart(6)}  [${u.reason}] ${u.text}`)), '');
    if (unparsed.length > REPORT_UNPARSED_LINES) out.push(`…and ${unparsed.length - REPORT_UNPARSED_LINES} more.`, '');
  }
  return out.join('\n');
}
