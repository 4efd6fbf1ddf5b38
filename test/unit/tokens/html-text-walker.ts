// Test-only: extracts what the content script scans from a (happy-dom) document, together with
// the TokenContext it would pass to detectTokens.
//
// Text model (as in the shared reference/router-ui-dom.md section 8 and the fixtures' checker): text is joined
// across inline elements and split at block / table / list / dt-dd / br boundaries; script, style,
// template, svg, frames and hidden elements are skipped; open shadow roots are entered; input
// values, textarea values and option texts are separate segments.
//
// Context of a segment (nearest cell-like ancestor, crossing shadow roots):
//  - columnHeader: the header row of the cell's table (last all-<th> row above it, colspan-aware;
//    or the header-only <table> just before it, as in ASUS); else data-title; for ARIA grids the
//    columnheader with the same tabulator-field / data-gridcell-column-id.
//  - nextCellText: text of the next cell in the row.
//  - label: <dt> before a <dd>; else the row's label cell (a <th> in a data row, or the first
//    earlier cell whose text has no digit - key/value tables, "Notation | ... | Example");
//    else the table caption/summary; for form controls a <label for>, an enclosing <label>, or a
//    preceding label-like sibling (`label`, `.cbi-value-title`) of the control or its parents.
import type { TokenContext } from '../../../knowledge/tokens';

export type Bucket = 'text' | 'textarea' | 'input-value' | 'option';

export interface TextSegment {
  text: string;
  bucket: Bucket;
  context: TokenContext;
}

const HARD = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|BR|BUTTON|CAPTION|DD|DETAILS|DIALOG|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LEGEND|LI|MAIN|NAV|OL|OPTION|P|PRE|SECTION|SELECT|SUMMARY|TABLE|TBODY|TD|TEXTAREA|TFOOT|TH|THEAD|TR|UL|INPUT|IMG)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|FRAME|FRAMESET|SVG|OBJECT|EMBED|CANVAS)$/;
const CELL_ROLE = /^(cell|gridcell)$/;
const NON_VALUE_INPUT = /^(checkbox|radio|button|submit|hidden|image|reset|file|password|color|range)$/;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Visible-ish text of a cell/label: a <select> counts as its selected option, scripts are skipped. */
function cellText(el: Element): string {
  let s = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += (c as Text).data;
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      const tag = e.tagName.toUpperCase();
      if (tag === 'SELECT') {
        const opt = e.querySelector('option[selected]') ?? e.querySelector('option');
        s += ' ' + (opt?.textContent ?? '') + ' ';
      } else if (!SKIP.test(tag)) {
        walk(e);
      }
    }
  };
  walk(el);
  return squash(s);
}

function parentOrHost(e: Element): Element | null {
  if (e.parentElement) return e.parentElement;
  const root = e.getRootNode() as ShadowRoot;
  return root && 'host' in root ? root.host : null;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const st = view.getComputedStyle(el);
  return st.display === 'none' || st.visibility === 'hidden';
}

function closestCell(el: Element): Element | null {
  for (let e: Element | null = el; e; e = parentOrHost(e)) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH' || tag === 'DD' || CELL_ROLE.test(e.getAttribute('role') ?? '')) return e;
  }
  return null;
}

const cellsOf = (row: Element): Element[] =>
  Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');

const isHeaderRow = (row: Element): boolean => {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => c.tagName === 'TH' || c.classList.contains('header'));
};

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
}

function headerAt(row: Element, col: number): string | undefined {
  let i = 0;
  for (const c of cellsOf(row)) {
    const span = Number(c.getAttribute('colspan') ?? '1') || 1;
    if (col >= i && col < i + span) return cellText(c) || undefined;
    i += span;
  }
  return undefined;
}

function headerRowFor(table: Element, row: Element): Element | null {
  let found: Element | null = null;
  for (const r of rowsOf(table)) {
    if (r === row) break;
    if (isHeaderRow(r)) found = r;
  }
  if (found) return found;
  // ASUS: the <th> row lives in a header-only <table> just before this one
  for (let a: Element | null = table; a && a.tagName !== 'BODY'; a = a.parentElement) {
    const prev = a.previousElementSibling;
    if (!prev) continue;
    const t = prev.tagName === 'TABLE' ? prev : prev.querySelector('table');
    if (!t) return null;
    const rows = rowsOf(t);
    const last = rows[rows.length - 1];
    return last && isHeaderRow(last) ? last : null;
  }
  return null;
}

