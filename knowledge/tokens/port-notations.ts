// Port notations: lists and ranges (`80,443`, `22, 80, 443`, `1024-65535`, `5000 - 5100`,
// `6881:6889`, `{ 25, 465 }`), keyword ports (`port 443`, `SPT=51514`, `"source.port": 51234`,
// `--dport 22`, `-p 2222`), `443/tcp`, `udp/53`, `443 (HTTPS)`, `FTP (20,21)` and bare numbers
// in a port context.
import type { Token, TokenProtocol, TokenRole } from './types';
import { NOT_PORT_NAME, unitAfter } from './guards';
import { code, digitsEnd, isDigit, isSpace, isWordChar, portValue, skipBlanks, skipBlanksBack } from './ip-syntax';

export interface PortItem {
  start: number;
  end: number;
  port: number;
  portEnd?: number;
}

/** Where a number/range item may end: not glued, not a decimal, not a longer dotted/colon/dash chain. */
function itemEndsCleanly(text: string, j: number): boolean {
  const c = code(text, j);
  if (isWordChar(c)) return false;
  const d = code(text, j + 1);
  if ((c === 46 || c === 58 || c === 45 || c === 47) && isDigit(d)) return false; // 1.5 / 12:30:00 / 1-2-3 / 5/27
  if (c === 37) return false; // 95%
  return !unitAfter(text, j);
}

/** One number or range at `i`. */
function parseItem(text: string, i: number): PortItem | null {
  const aEnd = digitsEnd(text, i);
  const a = portValue(text, i, aEnd);
  if (a < 0) return null;
  // range: a-b, a - b, a:b (no blanks around ':'), a~b
  let k = aEnd;
  k = skipBlanks(text, k);
  const sep = code(text, k);
  const spaced = k > aEnd;
  const dash = sep === 45 || sep === 0x2013 || sep === 126; // - – ~
  if ((dash || (sep === 58 && !spaced)) && (spaced ? isSpace(code(text, k + 1)) || isDigit(code(text, k + 1)) : true)) {
    let b0 = k + 1;
    if (sep !== 58) b0 = skipBlanks(text, b0);
    const bEnd = digitsEnd(text, b0);
    const b = portValue(text, b0, bEnd);
    if (b > a && itemEndsCleanly(text, bEnd)) return { start: i, end: bEnd, port: a, portEnd: b };
  }
  return itemEndsCleanly(text, aEnd) ? { start: i, end: aEnd, port: a } : null;
}

/**
 * A port spec at `i`: one item, or a list of items separated by `,` (blanks allowed), optionally
 * in `{ }`. Returns the items (empty when nothing valid starts at `i`) and the end of what was read.
 */
export function parsePortList(text: string, i: number, allowBraces: boolean): { items: PortItem[]; end: number } {
  const items: PortItem[] = [];
  let j = i;
  let braced = false;
  if (allowBraces && code(text, j) === 123) {
    braced = true;
    j++;
    j = skipBlanks(text, j);
  }
  let end = i;
  for (;;) {
    if (!isDigit(code(text, j))) break;
    const item = parseItem(text, j);
    if (!item) break;
    items.push(item);
    end = item.end;
    let k = item.end;
    k = skipBlanks(text, k);
    if (code(text, k) !== 44) break;
    k++;
    k = skipBlanks(text, k);
    if (!isDigit(code(text, k))) break;
    j = k;
  }
  if (braced && items.length) {
    let k = end;
    k = skipBlanks(text, k);
    if (code(text, k) === 125) end = k + 1;
  }
  return { items, end };
}

export function portToken(text: string, item: PortItem, role?: TokenRole, protocol?: TokenProtocol): Token {
  const t: Token = {
    start: item.start,
    end: item.end,
    kind: item.portEnd !== undefined ? 'port-range' : 'port',
    text: text.slice(item.start, item.end),
    port: item.port,
  };
  if (item.portEnd !== undefined) t.portEnd = item.portEnd;
  if (role) t.role = role;
  if (protocol) t.protocol = protocol;
  return t;
}

const BARE = /(?<![\w.:/$€£¥#+\-])\d/g;

/** `12 / 32`, `3 of 8`: a count, not a port (blanks around the slash, else BARE's look-behind says so). */
function isCount(text: string, start: number, end: number): boolean {
  const after = skipBlanks(text, end);
  if (code(text, after) === 47 && isDigit(code(text, skipBlanks(text, after + 1)))) return true;
  const before = skipBlanksBack(text, start - 1);
  return code(text, before) === 47 && isDigit(code(text, skipBlanksBack(text, before - 1)));
}

/** Bare numbers, ranges and lists in the gaps between `tokens` (port context only). */
export function scanBarePorts(text: string, tokens: Token[], role?: TokenRole, protocol?: TokenProtocol, from = 0): Token[] {
  const out: Token[] = [];
  let t = 0;
  BARE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BARE.exec(text)) !== null) {
    const p = m.index;
    while (t < tokens.length && tokens[t].end <= p) t++;
    if (t < tokens.length && tokens[t].start <= p) { BARE.lastIndex = tokens[t].end; continue; }
    const limit = t < tokens.length ? tokens[t].start : text.length;
    const { items, end } = parsePortList(text, p, false);
    if (!isCount(text, p, end)) for (const item of items) if (item.end <= limit) out.push(portToken(text, item, role, protocol));
    BARE.lastIndex = Math.max(end, digitsEnd(text, p), p + 1);
  }
  return out;
}

const WHOLE_SERVICE = /^\s*([A-Za-z][\w .\/&+()'-]*?)\s+\((\d[\d ,:~-]*)\)\s*$/;

/** A whole text `Name (ports)` such as a quick-select option `FTP (20,21)` or `Xbox Live (3074)`. */
export function scanServiceOption(text: string): Token[] {
  if (text.length > 100) return [];
  const m = WHOLE_SERVICE.exec(text);
  if (!m || NOT_PORT_NAME.test(m[1])) return [];
  const open = text.lastIndexOf('(');
  const { items, end } = parsePortList(text, open + 1, false);
  if (!items.length || code(text, end) !== 41) return [];
  return items.map((it) => portToken(text, it));
}
