// Detection on a bounded window of a long text: the hover card and the textarea mirror need the
// tokens near one place, and a 10 MB log or a 1 MB single line must not be read whole each time.
import { detectTokens, type Token, type TokenContext } from '../../../knowledge/tokens';

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

/** The tokens of the window around [start, end), with offsets in `text`. */
export function tokensAround(text: string, start: number, end: number, context: TokenContext | undefined): Token[] {
  const [from, to] = windowAround(text, start, end);
  const tokens = detectTokens(text.slice(from, to), context);
  if (from) {
    for (const t of tokens) {
      t.start += from;
      t.end += from;
    }
  }
  return tokens;
}
