// Long lists (log lines, table rows) are watched as one: which list an element belongs to, and
// which of its items are on screen (a binary search on their boxes, lists running top to bottom),
// so that a 50,000-line log costs a few dozen box reads per frame.

/** Screens of margin taken as on screen above and below what is visible. */
export const MARGIN_SCREENS = 0.5;
/** A parent with this many children is a list (log lines, table rows): it is watched as one. */
const LIST_SIZE = 64;
/** Most list items looked at per list and frame (a screen of log lines is ~50). */
const MAX_ITEMS_PER_FRAME = 600;

/** Parents known to be long lists. (childElementCount walks all the children: ask once per parent.) */
const lists = new WeakSet<Element>();
let notLists = new WeakSet<Element>();

function isList(parent: Element): boolean {
  if (lists.has(parent)) return true;
  if (notLists.has(parent)) return false;
  const list = parent.childElementCount >= LIST_SIZE;
  (list ? lists : notLists).add(parent);
  return list;
}

/** Short lists are asked again (they may have grown). */
export function forgetShortLists(): void {
  notLists = new WeakSet();
}

/** The element watched for a block (its list, when it is an item of a long list) and the item. */
export function placeOf(block: Element): { group: Element; item: Element } {
  let item = block;
  for (let depth = 0; depth < 3; depth++) {
    const parent = item.parentElement;
    if (!parent) break;
    if (isList(parent)) return { group: parent, item };
    item = parent;
  }
  return { group: block, item: block };
}

/** The part of the viewport (with margin) where an element's scrolled content shows. */
function clipOf(el: Element, win: Window): { top: number; bottom: number } {
  const h = win.innerHeight;
  let top = 0;
  let bottom = h;
  if (el.scrollHeight > el.clientHeight + 1) {
    const r = el.getBoundingClientRect();
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
  }
  const margin = Math.max(0, bottom - top) * MARGIN_SCREENS;
  return { top: top - margin, bottom: bottom + margin };
}

/** The items of a long list inside its visible part (with margin). */
export function itemsOnScreen(group: Element, win: Window): Element[] {
  const children = group.children;
  const { top, bottom } = clipOf(group, win);
  let lo = 0;
  let hi = children.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const out: Element[] = [];
  for (let i = lo; i < children.length && out.length < MAX_ITEMS_PER_FRAME; i++) {
    const child = children[i];
    if (child.getBoundingClientRect().top > bottom) break;
    out.push(child);
  }
  return out;
}
