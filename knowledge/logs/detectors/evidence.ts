// Shared by the log detectors: turning evidence into a Finding, and wording numbers for people.
import type { Risk } from '../../types';
import type { Finding, FindingRemedy, LogEvent } from '../types';
import type { EventStore } from '../event-store';

/** Most evidence line numbers one finding lists; the explanation gives the full count beyond that. */
export const MAX_EVIDENCE_LINES = 500;
/** Most source addresses one finding lists. */
export const MAX_LISTED_SOURCES = 500;

export interface FindingDraft {
  id: string;
  title: string;
  severity: Risk;
  explanation: string;
  sources: Iterable<string>;
  lines: Iterable<number>;
  /** The one address the finding is about, when there is one. */
  actor?: string;
  targets?: string[];
  remedy?: FindingRemedy;
}

/** Dedupes and sorts the evidence, caps it, and says in the explanation when something was cut. */
export function makeFinding(draft: FindingDraft): Finding {
  const lines = [...new Set(draft.lines)].sort((a, b) => a - b);
  const sources = [...new Set(draft.sources)];
  let explanation = draft.explanation;
  if (lines.length > MAX_EVIDENCE_LINES) {
    explanation += ` ${lines.length} log lines belong to this finding; the first ${MAX_EVIDENCE_LINES} are listed.`;
  }
  if (sources.length > MAX_LISTED_SOURCES) {
    explanation += ` ${sources.length} addresses are involved; the first ${MAX_LISTED_SOURCES} are listed.`;
  }
  const finding: Finding = {
    id: draft.id,
    title: draft.title,
    severity: draft.severity,
    explanation,
    sources: sources.slice(0, MAX_LISTED_SOURCES),
    lines: lines.slice(0, MAX_EVIDENCE_LINES),
  };
  if (draft.actor !== undefined) finding.actor = draft.actor;
  if (draft.targets?.length) finding.targets = draft.targets;
  if (draft.remedy) finding.remedy = draft.remedy;
  return finding;
}

/** The line numbers of store rows. */
export function linesOf(store: EventStore, rows: Iterable<number>): number[] {
  const out: number[] = [];
  for (const r of rows) out.push(store.lineAt(r));
  return out;
}

/** The events of store rows, as objects (for the few rows a finding explains). */
export function eventsOf(store: EventStore, rows: Iterable<number>): LogEvent[] {
  const out: LogEvent[] = [];
  for (const r of rows) out.push(store.at(r) as LogEvent);
  return out;
}

/** " within 40 s", " within 3 min" (rounded up, so never understated); empty without times. */
export function formatSpan(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 1000) return ' within one second';
  if (ms < 120_000) return ` within ${Math.ceil(ms / 1000)} s`;
  if (ms < 2 * 3_600_000) return ` within ${Math.ceil(ms / 60_000)} min`;
  return ` within ${Math.ceil(ms / 360_000) / 10} h`;
}

/** "22, 23, 80 and 5 more": numbers ascending, strings in the given order. */
export function formatList(items: Iterable<string | number>, max = 8): string {
  let list = [...new Set(items)];
  if (list.every((x) => typeof x === 'number')) list = (list as number[]).sort((a, b) => a - b);
  if (list.length <= max) {
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  }
  return `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

/** "port" or "ports" by number. */
export function noun(n: number, word: string, pluralWord = `${word}s`): string {
  return n === 1 ? word : pluralWord;
}

/** "1 port", "27 ports". */
export function count(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
