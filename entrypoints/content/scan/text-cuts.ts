// Where detection may cut a long text (a 10 MB log is scanned in chunks, a screen of it first):
// at line starts, else at blanks, so that no token is split; every search is bounded.

/** How far a chunk's cut looks ahead for a line end before cutting at a blank. */
const CUT_LOOKAHEAD = 262_144;
/** How far a cut looks back (or a line's edge is looked for) before cutting elsewhere. */
const CUT_LOOKBACK = 1024;

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Start of the line holding `offset`, looked for at most CUT_LOOKBACK back (else a blank there, else `offset`). */
export function safeStart(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const stop = Math.max(0, offset - CUT_LOOKBACK);
  for (let k = offset - 1; k >= stop; k--) if (text.charCodeAt(k) === 10) return k + 1;
  for (let k = offset - 1; k >= stop; k--) if (isBlank(text.charCodeAt(k))) return k + 1;
  return offset;
}

/** End of the line holding `offset` (after its newline), looked for at most CUT_LOOKBACK ahead, else a blank. */
export function safeEnd(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const stop = Math.min(text.length, offset + CUT_LOOKBACK);
  for (let k = offset; k < stop; k++) if (text.charCodeAt(k) === 10) return k + 1;
  for (let k = offset; k < stop; k++) if (isBlank(text.charCodeAt(k))) return k + 1;
  return stop;
}

/**
 * Where a chunk from `at` may end: a line end near `at + size`, else the last blank before it,
 * else the first blank after it (a token is never cut; every search is bounded or consumed).
 */
export function chunkEnd(text: string, at: number, to: number, size: number): number {
  if (to - at <= size) return to;
  const nl = text.indexOf('\n', at + size);
  if (nl >= 0 && nl < to && nl - at < CUT_LOOKAHEAD) return nl + 1;
  const stop = Math.max(at + 1, at + size - CUT_LOOKBACK);
  for (let k = at + size; k >= stop; k--) if (isBlank(text.charCodeAt(k))) return k + 1;
  for (let k = at + size; k < to; k++) if (isBlank(text.charCodeAt(k))) return k + 1;
  return to;
}
