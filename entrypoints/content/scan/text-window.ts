// Where a bounded window of a long text starts and ends (token-window.ts detects in it; the hover
// card cuts a token's line with it). Plain text work, no detection, so the lazily loaded card
// (page-ui.js) can use it without carrying detection along.

/** Characters read on each side of the place asked about. */
export const WINDOW_RADIUS = 2048;
/** How far a window edge moves to reach a line end or a blank, so that no token is cut. */
const EDGE_SLACK = 256;

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9;
}

/** [from, to) around [start, end): whole lines when they are short, else cut at blanks. */
export function windowAround(text: string, start: number, end: number, radius = WINDOW_RADIUS): [number, number] {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const nl = text.lastIndexOf('\n', start - 1);
    if (nl >= from - 1) from = nl + 1; // the line starts inside the window: take it from its start
    else {
      let k = from;
      while (k < start && k - from < EDGE_SLACK && !isBreak(text.charCodeAt(k))) k++;
      from = k < start ? k : start;
    }
  }
  if (to < text.length) {
    const nl = text.indexOf('\n', end);
    if (nl >= 0 && nl <= to) to = nl;
    else {
      let k = to;
      while (k > end && to - k < EDGE_SLACK && !isBreak(text.charCodeAt(k - 1))) k--;
      to = k > end ? k : end;
    }
  }
  return [from, to];
}
