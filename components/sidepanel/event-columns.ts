// The columns of the event table, as a list: another column (an address's owner, say) is one more
// entry here, and the grid, the header and the rows follow.
import type { LogEvent } from '../../knowledge';
import type { MessageKey, Translate } from '../i18n/messages';
import { actionCell, portCell, protocolCell, timeCell } from './event-cells';
import type { SortColumn } from './event-sort';
import { countryCell, countryTitle, ownerCell, ownerTitle, type OwnerOf } from './source-owners';

export interface EventColumn {
  id: string;
  /** The header's words, from the locale files. */
  header: MessageKey;
  /** CSS grid track of the column. */
  width: string;
  /** The cell's text; `meaning` is the looked-up "what it means" of the row, `owner` its source's owner, `t` the shown language. */
  cell(e: LogEvent, meaning: string | undefined, owner: OwnerOf, t: Translate): string;
  /** Hover text when the cell may be cut short. */
  title?(e: LogEvent, meaning: string | undefined, owner: OwnerOf, t: Translate): string | undefined;
  className?: string;
  /** Set when the header sorts the table by it. */
  sort?: SortColumn;
}

export const EVENT_COLUMNS: readonly EventColumn[] = [
  { id: 'time', header: 'sidepanel_columnTime', width: '12em', cell: timeCell },
  { id: 'action', header: 'sidepanel_columnAction', width: '4em', cell: actionCell, className: 'pl-cell-action' },
  { id: 'protocol', header: 'sidepanel_columnProtocol', width: '5em', cell: protocolCell },
  { id: 'source', header: 'sidepanel_columnSource', width: '9.5em', cell: (e) => e.src ?? '', title: (e) => e.src, sort: 'source' },
  { id: 'owner', header: 'sidepanel_columnOwner', width: '11em', cell: (_e, _m, o, t) => ownerCell(o, t), title: (_e, _m, o, t) => ownerTitle(o, t), className: 'pl-cell-owner', sort: 'owner' },
  { id: 'country', header: 'sidepanel_columnCountry', width: '4.5em', cell: (_e, _m, o) => countryCell(o), title: (_e, _m, o, t) => countryTitle(o, t), className: 'pl-cell-country', sort: 'country' },
  { id: 'srcPort', header: 'sidepanel_columnSrcPort', width: '4em', cell: (e) => portCell(e.srcPort) },
  { id: 'destination', header: 'sidepanel_columnDestination', width: '9.5em', cell: (e) => e.dst ?? '', title: (e) => e.dst },
  { id: 'dstPort', header: 'sidepanel_columnDstPort', width: '4em', cell: (e) => portCell(e.dstPort) },
  { id: 'meaning', header: 'sidepanel_columnMeaning', width: 'minmax(14em, 1fr)', cell: (_e, m) => m ?? '…', title: (_e, m) => m, className: 'pl-meaning' },
];

/** The grid-template-columns of a column list. */
export function gridTemplate(columns: readonly EventColumn[]): string {
  return columns.map((c) => c.width).join(' ');
}
