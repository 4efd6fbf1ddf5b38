// Character classes and strict address grammar used by the detector. Hand-written (no
// ipaddr.js) so that the hot loop allocates little and never throws.

/** Char code at `i`, or NaN outside the string (every comparison with NaN is false). */
export function code(text: string, i: number): number {
  return text.charCodeAt(i);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[A-Za-z0-9_]`: a token glued to one of these is not a token. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 95;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/** Blanks read at most, anywhere a notation allows them: every look-around stays bounded. */
export const MAX_BLANKS = 8;

/** Index after at most MAX_BLANKS blanks from `i`. */
export function skipBlanks(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_BLANKS && isSpace(code(text, j))) j++;
  return j;
}

/** Index of the last non-blank at or before `i`, looking back over at most MAX_BLANKS blanks. */
export function skipBlanksBack(text: string, i: number): number {
  let k = i;
  while (i - k < MAX_BLANKS && k >= 0 && isSpace(code(text, k))) k--;
  return k;
}

/** End of the run of ASCII digits starting at `i` (`i` itself when there is none). */
export function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(code(text, j))) j++;
  return j;
}

/**
 * A port number spelled at `[i, j)`: 1-5 digits, no leading zero, 1..65535.
 * Returns the value, or -1 when the digits are not a usable port (0 is never a port here).
 */
export function portValue(text: string, i: number, j: number): number {
  const len = j - i;
  if (len < 1 || len > 5) return -1;
  if (len > 1 && code(text, i) === 48) return -1;
  let v = 0;
  for (let k = i; k < j; k++) v = v * 10 + (code(text, k) - 48);
  return v >= 1 && v <= 65535 ? v : -1;
}

/** Dotted quad with every octet 0..255; returns the normalised form (no leading zeros) or null. */
export function normaliseIPv4(s: string): string | null {
  let parts = 0;
  let len = 0;
  let v = 0;
  let padded = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      if (len === 0 || v > 255 || ++parts > 4) return null;
      len = 0;
      v = 0;
    } else if (c >= 48 && c <= 57) {
      if (len === 1 && v === 0) padded = true;
      if (++len > 3) return null;
      v = v * 10 + (c - 48);
    } else {
      return null;
    }
  }
  if (parts !== 4) return null;
  return padded ? s.split('.').map((o) => String(Number(o))).join('.') : s;
}

/** Prefix length of a contiguous dotted netmask (`255.255.255.0` -> 24), or -1. */
export function maskToPrefix(mask: string): number {
  const n = normaliseIPv4(mask);
  if (n === null) return -1;
  const bits = n.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  let prefix = 0;
  let seenZero = false;
  for (let b = 31; b >= 0; b--) {
    const one = Math.floor(bits / 2 ** b) % 2 === 1;
    if (one && seenZero) return -1;
    if (one) prefix++;
    else seenZero = true;
  }
  return prefix;
}

const GROUPS: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

function compressGroups(groups: number[], n: number): string {
  // RFC 5952: longest run (>= 2) of zero groups becomes '::', first one on a tie.
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < n; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < n && groups[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += groups[i].toString(16);
  }
  return out;
}

/** Hex groups of `body` (no dotted tail) into GROUPS, expanded to `want` groups; count or -1. */
function parseGroups(body: string, want: number): number {
  const len = body.length;
  let n = 0;
  let dbl = -1;
  let i = 0;
  if (len >= 2 && body.charCodeAt(0) === 58) {
    if (body.charCodeAt(1) !== 58) return -1;
    dbl = 0;
    i = 2;
  }
  while (i < len) {
    let v = 0;
    let d = 0;
    for (; i < len && d < 5; i++, d++) {
      const c = body.charCodeAt(i);
      if (c === 58) break;
      const h = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    if (d === 0 || d > 4 || n >= want) return -1;
    GROUPS[n++] = v;
    if (i === len) break;
    i++; // ':'
    if (i < len && body.charCodeAt(i) === 58) {
      if (dbl >= 0) return -1;
      dbl = n;
      i++;
    } else if (i === len) {
      return -1; // trailing single ':'
    }
  }
  if (dbl < 0) return n === want ? n : -1;
  if (n > want - 1) return -1;
  const gap = want - n;
  for (let k = n - 1; k >= dbl; k--) GROUPS[k + gap] = GROUPS[k];
  for (let k = dbl; k < dbl + gap; k++) GROUPS[k] = 0;
  return want;
}

/**
 * Strict IPv6 grammar (no zone, no brackets). Accepts every textual form: full, zero-padded,
 * compressed, upper case, embedded IPv4 tail. Returns the RFC 5952 form or null.
 */
export function normaliseIPv6(s: string): string | null {
  if (s.length < 2 || s.length > 45) return null;
  const lastColon = s.lastIndexOf(':');
  if (lastColon < 0) return null;
  if (s.indexOf('.', lastColon) < 0) {
    const n = parseGroups(s, 8);
    return n < 0 ? null : compressGroups(GROUPS, 8);
  }
  const v4 = normaliseIPv4(s.slice(lastColon + 1));
  if (v4 === null) return null;
  let body = s.slice(0, lastColon + 1);
  if (!body.endsWith('::')) body = body.slice(0, -1);
  if (body.length === 0) return null;
  if (body === '::') return '::' + v4;
  if (parseGroups(body, 6) < 0) return null;
  const head = compressGroups(GROUPS, 6);
  return head.endsWith('::') ? head + v4 : head + ':' + v4;
}
