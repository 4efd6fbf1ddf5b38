// Findings, most important first. Each one opens (click, Enter or Space) to its explanation, the
// addresses involved, what to do about it, and its evidence lines (line number and the raw text, as
// text), and filters the event table to those lines.
import type { ComponentChildren } from 'preact';
import type { EventStore, Finding } from '../../knowledge';
import { RiskBadge } from '../cards/RiskBadge';
import { clip } from './event-cells';
import { eventAtLine } from './event-filter';

/** Evidence lines listed under an open finding; the table filter shows them all. */
export const SHOWN_EVIDENCE_LINES = 100;
const SHOWN_SOURCES = 12;

export interface FindingsListProps {
  /** Already in severity order. */
  findings: readonly Finding[];
  events: EventStore;
  /** Index of the open finding, -1 for none. */
  openIndex: number;
  onToggle(index: number): void;
  /** Index of the finding the table is filtered to, -1 for none. */
  filterIndex: number;
  onFilter(index: number): void;
  /** What to do about a finding (its firewall rules), shown when it is open. */
  actions?(finding: Finding): ComponentChildren;
}

function Evidence({ finding, events }: { finding: Finding; events: EventStore }) {
  const shown = finding.lines.slice(0, SHOWN_EVIDENCE_LINES);
  return (
    <>
      <ol class="pl-evidence" aria-label="Evidence lines">
        {shown.map((line) => (
          <li key={line}>
            <span class="pl-line-no">{line}</span>
            <code class="pl-raw">{clip(eventAtLine(events, line)?.raw ?? '(line not among the events)')}</code>
          </li>
        ))}
      </ol>
      {finding.lines.length > shown.length && (
        <p class="pl-hint">Showing {shown.length} of {finding.lines.length} lines; the table below lists them all.</p>
      )}
    </>
  );
}

export function FindingsList({ findings, events, openIndex, onToggle, filterIndex, onFilter, actions }: FindingsListProps) {
  if (findings.length === 0) {
    return (
      <section class="pl-findings" aria-labelledby="pl-findings-title">
        <h2 id="pl-findings-title" class="pl-section-title">Findings</h2>
        <p class="pl-hint pl-no-findings">Nothing suspicious: no scan, flood or probe pattern in these lines.</p>
      </section>
    );
  }
  return (
    <section class="pl-findings" aria-labelledby="pl-findings-title">
      <h2 id="pl-findings-title" class="pl-section-title">Findings ({findings.length})</h2>
      <ul class="pl-finding-list">
        {findings.map((f, i) => {
          const open = i === openIndex;
          const bodyId = `pl-finding-body-${i}`;
          return (
            <li key={`${f.id}#${i}`} class={`pl-finding pl-severity-${f.severity}`} data-finding-id={f.id}>
              <button type="button" class="pl-finding-head" aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(i)}>
                <span class="pl-finding-title">{f.title}</span>
                {f.actorLabel && <span class="pl-finding-actor">— {f.actorLabel}</span>}
                <RiskBadge risk={f.severity} />
                <span class="pl-finding-count">{f.lines.length} line{f.lines.length === 1 ? '' : 's'}</span>
              </button>
              {open && (
                <div id={bodyId} class="pl-finding-body">
                  <p>{f.explanation}</p>
                  {f.sources.length > 0 && (
                    <p class="pl-finding-sources">
                      <strong>From: </strong>
                      {f.sources.slice(0, SHOWN_SOURCES).join(', ')}
                      {f.sources.length > SHOWN_SOURCES ? ` and ${f.sources.length - SHOWN_SOURCES} more` : ''}
                    </p>
                  )}
                  {actions?.(f)}
                  <button type="button" class="pl-button" aria-pressed={filterIndex === i} onClick={() => onFilter(filterIndex === i ? -1 : i)}>
                    {filterIndex === i ? 'Show all events' : 'Show only these lines in the table'}
                  </button>
                  <Evidence finding={f} events={events} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
