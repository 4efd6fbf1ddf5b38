// The column header of a piece of text, in every shape pages give it: <th> rows (in a <thead> or
// not), a first row of <td> cells that reads as a header (TP-Link's td.ListT, bold or class
// hints), the header table just before the data table (ASUS), ARIA grids (role=columnheader),
// div tables (rows of cell divs, a first row of labels) and CSS grids, and column names copied
// onto cells (data-title, data-label, aria-label, Tabulator and EUI column ids). Also every
// header of the table, which tells a switch-port panel ("Port | Link | Speed") from a firewall one.

const MAX_TEXT = 80;
/** Attributes that carry a cell's column name (LuCI, responsive tables, Tabulator, EUI data grid). */
const COLUMN_ATTRIBUTES = ['data-title', 'data-label', 'aria-label', 'tabulator-field', 'data-gridcell-column-id', 'data-field', 'data-column'];
/** Of those, the ones that are ids: the header cell with the same id has the readable name. */
const COLUMN_IDS = new Set(['tabulator-field', 'data-gridcell-column-id', 'data-field']);
const COLUMN_SELECTOR = COLUMN_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** Class names of header cells made of <td> (TP-Link ListT, FreshTomato header, table-title...). */
const HEADER_CLASS = /(?:^|[\s_-])(?:header|head|heading|title|listt|caption|th)(?:$|[\s_\d-])/i;
/** Rows looked at for a header, and cells per row (a div with 50,000 log lines is no table row). */
const MAX_HEADER_ROWS = 8;
const MAX_CELLS = 64;

export const short = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

export interface ColumnInfo {
  header?: string;
  /** All the headers of the table or grid, joined with " | ". */
  all?: string;
}

interface HeaderRow {
  row: Element | null;
  texts: string[];
}

const tableHeaders = new WeakMap<Element, HeaderRow>();

/** The element children of `el`, or null when there are more than `max` (not a table row). */
function cellsOf(el: Element, max = MAX_CELLS): Element[] | null {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (out.length >= max) return null;
    out.push(c);
  }
  return out;
}

const hasDigit = (s: string) => /\d/.test(s);

/** A cell that looks like a header: a th, a header class, or all its text in bold. */
function headerLike(cell: Element): boolean {
  if (cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader' || HEADER_CLASS.test(cell.getAttribute('class') ?? '')) return true;
  const only = cell.firstElementChild;
  if (only && only === cell.lastElementChild && /^(?:B|STRONG)$/.test(only.tagName) && short(only.textContent) === short(cell.textContent)) return true;
  return /font-weight:\s*(?:bold|[6-9]00)/i.test(cell.getAttribute('style') ?? '');
}

/** A row of header cells: in a <thead>, all th/header-like, or all short texts without digits when `loose`. */
function isHeaderRow(row: Element, loose: boolean): boolean {
  const cells = cellsOf(row);
  if (!cells || cells.length < 2) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (cells.every(headerLike)) return true;
  if (!loose) return false;
  const texts = cells.map((c) => short(c.textContent));
  return texts.every((t) => t.length <= 40 && !hasDigit(t)) && texts.filter(Boolean).length >= 2;
}

function headerTexts(row: Element): string[] {
  const texts: string[] = [];
  for (const c of cellsOf(row) ?? []) {
    const text = short(c.textContent);
    for (let i = 0; i < ((c as HTMLTableCellElement).colSpan || 1); i++) texts.push(text);
  }
  return texts;
}

/** Column index of a cell among its row's cells, counting colspans. */
export function columnIndex(cell: Element): number {
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) index += (c as HTMLTableCellElement).colSpan || 1;
  return index;
}

/** The header row among a table's first rows: the last th-like one, else a first row of plain labels over data. */
function findHeaderRow(table: HTMLTableElement): HTMLTableRowElement | null {
  let found: HTMLTableRowElement | null = null;
  const rows = table.rows;
  for (let i = 0; i < Math.min(rows.length, MAX_HEADER_ROWS); i++) {
    if (isHeaderRow(rows[i], false)) found = rows[i];
    else if (found) break;
  }
  if (found || rows.length < 2) return found;
  // TP-Link style: the first row is text only and the rows under it hold numbers.
  const next = short(rows[1].textContent);
  return isHeaderRow(rows[0], true) && hasDigit(next) ? rows[0] : null;
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

function tableColumn(cell: HTMLTableCellElement): ColumnInfo {
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table) return {};
  let cache = tableHeaders.get(table);
  if (!cache || (cache.row && !cache.row.isConnected)) {
    const headerRow = findHeaderRow(table) ?? headerRowNearby(table, headerTexts(row).length);
    cache = { row: headerRow, texts: headerRow ? headerTexts(headerRow) : [] };
    tableHeaders.set(table, cache);
  }
  if (!cache.row || cache.row === row || isHeaderRow(row, false)) return {};
  return { header: cache.texts[columnIndex(cell)] || undefined, all: cache.texts.join(' | ') };
}

