// Comparing text by char code at an offset, for the hot paths that read every line: the lines are
// slices of the pasted text, and a builtin call (startsWith, slice) per token costs more than the
// comparison itself.

/** The three characters at `at` as one number, to compare short words and keys without slicing. */
export const code3 = (text: string, at: number): number => (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);

/** True when `word` is written at `at` in `text`. */
export function isAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
