// The label of a value, in every shape pages give it: <dt> before <dd>, the row's label cell
// (a <th>, the first of two cells, or the nearest plain-text cell before it), LuCI titles, an
// enclosing <label>, "Label:" text or a label element just before the value (or before one of its
// parents: chips and pills after "Port group:"), and last the table's caption or summary.
import { short } from './column-headers';

/** Labels are short; longer text before a value is prose. */
const MAX_LABEL = 60;
/** Siblings looked back through for a label (pills of the same list are skipped over). */
const MAX_SIBLINGS = 24;
const LABEL_CLASS = /(?:^|[\s_-])(?:label|title|name|key|caption)(?:$|[\s_-])/i;

const hasDigit = (s: string) => /\d/.test(s);

function columnOfCell(c: Element): number {
  let i = 0;
  for (let p = c.previousElementSibling; p; p = p.previousElementSibling) i++;
  return i;
}

/**
 * A row's label cell before `cell`: a <th>, the first of two cells, or the nearest short cell
 * without digits (in a table with column headers, only among the row's first two cells: the
 * row's name, like "port range with hyphen" before its example).
 */
function rowLabel(cell: Element, headed: boolean): string | undefined {
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!row?.cells) return undefined;
  const first = row.cells[0];
  if (first && first !== cell && (first.tagName === 'TH' || row.cells.length === 2)) return short(first.textContent) || undefined;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (headed && columnOfCell(c) > 1) continue;
    const text = short(c.textContent);
    if (text && text.length <= MAX_LABEL && !hasDigit(text)) return text;
  }
  return undefined;
}

/** Text that reads as a label: short, with letters, and ending in ':' or marked as a label. */
function asLabel(node: Node): string | undefined {
  const text = short(node.textContent);
  if (!text || text.length > MAX_LABEL || !/\p{L}/u.test(text)) return undefined;
  if (/[:：]$/.test(text)) return text.replace(/\s*[:：]$/, '');
  if (node.nodeType !== 1) return undefined;
  const el = node as Element;
  return el.tagName === 'LABEL' || el.tagName === 'DT' || el.tagName === 'TH' || LABEL_CLASS.test(el.getAttribute('class') ?? '') ? text : undefined;
}

/** A label before `el` among its previous siblings (text or elements), skipping values like it. */
function labelBefore(el: Element): string | undefined {
  let seen = 0;
  for (let n = el.previousSibling; n && seen < MAX_SIBLINGS; n = n.previousSibling, seen++) {
    if (n.nodeType === 3 && !/\S/.test((n as Text).data)) continue;
    const label = asLabel(n);
    if (label) return label;
    // Another value of the same list (a pill with a number): keep looking before it.
    if (n.nodeType === 1 && (n as Element).tagName === el.tagName && hasDigit(short(n.textContent))) continue;
    // Other fields of the same form row (a select before a custom-value input): look past them.
    if (n.nodeType === 1 && (/^(?:INPUT|SELECT|BR|IMG)$/.test((n as Element).tagName) || (n as Element).querySelector('input, select, textarea'))) continue;
    return undefined;
  }
  return undefined;
}

/** The nearest label before `el` or before one of its first few ancestors (stopping at `stop`). */
export function precedingLabel(el: Element, stop: Element | null, depth = 3): string | undefined {
  let e: Element | null = el;
  for (let d = 0; e && e !== stop && d <= depth; d++, e = e.parentElement) {
    if (e.tagName === 'BODY' || e.tagName === 'HTML') break;
    const label = labelBefore(e);
    if (label) return label;
  }
  return undefined;
}

/** The table's own title for its values (weakest label). */
function tableTitle(el: Element): string | undefined {
  const table = el.closest('table');
  if (!table) return undefined;
  // The table's own caption (a child of it): querySelector would search all its cells, per cell.
  return short(table.caption?.textContent) || short(table.getAttribute('summary')) || undefined;
}

/** A label for the text in `el`, whose cell (td, th, gridcell, dd) is `cell`; `headed`: its column has a header. */
export function labelOf(el: Element, cell: Element | null, headed = false): string | undefined {
  if (cell?.tagName === 'DD') {
    let dt = cell.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) return short(dt.textContent);
  }
  if (cell && (cell.tagName === 'TD' || cell.tagName === 'TH')) {
    const label = rowLabel(cell, headed);
    if (label) return label;
  }
  const luci = el.closest('.cbi-value');
  const title = luci?.querySelector('.cbi-value-title');
  if (title) return short(title.textContent);
  const label = el.closest('label');
  if (label) return short(label.textContent);
  return (cell ? precedingLabel(el, cell) : precedingLabel(el, null)) ?? tableTitle(el);
}
