// detectTokens: one left-to-right pass of a single global regex over the text. Each alternative
// anchors one notation family; a hand-written parser validates it and reads its suffix. The
// regex only moves forward (rejections resume at start + 1, acceptances after the token), so the
// cost is linear in the text length.
import type { Token, TokenContext, TokenProtocol } from './types';
import { analyseContext, mentionsPort, type ContextInfo } from './context';
import { scanIPv4, scanIPv6 } from './address-notations';
import { parsePortList, portToken, scanBarePorts, scanServiceOption } from './port-notations';
import { KNOWN_SERVICES, isPhysicalWord, isPortKey, roleFromPortKey, wordBefore } from './guards';
import { code, isHexDigit, isWordChar, portValue, skipBlanks } from './ip-syntax';
import { detectPacketFields } from './packet-fields';

// One alternation, factored behind a shared boundary look-behind (measured ~130 MB/s on a
// netfilter log in V8). Groups:
//   1 '[' before an IPv6 | 2 IPv6 run | 3 IPv4 | 4 number + 5 '/tcp' or 6 ' (SERVICE)'
//   | 7 'tcp/' + 8 number | 9 port keyword anchor (`spt`, `dpt`, `port(s)`, `-p`; the key
//   before it - srcport, source.port, --dport - is read backwards by keywordPorts).
const MASTER = new RegExp(
  String.raw`(\[)(?=[0-9a-f]{0,4}:[0-9a-f:]*[\]%.])` +
    String.raw`|(?<![\w.])(?:([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,8})|(\d{1,3}(?:\.\d{1,3}){3})` +
    String.raw`|(\d{1,5})(?:\/(tcp|udp|sctp)(?!\w)| \(([a-z][a-z0-9-]{1,14})\))|(tcp|udp|sctp)\/(\d{1,5})(?![\w.]))` +
    String.raw`|(spt|dpt|ports?|-p)(?![a-z])`,
  'gi',
);

function protocolOf(s: string): TokenProtocol | undefined {
  const p = s.toLowerCase();
  return p === 'tcp' || p === 'udp' ? p : undefined;
}

function single(text: string, i: number, j: number, out: Token[], protocol?: TokenProtocol): number {
  const port = portValue(text, i, j);
  if (port < 0 || isWordChar(code(text, j))) return -1;
  out.push(portToken(text, { start: i, end: j, port }, undefined, protocol));
  return j;
}

const KEYWORDS = new Set(['port', 'ports', 'dport', 'sport', 'dports', 'sports', '--dport', '--sport', '--dports', '--sports', '-p']);

/**
 * Ports after a keyword anchored at `p` (`spt`/`dpt`/`port(s)`/`-p`): `KEY=N` / `"key": N` when the
 * whole key names a port (`SPT`, `srcport`, `source.port`, `dst_port`), and `port N`,
 * `port is N`, `port 22, 80, 443`, `dport { 25, 465 }`, `--dport 22`, `-p 2222`.
 */
