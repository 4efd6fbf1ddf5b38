// What the page says around a piece of text: its table column header, the next cell's text and
// a nearby label. The detector needs it to tell a port ("Dest Port" column) from a counter.
import type { TokenContext } from '../../../knowledge/tokens';
import { blockElement } from './dom-structure';

const MAX_TEXT = 80;
const CELL = 'td, th, [role="gridcell"], [role="cell"], dd';
/** Attributes that carry a cell's column name (LuCI, Tabulator, EUI data grid, responsive tables). */
const COLUMN_ATTRIBUTES = ['data-title', 'tabulator-field', 'data-gridcell-column-id', 'data-label', 'data-field', 'data-column'];
const COLUMN_SELECTOR = COLUMN_ATTRIBUTES.map((a) => `[${a}]`).join(',');

const short = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

interface HeaderCache {
  row: Element | null;
  texts: string[];
}
const tableHeaders = new WeakMap<Element, HeaderCache>();

/** Column index of a table cell, counting the colspans of the cells before it. */
export function columnIndex(cell: HTMLTableCellElement): number {
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) index += (c as HTMLTableCellElement).colSpan || 1;
  return index;
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = row.cells;
  if (cells.length < 2) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  for (const c of Array.from(cells)) if (c.tagName !== 'TH' && !c.classList.contains('header')) return false;
  return true;
}

function headerTexts(row: HTMLTableRowElement): string[] {
  const texts: string[] = [];
  for (const c of Array.from(row.cells)) {
    const text = short(c.textContent);
    for (let i = 0; i < (c.colSpan || 1); i++) texts.push(text);
  }
  return texts;
}

/** The last header-like row among a table's first rows (headers are not always in a thead). */
function findHeaderRow(table: HTMLTableElement): HTMLTableRowElement | null {
  let found: HTMLTableRowElement | null = null;
  const rows = table.rows;
  for (let i = 0; i < Math.min(rows.length, 8); i++) {
    if (isHeaderRow(rows[i])) found = rows[i];
    else if (found) break;
  }
  return found;
}

/** ASUS-style pages put the header row in a separate table just before the data table. */
function headerRowNearby(table: HTMLTableElement, columns: number): HTMLTableRowElement | null {
  let n: Element | null = table;
  for (let depth = 0; n && depth < 3; depth++, n = n.parentElement) {
    let sibling = n.previousElementSibling;
    for (let k = 0; sibling && k < 3; k++, sibling = sibling.previousElementSibling) {
      const tables = sibling.tagName === 'TABLE' ? [sibling] : Array.from(sibling.querySelectorAll('table'));
      const last = tables[tables.length - 1] as HTMLTableElement | undefined;
      const row = last ? findHeaderRow(last) : null;
      if (row && Math.abs(headerTexts(row).length - columns) <= 1) return row;
    }
  }
  return null;
}

function tableHeader(cell: HTMLTableCellElement): string | undefined {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table) return undefined;
  let cache = tableHeaders.get(table);
  if (!cache || (cache.row && !cache.row.isConnected)) {
    const own = findHeaderRow(table);
    const headerRow = own ?? headerRowNearby(table, headerTexts(row).length);
    cache = { row: headerRow, texts: headerRow ? headerTexts(headerRow) : [] };
    tableHeaders.set(table, cache);
  }
  if (!cache.row || cache.row === row || isHeaderRow(row)) return undefined;
  return cache.texts[columnIndex(cell)] || undefined;
}

/** ARIA grids (Tabulator, EUI) keep their column headers in a separate subtree. */
function ariaHeader(cell: Element): string | undefined {
  const grid = cell.closest('[role="grid"], [role="table"], [role="treegrid"]');
  const row = cell.closest('[role="row"]');
  if (!grid || !row) return undefined;
  const colIndex = Number(cell.getAttribute('aria-colindex'));
  const cells = Array.from(row.children).filter((c) => /^(grid)?cell$|^rowheader$/.test(c.getAttribute('role') ?? ''));
  const index = colIndex > 0 ? colIndex - 1 : cells.indexOf(cell);
  const headers = grid.querySelectorAll('[role="columnheader"]');
  return index >= 0 && index < headers.length ? short(headers[index].textContent) || undefined : undefined;
}

