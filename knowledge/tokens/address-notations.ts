// Address notations: IPv4, IPv6 (every form, zone id, embedded IPv4, brackets) and what may
// follow them: `:port`, `[v6]:port`, tcpdump `.port`, ASA `/port` vs CIDR `/len`, `/netmask`,
// IOS `(port)`, pf `[port]`, OPNsense `:[port]`, NETGEAR `,port`, SonicWall `:port:iface`,
// OpenSSH/NETGEAR `[,] port N`.
//
// Scanners push accepted tokens to `out` and return where scanning resumes (> start), or -1
// when nothing valid starts here (the caller then resumes at start + 1).
import type { Token, TokenKind, TokenRole } from './types';
import type { ContextInfo } from './context';
import {
  arrowAfter, arrowBefore, continuesHexRun, hasInterfacePrefix, isVersionWord, lineIsAsa, roleFromPrefix, versionBefore, wordBefore,
} from './guards';
import {
  code, digitsEnd, isDigit, isHexDigit, isLetter, isSpace, isWordChar, maskToPrefix, normaliseIPv4, normaliseIPv6, portValue, skipBlanks, skipBlanksBack,
} from './ip-syntax';

const V6_RUN = /[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,8}/iy;
const PORT_WORD_AFTER = /,?[ \t]{1,8}port[ \t]{1,8}(\d{1,5})/iy;
const V4_AT = /\d{1,3}(?:\.\d{1,3}){3}/y;

function make(text: string, kind: TokenKind, start: number, end: number, address: string): Token {
  return { start, end, kind, text: text.slice(start, end), address };
}

function setPort(t: Token, port: number, end: number, text: string): void {
  t.kind = 'endpoint';
  t.port = port;
  t.end = end;
  t.text = text.slice(t.start, end);
}

/** netfilter's SRC=a / DST=a right before `p` (every firewall line): the role without reading a key. */
function netfilterRole(text: string, p: number): TokenRole | undefined {
  if (code(text, p - 1) !== 61 || isWordChar(code(text, p - 5))) return undefined;
  const a = code(text, p - 4) | 32;
  if (a === 115 && (code(text, p - 3) | 32) === 114 && (code(text, p - 2) | 32) === 99) return 'source';
  if (a === 100 && (code(text, p - 3) | 32) === 115 && (code(text, p - 2) | 32) === 116) return 'destination';
  return undefined;
}

function push(out: Token[], t: Token, text: string, addrStart: number): number {
  const r = netfilterRole(text, addrStart) ?? (arrowAfter(text, t.end) ? 'source' : arrowBefore(text, t.start) ? 'destination' : roleFromPrefix(text, addrStart));
  if (r) t.role = r;
  out.push(t);
  return t.end;
}

/** `(N)`, `[N]`, `:[N]` right at `q`: sets the port on `t`, returns true. */
function wrappedPort(text: string, t: Token, q: number): boolean {
  let i = q;
  if (code(text, i) === 58 && code(text, i + 1) === 91) i++;
  const open = code(text, i);
  if (open !== 40 && open !== 91) return false;
  const j = digitsEnd(text, i + 1);
  const port = portValue(text, i + 1, j);
  if (port < 0 || code(text, j) !== (open === 40 ? 41 : 93)) return false;
  setPort(t, port, j + 1, text);
  return true;
}

/** `ip port N` / `ip, port N` right at `q`. */
function spacedPort(text: string, t: Token, q: number): boolean {
  const c = code(text, q);
  if (c !== 44 && !isSpace(c)) return false;
  PORT_WORD_AFTER.lastIndex = q;
  const m = PORT_WORD_AFTER.exec(text);
  if (!m) return false;
  const end = q + m[0].length;
  const port = portValue(text, end - m[1].length, end);
  if (port < 0 || isWordChar(code(text, end)) || (code(text, end) === 46 && isDigit(code(text, end + 1)))) return false;
  setPort(t, port, end, text);
  return true;
}

/** `/N` after an address: CIDR length, or a port (Cisco ASA `if:ip/port`, Juniper `ip/port->`). */
function slashSuffix(text: string, t: Token, q: number, maxLen: number): void {
  const j = digitsEnd(text, q + 1);
  const digits = j - q - 1;
  if (digits === 0 || digits > 5 || isWordChar(code(text, j)) || (code(text, j) === 46 && isDigit(code(text, j + 1)))) return;
  const n = Number(text.slice(q + 1, j));
  const portish = n > maxLen || hasInterfacePrefix(text, t.start) || arrowAfter(text, j) || arrowBefore(text, t.start) || lineIsAsa(text, t.start);
  if (portish) {
    const port = portValue(text, q + 1, j);
    if (port > 0) setPort(t, port, j, text);
    return;
  }
  if (digits > 3 || (digits > 1 && code(text, q + 1) === 48)) return;
  t.kind = 'cidr';
  t.prefixLength = n;
  t.end = j;
  t.text = text.slice(t.start, j);
}