function keywordPorts(text: string, p: number, anchor: string, info: ContextInfo, out: Token[]): number {
  const anchorEnd = p + anchor.length;
  let ks = p;
  while (ks > 0 && anchorEnd - ks < 40) {
    const c = code(text, ks - 1);
    if (!(isWordChar(c) || c === 46 || c === 45)) break;
    ks--;
  }
  // netfilter's SPT=N / DPT=N, on every firewall line: no key to read.
  if (ks === p && anchor.length === 3 && code(text, anchorEnd) === 61) {
    const { items } = parsePortList(text, anchorEnd + 1, false);
    if (!items.length) return -1;
    out.push(portToken(text, items[0], (code(text, p) | 32) === 115 ? 'source' : 'destination'));
    return items[0].end;
  }
  const key = text.slice(ks, anchorEnd);
  let j = anchorEnd;
  if (code(text, j) === 34 || code(text, j) === 39) j++;
  j = skipBlanks(text, j);
  const sep = code(text, j);
  if (sep === 61 || sep === 58) {
    // KEY=N, "key": N
    if (!isPortKey(key.replace(/^[-"']+/, ''))) return -1;
    j++;
    j = skipBlanks(text, j);
    if (code(text, j) === 34 || code(text, j) === 39) j++;
    const { items, end } = parsePortList(text, j, false);
    if (!items.length) return -1;
    // `KEY=N` holds one port; a label `Ports: 80, 443` a list.
    const use = sep === 58 ? items : items.slice(0, 1);
    for (const it of use) out.push(portToken(text, it, roleFromPortKey(key)));
    return sep === 58 ? end : items[0].end;
  }
  const lower = key.toLowerCase();
  if (!KEYWORDS.has(lower) || (ks > 0 && code(text, ks - 1) === 34)) return -1;
  if (lower === '-p' && isWordChar(code(text, ks - 1))) return -1;
  // "LAN port 2", or "Port 3" in an uplink column or a switch-port panel: a socket, not a TCP port.
  if (info.physicalContext || isPhysicalWord(wordBefore(text, ks))) return anchorEnd;
  if (lower !== '-p') {
    const m = /^(?:is|number|no\.?)[ \t]+/i.exec(text.slice(j, j + 8));
    if (m) j += m[0].length;
  }
  const { items, end } = parsePortList(text, j, lower !== '-p');
  if (!items.length) return anchorEnd;
  const role = roleFromPortKey(lower);
  const use = lower === '-p' ? items.slice(0, 1) : items;
  for (const it of use) out.push(portToken(text, it, role));
  return lower === '-p' ? use[0].end : end;
}

function scanAt(text: string, m: RegExpExecArray, info: ContextInfo, out: Token[]): number {
  const p = m.index;
  if (m[1] !== undefined) return scanIPv6(text, p + 1, info, true, out);
  if (m[2] !== undefined) {
    const next = impossibleIPv6(text, p) ? -1 : scanIPv6(text, p, info, false, out);
    if (next >= 0) return next;
    // Rejected (MAC, time, PCI id, hex words): every later start inside this colon/hex run is a
    // continuation and would be rejected too, so skip the whole run.
    let k = p;
    while (isHexDigit(code(text, k)) || code(text, k) === 58) k++;
    return k;
  }
  if (m[3] !== undefined) return scanIPv4(text, p, m[3], info, out);
  if (m[4] !== undefined) {
    if (m[5] !== undefined) return single(text, p, p + m[4].length, out, protocolOf(m[5]));
    return KNOWN_SERVICES.has(m[6].toUpperCase()) ? single(text, p, p + m[4].length, out) : -1;
  }
  if (m[7] !== undefined) {
    if (code(text, p - 1) === 47) return -1;
    const i = p + m[7].length + 1;
    return single(text, i, i + m[8].length, out, protocolOf(m[7]));
  }
  return keywordPorts(text, p, m[9], info, out);
}

/** Longest inline label read (`Ports:`, `Puertos de destino:`, `端口：`). */
const MAX_INLINE_LABEL = 48;

/**
 * A short text that starts with its own label naming a port (`Port group: 80 443`,
 * `Puertos: 20, 21`): where the values after the label start, or -1.
 */
function inlinePortLabelEnd(text: string): number {
  if (text.length > 4 * MAX_INLINE_LABEL) return -1;
  for (let k = 0; k < Math.min(text.length, MAX_INLINE_LABEL); k++) {
    const c = code(text, k);
    if (c === 58 || c === 0xff1a) return mentionsPort(text.slice(0, k)) ? k + 1 : -1;
    if (c >= 48 && c <= 57) return -1;
  }
  return -1;
}

/**
 * A colon/hex run that cannot be an IPv6 address, told without parsing it: no '::' and fewer
 * than 7 groups before something other than a dotted tail (a MAC, a time, hex pairs), or more
 * than 8 groups (netfilter's 14-byte MAC= header). Logs are full of these.
 */
function impossibleIPv6(text: string, p: number): boolean {
  let groups = 0;
  let inGroup = false;
  let k = p;
  for (; k - p < 64; k++) {
    const c = code(text, k);
    if (c === 58) {
      if (code(text, k + 1) === 58) return false; // '::' compresses any number of groups
      inGroup = false;
    } else if (isHexDigit(c)) {
      if (!inGroup) groups++;
      inGroup = true;
    } else break;
  }
  if (groups > 8) return true;
  return groups < 7 && code(text, k) !== 46;
}

/** Sorted, non-overlapping; earlier token wins, then the longer one. */
function settle(tokens: Token[], info: ContextInfo): Token[] {
  let sorted = true;
  for (let i = 1; i < tokens.length && sorted; i++) sorted = tokens[i - 1].start <= tokens[i].start;
  if (!sorted) tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.start < lastEnd) continue;
    if (t.kind === 'packet-field') {
      out.push(t);
      lastEnd = t.end;
      continue;
    }
    if (!t.role && info.role) t.role = info.role;
    if (!t.protocol && info.protocol && (t.kind === 'port' || t.kind === 'port-range' || t.kind === 'endpoint')) t.protocol = info.protocol;
    out.push(t);
    lastEnd = t.end;
  }
  return out;
}

export interface DetectOptions {
  /** Also find packet fields (TTL=, ID=, WINDOW=, TCP flags); default true. */
  packetFields?: boolean;
}

/**
 * Finds IPv4/IPv6 addresses, endpoints (address + port in any common notation), CIDRs, ports,
 * port ranges and the packet fields of a log line (packet-fields.ts) in `text`. Bare numbers are ports only when `context` says so (port column/label,
 * protocol in the next cell). Pure and linear: safe to call on large chunks of a log.
 */
export function detectTokens(text: string, context?: TokenContext, options?: DetectOptions): Token[] {
  const info = analyseContext(context);
  let tokens: Token[] = [];
  const re = MASTER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const p = m.index;
    const next = scanAt(text, m, info, tokens);
    re.lastIndex = next > p ? next : p + 1;
  }
  const bareFrom = info.portContext ? 0 : info.physicalContext ? -1 : inlinePortLabelEnd(text);
  if (bareFrom >= 0) {
    tokens = settle(tokens, info);
    tokens = tokens.concat(scanBarePorts(text, tokens, info.role, info.protocol, bareFrom));
  }
  if (text.length <= 100 && tokens.length === 0) {
    const svc = scanServiceOption(text);
    if (svc.length) tokens = svc;
  }
  if (options?.packetFields !== false) for (const t of detectPacketFields(text)) tokens.push(t);
  return settle(tokens, info);
}
