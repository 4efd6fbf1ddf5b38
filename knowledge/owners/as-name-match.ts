// How a typed name matches AS names. Small on purpose: the popup uses it to drop names where the text
// only sits inside a word, without pulling in the AS directory.

/** Shortest name fragment searched: one or two letters match thousands of names. */
export const MIN_AS_NAME_QUERY = 3;

/** "hetzner" starts a word in "Hetzner Online GmbH"; "ssh" only sits inside "Nissho". */
export function nameHasWordStarting(name: string, lowerNeedle: string): boolean {
  const lower = name.toLowerCase();
  for (let at = lower.indexOf(lowerNeedle); at >= 0; at = lower.indexOf(lowerNeedle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1])) return true;
  }
  return false;
}