export function scanIPv4(text: string, p: number, matched: string, info: ContextInfo, out: Token[]): number {
  const addr = normaliseIPv4(matched);
  if (addr === null) return -1;
  const q = p + matched.length;
  const t = make(text, 'ipv4', p, q, addr);
  const c = code(text, q);
  const c1 = code(text, q + 1);
  if (c === 46 && isDigit(c1)) {
    // 5+ dotted parts: only `a.b.c.d.port` (tcpdump) - not versions, OIDs, dotted serials.
    const j = digitsEnd(text, q + 1);
    if (code(text, j) === 46 && isDigit(code(text, j + 1))) {
      let k = j;
      while (code(text, k) === 46 && isDigit(code(text, k + 1))) k = digitsEnd(text, k + 1);
      return k;
    }
    const port = portValue(text, q + 1, j);
    if (port < 0 || isWordChar(code(text, j)) || addr === '1.3.6.1' || info.versionContext || isVersionWord(wordBefore(text, p))) return j;
    setPort(t, port, j, text);
    return push(out, t, text, p);
  }
  if (isWordChar(c)) return Math.max(digitsEnd(text, q), q);
  if (c === 58 && isDigit(c1)) {
    const j = digitsEnd(text, q + 1);
    const port = portValue(text, q + 1, j);
    const e = code(text, j);
    if (port > 0 && !isWordChar(e) && !((e === 46 || e === 58) && isDigit(code(text, j + 1)))) setPort(t, port, j, text);
  } else if (c === 47 && isDigit(c1)) {
    V4_AT.lastIndex = q + 1;
    const mask = V4_AT.exec(text);
    if (mask) {
      const prefix = maskToPrefix(mask[0]);
      if (prefix >= 0 && !isWordChar(code(text, V4_AT.lastIndex))) {
        t.kind = 'cidr';
        t.prefixLength = prefix;
        t.end = V4_AT.lastIndex;
        t.text = text.slice(p, t.end);
      }
    } else {
      slashSuffix(text, t, q, 32);
    }
  } else if (c === 40 || c === 91) {
    wrappedPort(text, t, q);
  } else if (c === 44 && isDigit(c1)) {
    // NETGEAR `Source:198.51.100.9,4787,WAN` / `,21[FTP Control]`; not CSV `ip,ip,port,port`.
    const j = digitsEnd(text, q + 1);
    const port = portValue(text, q + 1, j);
    const e = code(text, j);
    const ok = (e === 44 && isLetter(code(text, j + 1))) || e === 91 || e === 41 || isSpace(e) || e !== e || e === 10 || e === 13;
    if (port > 0 && ok) setPort(t, port, j, text);
  }
  if (t.kind === 'ipv4' && !spacedPort(text, t, q)) {
    if (info.versionContext || isVersionWord(wordBefore(text, p)) || (labelBefore(text, p) && versionBefore(text, p))) return q;
    if (addr === '0.0.0.0' && text.length < 40 && text.trim() === '0.0.0.0') return q; // unset default value
    rangeAfter(text, t, q);
  }
  return push(out, t, text, p);
}

/** Prose or a label ends right before `p` (a letter or ':'), not `KEY=`: worth looking for a version label. */
function labelBefore(text: string, p: number): boolean {
  const k = skipBlanksBack(text, p - 1);
  const c = code(text, k);
  return isLetter(c) || c === 58 || c === 0xff1a || c > 0x2e80;
}

const RANGE_DASHES = new Set([45, 0x2013, 0x2014, 126]); // - – — ~

/**
 * `a.b.c.d - a.b.c.e`, `a.b.c.d–a.b.c.e` and `a.b.c.d–e` (the last octet only, after an en dash
 * or a hyphen): one address range, first address not after the last.
 */
function rangeAfter(text: string, t: Token, q: number): void {
  const d = skipBlanks(text, q);
  if (!RANGE_DASHES.has(code(text, d))) return;
  const spaced = d > q;
  const e = skipBlanks(text, d + 1);
  if (spaced !== e > d + 1 || !isDigit(code(text, e))) return; // blanks on both sides or on neither
  V4_AT.lastIndex = e;
  const full = V4_AT.exec(text);
  let last: string | null = null;
  let end = e;
  if (full && !isWordChar(code(text, V4_AT.lastIndex)) && code(text, V4_AT.lastIndex) !== 46) {
    last = normaliseIPv4(full[0]);
    end = V4_AT.lastIndex;
  } else if (!spaced && code(text, d) !== 126) {
    end = digitsEnd(text, e);
    const octet = end - e <= 3 ? Number(text.slice(e, end)) : 256;
    if (octet > 255 || isWordChar(code(text, end)) || (code(text, end) === 46 && isDigit(code(text, end + 1)))) return;
    last = `${t.address!.slice(0, t.address!.lastIndexOf('.') + 1)}${octet}`;
  }
  if (!last || ipv4Number(last) < ipv4Number(t.address!)) return;
  t.kind = 'ip-range';
  t.addressEnd = last;
  t.end = end;
  t.text = text.slice(t.start, end);
}

