// Export buttons: a Markdown report, CSV of the (filtered) events, the whole analysis as JSON.
import type { EventSequence, LogAnalysis, LogEvent } from '../../knowledge';
import { eventsToCsv } from './export-csv';
import { analysisToJson } from './export-json';
import { analysisToMarkdown } from './export-markdown';
import { ownerOf, type OwnerState } from './source-owners';

export interface ExportBarProps {
  analysis: LogAnalysis;
  /** The events the filters let through (the store itself when none is set). */
  events: EventSequence;
  meaningOf(e: LogEvent): string | undefined;
  /** The owners of the sources, for the asn, asName and country fields of the CSV and JSON. */
  owners: OwnerState;
  download(fileName: string, mimeType: string, text: string): void;
  now?: () => Date;
}

export function exportFileName(kind: 'md' | 'csv' | 'json', now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `portlens-log-${stamp}.${kind}`;
}

export function ExportBar({ analysis, events, meaningOf, owners, download, now = () => new Date() }: ExportBarProps) {
  const filtered = events !== analysis.events;
  const sourceOwner = (e: LogEvent) => ownerOf(owners, e.src);
  return (
    <div class="pl-export" role="group" aria-label="Export">
      <span class="pl-hint">Export{filtered ? ` (${events.length.toLocaleString('en')} filtered events)` : ''}:</span>
      <button type="button" class="pl-button" onClick={() => download(exportFileName('md', now()), 'text/markdown;charset=utf-8', analysisToMarkdown(analysis, { now: now() }))}>
        Markdown report
      </button>
      <button type="button" class="pl-button" onClick={() => download(exportFileName('csv', now()), 'text/csv;charset=utf-8', eventsToCsv(events, meaningOf, sourceOwner))}>
        CSV
      </button>
      <button type="button" class="pl-button" onClick={() => download(exportFileName('json', now()), 'application/json', analysisToJson(analysis, events, now(), owners, sourceOwner))}>
        JSON
      </button>
    </div>
  );
}