/** ARIA grids (Tabulator, EUI) keep their column headers in a separate subtree. */
function ariaColumn(cell: Element): ColumnInfo {
  const grid = cell.closest('[role="grid"], [role="table"], [role="treegrid"]');
  const row = cell.closest('[role="row"]');
  if (!grid || !row) return {};
  const headers = Array.from(grid.querySelectorAll('[role="columnheader"]'));
  const colIndex = Number(cell.getAttribute('aria-colindex'));
  const cells = Array.from(row.children).filter((c) => /^(grid)?cell$|^rowheader$/.test(c.getAttribute('role') ?? ''));
  const index = colIndex > 0 ? colIndex - 1 : cells.indexOf(cell);
  const all = headers.map((h) => short(h.textContent)).join(' | ');
  return { header: index >= 0 && index < headers.length ? short(headers[index].textContent) || undefined : undefined, all };
}

/**
 * Div tables without roles: rows of cell divs under one parent, the first row made of labels.
 * `cell` is the block of the text or its parent.
 */
function divColumn(block: Element): ColumnInfo {
  for (const cell of [block, block.parentElement]) {
    const row = cell?.parentElement;
    const table = row?.parentElement;
    if (!cell || !row || !table) continue;
    const cells = cellsOf(row);
    if (!cells || cells.length < 2) continue;
    const first = table.firstElementChild;
    if (!first || first === row || first.firstElementChild === first.lastElementChild) continue;
    const headerCells = cellsOf(first);
    if (!headerCells || headerCells.length !== cells.length || !isHeaderRow(first, true)) continue;
    const texts = headerCells.map((c) => short(c.textContent));
    return { header: texts[cells.indexOf(cell)] || undefined, all: texts.join(' | ') };
  }
  return gridColumn(block);
}

const gridColumns = new WeakMap<Element, number>();
/** Most cells of a CSS grid table (a parent of 50,000 log lines is none: its style is never asked). */
const MAX_GRID_CELLS = 4096;

/** CSS grid tables: cells are direct children of the grid, the first `columns` of them are the header. */
function gridColumn(cell: Element): ColumnInfo {
  const grid = cell.parentElement;
  if (!grid || grid.firstElementChild === cell) return {};
  let columns = gridColumns.get(grid);
  if (columns === undefined) {
    // A computed style brings the whole page's styles up to date at once, in our task (hundreds of
    // ms before the first frame of a 50,000-element log): asked only of parents small enough to be grids.
    const view = grid.ownerDocument.defaultView;
    const template = view && grid.isConnected && cellsOf(grid, MAX_GRID_CELLS) ? view.getComputedStyle(grid) : null;
    columns = template?.display.includes('grid') ? template.gridTemplateColumns.split(/\s+/).filter((s) => s && s !== 'none').length : 0;
    gridColumns.set(grid, columns);
  }
  if (columns < 2) return {};
  const cells = cellsOf(grid, MAX_GRID_CELLS);
  if (!cells || cells.length < 2 * columns) return {};
  const header = cells.slice(0, columns);
  const texts = header.map((c) => short(c.textContent));
  if (texts.some(hasDigit)) return {};
  const index = cells.indexOf(cell);
  return index >= columns ? { header: texts[index % columns] || undefined, all: texts.join(' | ') } : {};
}

/** A column name copied onto the cell (or an element around the text inside it). */
function attributeColumn(el: Element, cell: Element | null): ColumnInfo | undefined {
  const hinted = el.closest(COLUMN_SELECTOR);
  // The name must belong to this cell (on it or inside it), not to the grid around it.
  const own = cell ? hinted === cell || (!!hinted && cell.contains(hinted)) : hinted === el || hinted === el.parentElement;
  if (!hinted || !own) return undefined;
  for (const a of COLUMN_ATTRIBUTES) {
    const v = hinted.getAttribute(a);
    if (!v) continue;
    if (!COLUMN_IDS.has(a)) return { header: short(v) };
    // Tabulator / EUI: the header cell with the same id has the readable name ("Source", not "src").
    const grid = hinted.closest('[role="grid"], [role="table"], .tabulator') ?? hinted.ownerDocument;
    const head = grid.querySelector(`[role="columnheader"][${a}="${v.replace(/["\\]/g, '\\$&')}"]`);
    const all = Array.from(grid.querySelectorAll('[role="columnheader"]'), (h) => short(h.textContent)).join(' | ') || undefined;
    const text = head ? short(head.textContent) : '';
    return { header: text && text !== short(v) ? `${text} ${short(v)}` : short(v), all };
  }
  return undefined;
}

/** The column of the text in `el` (its block), `cell` being its table or grid cell when it has one. */
export function columnOf(el: Element, cell: Element | null): ColumnInfo {
  const hinted = attributeColumn(el, cell);
  if (hinted) return hinted;
  if (cell && (cell.tagName === 'TD' || cell.tagName === 'TH')) return tableColumn(cell as HTMLTableCellElement);
  if (cell && cell.tagName === 'DD') return {};
  if (cell) return ariaColumn(cell);
  return divColumn(el);
}
