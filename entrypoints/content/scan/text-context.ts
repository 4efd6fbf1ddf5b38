// What the page says around a piece of text: its column header (and the table's other headers),
// the next cell's text and a nearby label. The detector needs it to tell a port ("Port extern",
// "Zielport", "目的端口") from a counter, and a switch port from a TCP port.
import type { TokenContext } from '../../../knowledge/tokens';
import { columnOf, short } from './column-headers';
import { blockElement } from './dom-structure';
import { labelOf, precedingLabel } from './labels';

const CELL = 'td, th, [role="gridcell"], [role="cell"], dd';

export { columnIndex } from './column-headers';

function nextCellTextOf(cell: Element | null): string | undefined {
  const next = cell?.nextElementSibling;
  if (!next || !(next.matches(CELL) || next.getAttribute('role') === 'gridcell')) return undefined;
  return short(next.textContent) || undefined;
}

/** The row's other short cells (a protocol cell saying OTHER changes what a port column holds). */
function rowCellsOf(cell: Element | null): string | undefined {
  const row = cell?.parentElement;
  if (!row || !cell || (cell.tagName !== 'TD' && cell.tagName !== 'TH')) return undefined;
  const texts: string[] = [];
  for (let c = row.firstElementChild; c && texts.length < 12; c = c.nextElementSibling) {
    if (c === cell) continue;
    const t = short(c.textContent);
    if (t && t.length <= 24) texts.push(t);
  }
  return texts.join(' | ') || undefined;
}

function compact(ctx: TokenContext): TokenContext | undefined {
  const out: TokenContext = {};
  if (ctx.columnHeader) out.columnHeader = ctx.columnHeader;
  if (ctx.nextCellText) out.nextCellText = ctx.nextCellText;
  if (ctx.label) out.label = ctx.label;
  if (ctx.tableHeaders && (out.columnHeader || out.label)) out.tableHeaders = ctx.tableHeaders;
  if (ctx.rowCells && out.columnHeader) out.rowCells = ctx.rowCells;
  return out.columnHeader || out.nextCellText || out.label ? out : undefined;
}

/**
 * Context of the text inside a block (cell, line, list item, pill). `first` is the text's first
 * node: a label inside the same block before it ("<span class=k>Port:</span> <span>8443</span>") counts.
 */
export function contextOfBlock(block: Node, first?: Node): TokenContext | undefined {
  const el = blockElement(block);
  if (!el || block.nodeType !== 1) return undefined;
  if (el.tagName === 'PRE' || el.tagName === 'BODY' || el.tagName === 'HTML') return undefined;
  const cell = el.closest(CELL);
  const column = columnOf(el, cell);
  const start = first?.parentElement;
  const inside = start && start !== el && el.contains(start) ? precedingLabel(start, el) : undefined;
  return compact({ columnHeader: column.header, tableHeaders: column.all, rowCells: rowCellsOf(cell), nextCellText: nextCellTextOf(cell), label: inside ?? labelOf(el, cell, !!column.header) });
}

/** Context of a form field's value: its `<label>`, a label before it, the row's label, aria-label, placeholder, name. */
export function contextOfField(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): TokenContext | undefined {
  const cell = field.closest(CELL);
  const column = columnOf(field, cell);
  const labels = field.labels ? Array.from(field.labels).map((l) => short(l.textContent)) : [];
  const words = [
    ...labels,
    labelOf(field, cell, !!column.header) ?? '',
    precedingLabel(field, null) ?? '',
    field.getAttribute('aria-label') ?? '',
    field.getAttribute('placeholder') ?? '',
    field.getAttribute('name') ?? '',
  ].filter(Boolean);
  return compact({
    columnHeader: column.header,
    tableHeaders: column.all,
    nextCellText: nextCellTextOf(cell),
    label: [...new Set(words)].join(' ').slice(0, 160) || undefined,
  });
}