function ipv4Number(a: string): number {
  return a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

/** Shape of an IPv6 run: does it contain a decimal digit, is it MAC-like (8 two-char groups, no '::')? */
function runShape(run: string): { hasDigit: boolean; macLike: boolean } {
  let hasDigit = false;
  let groupLen = 0;
  let twoChar = true;
  let groups = 0;
  let dbl = false;
  for (let i = 0; i <= run.length; i++) {
    const c = i < run.length ? run.charCodeAt(i) : 58;
    if (c === 58) {
      if (groupLen === 0) dbl = true;
      else { groups++; if (groupLen !== 2) twoChar = false; }
      groupLen = 0;
    } else {
      groupLen++;
      if (c >= 48 && c <= 57) hasDigit = true;
    }
  }
  return { hasDigit, macLike: !dbl && groups === 8 && twoChar };
}

/** IPv6 run starting at `p` (`bracketed`: `p` is just after a '['). */
export function scanIPv6(text: string, p: number, info: ContextInfo, bracketed: boolean, out: Token[]): number {
  if (!bracketed && continuesHexRun(text, p)) return -1;
  V6_RUN.lastIndex = p;
  const m = V6_RUN.exec(text);
  if (!m) return -1;
  let run = m[0];
  if (run.endsWith(':') && !run.endsWith('::')) run = run.slice(0, -1);
  let q = p + run.length;
  let tcpdumpPort = -1;
  let tcpdumpEnd = -1;
  if (code(text, q) === 46 && isDigit(code(text, q + 1))) {
    let k = q;
    let parts = 0;
    while (code(text, k) === 46 && isDigit(code(text, k + 1))) { k = digitsEnd(text, k + 1); parts++; }
    const lastGroup = run.slice(run.lastIndexOf(':') + 1);
    if (parts === 3 && /^\d{1,3}$/.test(lastGroup)) {
      run = text.slice(p, k);
      q = k;
    } else if (parts === 1 && !bracketed) {
      tcpdumpPort = portValue(text, q + 1, k);
      tcpdumpEnd = k;
      if (tcpdumpPort < 0) return -1;
    } else {
      return -1;
    }
  }
  const address = normaliseIPv6(run);
  if (address === null) return -1;
  const shape = runShape(run);
  if (shape.macLike) return -1;
  // netfilter `MAC=` header (14 colon-separated bytes)
  if (code(text, p - 1) === 61 && (code(text, p - 2) | 32) === 99 && (code(text, p - 3) | 32) === 97 && (code(text, p - 4) | 32) === 109) return -1;
  const t = make(text, 'ipv6', p, q, address);
  if (code(text, q) === 37 && isWordChar(code(text, q + 1))) {
    let z = q + 1;
    while (isWordChar(code(text, z)) || code(text, z) === 45 || code(text, z) === 46) z++;
    while (code(text, z - 1) === 46 || code(text, z - 1) === 45) z--;
    t.zone = text.slice(q + 1, z);
    q = z;
    t.end = z;
    t.text = text.slice(p, z);
  }
  if (bracketed) {
    if (code(text, q) !== 93) return -1;
    if (code(text, q + 1) === 58 && isDigit(code(text, q + 2))) {
      const j = digitsEnd(text, q + 2);
      const port = portValue(text, q + 2, j);
      if (port > 0 && !isWordChar(code(text, j))) {
        t.start = p - 1;
        setPort(t, port, j, text);
        return push(out, t, text, p - 1);
      }
    }
    push(out, t, text, p - 1);
    return q + 1;
  }
  if (tcpdumpPort > 0) {
    if (isWordChar(code(text, tcpdumpEnd)) || !shape.hasDigit) return -1;
    setPort(t, tcpdumpPort, tcpdumpEnd, text);
    return push(out, t, text, p);
  }
  const c = code(text, q);
  if (c === 47 && isDigit(code(text, q + 1))) {
    slashSuffix(text, t, q, 128);
    if (t.end > q) return push(out, t, text, p);
  }
  if (isWordChar(c) || (c === 58 && (isHexDigit(code(text, q + 1)) || code(text, q + 1) === 58))) return -1;
  if (!shape.hasDigit) return -1; // `::`, `a::b`, `dead:beef::cafe` in prose or code
  if (!wrappedPort(text, t, q)) spacedPort(text, t, q);
  return push(out, t, text, p);
}
