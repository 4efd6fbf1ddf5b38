// The event table, virtualised: fixed-height rows, and only the rows in view (plus a few) are in the
// DOM, inside a scroll container whose spacer is as tall as all rows. Stays smooth at 100,000+ rows.
// Very long tables are scaled so the spacer never passes the browsers' element-height limits.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EventSequence, LogEvent } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { EVENT_COLUMNS, gridTemplate, type EventColumn } from './event-columns';
import type { EventSort, SortColumn } from './event-sort';
import type { OwnerOf } from './source-owners';

export const ROW_HEIGHT = 24;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 6;
/** Tallest spacer used; beyond it scroll positions are scaled (Firefox stops near 17.9 million px). */
export const MAX_SCROLL_PX = 8_000_000;
/** Height used when the layout cannot be measured (tests, hidden panel). */
export const FALLBACK_VIEWPORT_PX = 360;

export interface EventTableProps {
  /** The rows: the store, a filtered view of it, or a plain list. May grow while the analysis streams in. */
  events: EventSequence;
  /** The columns, in order (default EVENT_COLUMNS). */
  columns?: readonly EventColumn[];
  meaningOf(e: LogEvent): string | undefined;
  /** The owner of the row's source address (default: none known). */
  ownerOf?(e: LogEvent): OwnerOf;
  /** The sort in force, and how to change it (a sortable header: click, Enter or Space). */
  sort?: EventSort | null;
  onSort?(column: SortColumn): void;
  /** Told which rows are on screen (after scrolling settles), to look up their meanings. */
  onVisibleRows?(rows: readonly LogEvent[]): void;
  /** The pinned row's line number. */
  selectedLine?: number;
  /** Click, Enter or arrow keys: pin a row. */
  onSelect(e: LogEvent): void;
  /** Hover: preview a row (undefined when the pointer leaves). */
  onPreview?(e: LogEvent | undefined): void;
}

export interface RowWindow {
  start: number;
  end: number;
  /** Offset of the first rendered row inside the spacer. */
  top: number;
  spacer: number;
}

/** Which rows to render for a scroll position and viewport height. */
export function rowWindow(count: number, scrollTop: number, height: number): RowWindow {
  const total = count * ROW_HEIGHT;
  const spacer = Math.min(total, MAX_SCROLL_PX);
  const scale = total > spacer && spacer > height ? (total - height) / (spacer - height) : 1;
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, spacer - height)));
  const virtualTop = top * scale;
  const first = Math.min(Math.max(0, count - 1), Math.floor(virtualTop / ROW_HEIGHT));
  const start = Math.max(0, first - OVERSCAN);
  const end = Math.min(count, first + Math.ceil(height / ROW_HEIGHT) + 1 + OVERSCAN);
  const offset = virtualTop - first * ROW_HEIGHT;
  return { start, end, top: Math.max(0, top - offset - (first - start) * ROW_HEIGHT), spacer };
}

/** The scrollTop that puts row `index` in view, given where the view is now. */
function scrollTopFor(count: number, index: number, scrollTop: number, height: number): number {
  const total = count * ROW_HEIGHT;
  const spacer = Math.min(total, MAX_SCROLL_PX);
  const scale = total > spacer && spacer > height ? (total - height) / (spacer - height) : 1;
  const rowTop = index * ROW_HEIGHT;
  const virtualTop = scrollTop * scale;
  if (rowTop >= virtualTop && rowTop + ROW_HEIGHT <= virtualTop + height) return scrollTop;
  const wanted = rowTop < virtualTop ? rowTop : rowTop + ROW_HEIGHT - height;
  return Math.max(0, wanted / scale);
}

const NO_OWNER = (): OwnerOf => null;