function tableContext(cell: Element, ctx: TokenContext): void {
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return;
  const cells = cellsOf(row);
  const idx = cells.indexOf(cell);
  let col = 0;
  for (let i = 0; i < idx; i++) col += Number(cells[i].getAttribute('colspan') ?? '1') || 1;
  if (!isHeaderRow(row)) {
    const hr = headerRowFor(table, row);
    const h = (hr && headerAt(hr, col)) || cell.getAttribute('data-title') || undefined;
    if (h) ctx.columnHeader = h;
    const rowTh = cells.slice(0, idx).find((c) => c.tagName === 'TH');
    const firstPlain = cells.slice(0, idx).map(cellText).find((t) => t !== '' && t.length <= 60 && !/\d/.test(t));
    const label = (rowTh && cellText(rowTh)) || firstPlain;
    if (label) ctx.label = label;
  }
  const next = cells[idx + 1];
  if (next) ctx.nextCellText = cellText(next);
  if (!ctx.label) {
    const cap = squash(table.querySelector('caption')?.textContent) || table.getAttribute('summary') || '';
    if (cap) ctx.label = cap;
  }
}

function gridContext(cell: Element, ctx: TokenContext): void {
  const grid = cell.closest('[role=grid], [role=table], .tabulator') ?? cell.ownerDocument.body;
  const field = cell.getAttribute('tabulator-field');
  const colId = cell.getAttribute('data-gridcell-column-id');
  if (field) {
    const h = grid.querySelector(`[role=columnheader][tabulator-field="${field}"]`);
    if (h) ctx.columnHeader = cellText(h) || field;
  } else if (colId) {
    const h = grid.querySelector(`[role=columnheader][data-gridcell-column-id="${colId}"]`);
    ctx.columnHeader = (h && cellText(h)) || colId;
  }
  let n = cell.nextElementSibling;
  while (n && !CELL_ROLE.test(n.getAttribute('role') ?? '')) n = n.nextElementSibling;
  if (n) ctx.nextCellText = cellText(n);
}

const LABELISH = /(?:^|[-_])(?:title|label)$/;

function fieldLabel(el: Element, stop: Element | null): string | undefined {
  const id = el.getAttribute('id');
  if (id && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
    const l = el.ownerDocument.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`);
    if (l) return cellText(l);
  }
  let e: Element | null = el;
  for (let depth = 0; e && e !== stop && depth < 4; depth++, e = e.parentElement) {
    if (e.tagName === 'LABEL' && e !== el) return cellText(e) || undefined;
    let s = e.previousElementSibling;
    for (let k = 0; s && k < 8; k++, s = s.previousElementSibling) {
      if (s.tagName === 'LABEL' || Array.from(s.classList).some((c) => LABELISH.test(c))) return cellText(s) || undefined;
    }
  }
  return undefined;
}

export function contextFor(el: Element): TokenContext {
  const ctx: TokenContext = {};
  const cell = closestCell(el);
  if (cell?.tagName === 'DD') {
    let dt = cell.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) ctx.label = cellText(dt);
  } else if (cell && (cell.tagName === 'TD' || cell.tagName === 'TH')) {
    tableContext(cell, ctx);
  } else if (cell) {
    gridContext(cell, ctx);
  }
  if (!ctx.label) {
    const l = fieldLabel(el, cell);
    if (l) ctx.label = l;
  }
  return ctx;
}

/** Every scanned segment of `doc` in document order (one frame; call once per frame document). */
export function extractSegments(doc: Document): TextSegment[] {
  const out: TextSegment[] = [];
  let parts: string[] = [];
  let owner: Element | null = null;
  const flush = () => {
    const text = parts.join('');
    if (owner && text.trim() !== '') out.push({ text, bucket: 'text', context: contextFor(owner) });
    parts = [];
    owner = null;
  };
  const control = (text: string, bucket: 'textarea' | 'input-value' | 'option', ctxEl: Element) => {
    if (text.trim() !== '') out.push({ text, bucket, context: contextFor(ctxEl) });
  };
  const walkChildren = (node: Node, block: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) one(c, block);
  };
  const one = (n: Node, block: Element): void => {
    if (n.nodeType === 3) {
      if (!owner) owner = block;
      parts.push((n as Text).data);
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.test(tag) || isHidden(el)) return;
    const hard = HARD.test(tag) || CELL_ROLE.test(el.getAttribute('role') ?? '') || el.getAttribute('role') === 'row';
    if (hard) flush();
    if (tag === 'TEXTAREA') control((el as HTMLTextAreaElement).value, 'textarea', el);
    else if (tag === 'INPUT') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (!NON_VALUE_INPUT.test(type)) control((el as HTMLInputElement).value, 'input-value', el);
    } else if (tag === 'SELECT') {
      for (const o of Array.from((el as HTMLSelectElement).querySelectorAll('option'))) control(o.textContent ?? '', 'option', el);
    } else if (el.shadowRoot) {
      flush();
      walkChildren(el.shadowRoot, el);
      for (let l = el.firstChild; l; l = l.nextSibling) { flush(); one(l, el); }
      flush();
    } else {
      walkChildren(el, hard ? el : block);
    }
    if (hard) flush();
  };
  const root = doc.body ?? doc.documentElement;
  if (root) walkChildren(root, root);
  flush();
  return out;
}
