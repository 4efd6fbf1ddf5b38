// Walking a pasted log line by line without splitting it into an array first, and cleaning lines of
// control characters. Lines end at \n, \r\n or a lone \r; a final line break does not start an extra line.

/** Most characters shown of an unreadable line. */
export const SHOWN_TEXT = 500;

// C0 controls except tab, plus DEL and C1 controls; NUL and U+FFFD are handled apart.
const CONTROL = /[\x01-\x08\x0B-\x1F\x7F-\x9F]/g;
const SHOWN_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;
/** Anything cleanLine would have to remove or count. */
const DIRTY = /[\x00-\x08\x0B-\x1F\x7F-\x9F\uFFFD]/;
/** The same without \r, which only ever ends a line. */
const DIRTY_ANYWHERE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD]/g;

/** How far one search for characters to clean looks ahead: the text is searched a block at a time. */
const DIRTY_BLOCK = 256 * 1024;

/**
 * Where the next character that needs cleaning may be, at or after `from`: its index, or the end of
 * the block searched when that block is clean (search again from there once the lines get that far).
 * Block by block, the whole text is searched once, and the first lines need not wait for the last.
 */
export function nextDirtyAt(text: string, from: number): number {
  const end = Math.min(text.length, from + DIRTY_BLOCK);
  const block = from === 0 && end === text.length ? text : text.slice(from, end);
  DIRTY_ANYWHERE.lastIndex = 0;
  const m = DIRTY_ANYWHERE.exec(block);
  return m ? from + m.index : end === text.length ? Infinity : end;
}

/** The text as shown for an unparsed line: controls replaced, at most SHOWN_TEXT characters. */
export function shownText(text: string): string {
  const clean = text.replace(SHOWN_CONTROL, '\uFFFD');
  return clean.length > SHOWN_TEXT ? `${clean.slice(0, SHOWN_TEXT)}…` : clean;
}

/**
 * Removes NUL bytes (e.g. UTF-16 read as UTF-8) and other control characters; null when the line is
 * binary. Returns the line itself when there was nothing to remove.
 */
export function cleanLine(line: string): string | null {
  if (!DIRTY.test(line)) return line;
  const noNul = line.includes('\0') ? line.split('\0').join('') : line;
  const controls = noNul.match(CONTROL)?.length ?? 0;
  let replacement = 0;
  for (let i = noNul.indexOf('\uFFFD'); i >= 0; i = noNul.indexOf('\uFFFD', i + 1)) replacement++;
  const bad = controls + replacement;
  if ((noNul.length === 0 && line.length > 0) || bad > Math.max(2, noNul.length * 0.05)) return null;
  return controls ? noNul.replace(CONTROL, '') : noNul;
}

/** Number of lines in the text, as LineReader will walk them. */
export function countLines(text: string, start = 0): number {
  if (text.length <= start) return 0;
  let n = 0;
  for (let i = text.indexOf('\n', start); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (text.includes('\r', start)) {
    for (let i = text.indexOf('\r', start); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  }
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? n : n + 1;
}

/**
 * Walks the lines of a text by offset. `next()` moves to the next line and sets `start`/`end`
 * (the line without its break); it returns false at the end. Searches for \r only where the text
 * has one, so a Unix log costs one indexOf per line.
 */
export class LineReader {
  start = 0;
  end = 0;
  private pos: number;
  private nextLf = -2;
  private nextCr = -2;

  constructor(private readonly text: string, from = 0) {
    this.pos = from;
  }

  next(): boolean {
    const text = this.text;
    if (this.pos >= text.length) return false;
    if (this.nextLf !== -1 && this.nextLf < this.pos) this.nextLf = text.indexOf('\n', this.pos);
    if (this.nextCr !== -1 && this.nextCr < this.pos) this.nextCr = text.indexOf('\r', this.pos);
    const lf = this.nextLf;
    const cr = this.nextCr;
    this.start = this.pos;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      this.end = cr;
      this.pos = cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1);
    } else if (lf >= 0) {
      this.end = lf;
      this.pos = lf + 1;
    } else {
      this.end = text.length;
      this.pos = text.length;
    }
    return true;
  }
}

/** Splits text into lines on \n, \r\n or \r; a final line break does not start an extra line. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  const reader = new LineReader(text);
  while (reader.next()) out.push(text.slice(reader.start, reader.end));
  return out;
}