/** The header cell: a button when the column sorts, with aria-sort saying which way. */
function ColumnHeader({ column, sort, onSort }: { column: EventColumn; sort?: EventSort | null; onSort?(c: SortColumn): void }) {
  const t = useTranslate();
  const header = t(column.header);
  if (!column.sort || !onSort) return <span role="columnheader">{header}</span>;
  const sorted = sort?.column === column.sort;
  const direction = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
  const by = column.sort;
  return (
    <span role="columnheader" aria-sort={direction}>
      <button type="button" class="pl-sort" data-sort={by} title={t('sidepanel_sortBy', header)} onClick={() => onSort(by)}>
        {header}
        <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </span>
  );
}

export function EventTable({ events, columns = EVENT_COLUMNS, meaningOf, ownerOf = NO_OWNER, sort, onSort, onVisibleRows, selectedLine, onSelect, onPreview }: EventTableProps) {
  const t = useTranslate();
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_VIEWPORT_PX);
  const [active, setActive] = useState(0);

  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return undefined;
    const measure = () => setHeight(el.clientHeight > 0 ? el.clientHeight : FALLBACK_VIEWPORT_PX);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new list (new analysis or filter) starts at the top; a layout effect, so it runs before any
  // scroll that follows the render (a passive effect could land after it and undo it).
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [events]);

  const win = rowWindow(events.length, scrollTop, height);

  // The rows in view, built once per render: the table only ever makes objects for these.
  const visible: LogEvent[] = [];
  for (let i = win.start; i < win.end; i++) visible.push(events.at(i) as LogEvent);

  useEffect(() => {
    if (!onVisibleRows || visible.length === 0) return undefined;
    const timer = setTimeout(() => onVisibleRows(visible), 60);
    return () => clearTimeout(timer);
  }, [events, win.start, win.end, events.length, onVisibleRows]);

  const moveTo = (index: number) => {
    if (!events.length) return;
    const i = Math.max(0, Math.min(events.length - 1, index));
    setActive(i);
    onSelect(events.at(i) as LogEvent);
    const el = body.current;
    const next = scrollTopFor(events.length, i, el?.scrollTop ?? scrollTop, height);
    if (el) el.scrollTop = next;
    setScrollTop(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: events.length - 1 };
    if (e.key in moves) moveTo(moves[e.key]);
    else if (e.key === 'Enter' || e.key === ' ') moveTo(active);
    else return;
    e.preventDefault();
  };

  const template = gridTemplate(columns);
  const rows: JSX.Element[] = [];
  for (let i = win.start; i < win.end; i++) {
    const e = visible[i - win.start];
    const meaning = meaningOf(e);
    const owner = ownerOf(e);
    const selected = e.line === selectedLine;
    rows.push(
      <div
        key={e.line}
        id={`pl-row-${e.line}`}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={selected}
        class={`pl-row${selected ? ' pl-row-selected' : ''}${i === active ? ' pl-row-active' : ''} pl-action-${e.action ?? 'unknown'}`}
        onClick={() => moveTo(i)}
        onMouseEnter={() => onPreview?.(e)}
        title={t('sidepanel_rowTitle', e.line)}
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((c) => <span key={c.id} role="cell" class={c.className} title={c.title?.(e, meaning, owner, t)}>{c.cell(e, meaning, owner, t)}</span>)}
      </div>,
    );
  }

  return (
    <div class="pl-table" role="grid" aria-label={t('sidepanel_eventsTableLabel')} aria-rowcount={events.length + 1}>
      <div class="pl-row pl-row-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        {columns.map((c) => <ColumnHeader key={c.id} column={c} sort={sort} onSort={onSort} />)}
      </div>
      <div
        ref={body}
        class="pl-table-body"
        tabIndex={0}
        aria-activedescendant={active < events.length ? `pl-row-${events.at(active)?.line}` : undefined}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
        onKeyDown={onKeyDown}
        onMouseLeave={() => onPreview?.(undefined)}
      >
        <div class="pl-table-spacer" style={{ height: `${win.spacer}px` }}>
          <div class="pl-table-window" style={{ transform: `translateY(${win.top}px)` }}>
            {rows}
          </div>
        </div>
        {events.length === 0 && <p class="pl-table-empty">{t('sidepanel_noEventsMatch')}</p>}
      </div>
    </div>
  );
}