function columnHeaderOf(el: Element, cell: Element | null): string | undefined {
  const hinted = el.closest(COLUMN_SELECTOR);
  if (hinted && (!cell || cell.contains(hinted) || hinted.contains(cell))) {
    for (const a of COLUMN_ATTRIBUTES) {
      const v = hinted.getAttribute(a);
      if (v) return short(v);
    }
  }
  if (!cell) return undefined;
  if (cell.tagName === 'TD' || cell.tagName === 'TH') return tableHeader(cell as HTMLTableCellElement);
  if (cell.tagName === 'DD') return undefined;
  return ariaHeader(cell);
}

/** A label for a value: dt before dd, th (or the first cell) before the value cell, LuCI titles. */
function labelOf(el: Element, cell: Element | null): string | undefined {
  if (cell?.tagName === 'DD') {
    let dt = cell.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) return short(dt.textContent);
  }
  if (cell && (cell.tagName === 'TD' || cell.tagName === 'TH')) {
    const row = cell.parentElement as HTMLTableRowElement;
    const first = row.cells[0];
    if (first && first !== cell && (first.tagName === 'TH' || row.cells.length === 2)) return short(first.textContent);
  }
  const luci = el.closest('.cbi-value');
  const title = luci?.querySelector('.cbi-value-title');
  if (title) return short(title.textContent);
  const label = el.closest('label');
  if (label) return short(label.textContent);
  return undefined;
}

function nextCellTextOf(cell: Element | null): string | undefined {
  const next = cell?.nextElementSibling;
  if (!next || !(next.matches(CELL) || next.getAttribute('role') === 'gridcell')) return undefined;
  return short(next.textContent) || undefined;
}

function compact(ctx: TokenContext): TokenContext | undefined {
  const out: TokenContext = {};
  if (ctx.columnHeader) out.columnHeader = ctx.columnHeader;
  if (ctx.nextCellText) out.nextCellText = ctx.nextCellText;
  if (ctx.label) out.label = ctx.label;
  return out.columnHeader || out.nextCellText || out.label ? out : undefined;
}

/** Context of the text inside a block (cell, line, list item). */
export function contextOfBlock(block: Node): TokenContext | undefined {
  const el = blockElement(block);
  if (!el || block.nodeType !== 1) return undefined;
  if (el.tagName === 'PRE' || el.tagName === 'BODY' || el.tagName === 'HTML') return undefined;
  const cell = el.closest(CELL);
  return compact({ columnHeader: columnHeaderOf(el, cell), nextCellText: nextCellTextOf(cell), label: labelOf(el, cell) });
}

/** Context of a form field's value: its `<label>`, the row's label cell, aria-label, placeholder, name. */
export function contextOfField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): TokenContext | undefined {
  const cell = field.closest(CELL);
  const labels = field.labels ? Array.from(field.labels).map((l) => short(l.textContent)) : [];
  const before = field.previousElementSibling;
  const beforeText = before && !before.matches('input, select, textarea, br') ? short(before.textContent) : '';
  const words = [
    ...labels,
    labelOf(field, cell) ?? '',
    beforeText.length <= 40 ? beforeText : '',
    field.getAttribute('aria-label') ?? '',
    field.getAttribute('placeholder') ?? '',
    field.getAttribute('name') ?? '',
  ].filter(Boolean);
  return compact({
    columnHeader: columnHeaderOf(field, cell),
    nextCellText: nextCellTextOf(cell),
    label: words.join(' ').slice(0, MAX_TEXT * 2) || undefined,
  });
}
