// CSV export of the events (RFC 4180), safe to open in a spreadsheet: a cell that starts with
// = + - @ (or a tab / carriage return) gets a leading apostrophe, so it is never run as a formula, and
// every cell holding the delimiter, a quote, a line break or a semicolon (the list separator of many
// European spreadsheets) is quoted. asn, as_name and country are those of the source address.
import type { EventSequence, LogEvent } from '../../knowledge';
import { actionCell, portCell, timeCell } from './event-cells';
import type { OwnerOf } from './source-owners';

export const CSV_COLUMNS = [
  'line', 'time', 'time_text', 'action', 'action_text', 'protocol', 'source', 'source_port', 'asn', 'as_name', 'country',
  'destination', 'destination_port', 'icmp_type', 'icmp_code', 'ttl', 'ip_id', 'tcp_flags', 'window', 'length',
  'service', 'kind', 'method', 'target', 'status', 'query_type', 'user', 'meaning', 'format', 'raw',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The owner fields of a row: empty when there is none or the data is unavailable. */
export function ownerFields(owner: OwnerOf): { asn: number | null; asName: string | null; country: string | null } {
  return owner && typeof owner === 'object' ? { asn: owner.asn, asName: owner.asName, country: owner.country } : { asn: null, asName: null, country: null };
}

/**
 * One CSV document; `meaningOf` adds the "what it means" words where known, `ownerOf` the source's
 * owner. Lines end in CRLF.
 */
export function eventsToCsv(
  events: EventSequence,
  meaningOf: (e: LogEvent) => string | undefined = () => undefined,
  ownerOf: (e: LogEvent) => OwnerOf = () => null,
): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as LogEvent;
    const owner = ownerFields(ownerOf(e));
    rows.push([
      e.line, timeCell(e), e.timeText, actionCell(e), e.actionText, e.protocol, e.src, portCell(e.srcPort),
      owner.asn ?? undefined, owner.asName ?? undefined, owner.country ?? undefined,
      e.dst, portCell(e.dstPort), e.icmpType, e.icmpCode, e.ttl, e.ipId, e.tcpFlags?.join(' '), e.window, e.length,
      e.service, e.kind, e.method, e.target, e.status, e.queryType, e.user, meaningOf(e), e.format, e.raw,
    ].map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
