// Precision guards: the vocabulary that tells a real address/port from a look-alike
// (versions, physical ports, counters, IP protocol numbers, Cisco ASA messages).
import type { TokenRole } from './types';
import { CONTEXT_MATCHERS, has, namesVersion, wordsOf } from './context-vocabulary';
import { code, isHexDigit, isLetter, isSpace, isWordChar, skipBlanks, skipBlanksBack } from './ip-syntax';

/** Words that, right before a dotted number, make it a software version rather than an address. */
const VERSION_WORDS = new Set([
  'v', 'ver', 'version', 'versions', 'firmware', 'fw', 'build', 'release', 'rel', 'rev', 'revision',
  'kernel', 'linux', 'openwrt', 'luci', 'busybox', 'openssl', 'openssh', 'zlib', 'python', 'node', 'nodejs',
  'chrome', 'chromium', 'firefox', 'safari', 'edge', 'bios', 'uboot', 'u-boot', 'software', 'sw', 'hardware',
  'hw', 'patch', 'dnsmasq', 'dropbear', 'nginx', 'apache', 'php', 'java', 'ruby', 'perl', 'gcc', 'glibc',
  'musl', 'asuswrt', 'merlin', 'dd-wrt', 'tomato', 'freshtomato', 'pfsense', 'opnsense', 'routeros',
  'windows', 'macos', 'ios', 'android', 'agent', 'snmp', 'oid',
]);

/** Words before "port" in text that make it a physical port, beside those of context-words.ts. */
const PHYSICAL_WORDS = new Set(['com', 'hdmi', 'display', 'thunderbolt', 'ge', 'fe', 'gigabit', 'xe', 'eth']);

/** Upper-cased service names accepted in `443 (HTTPS)`. */
export const KNOWN_SERVICES = new Set([
  'HTTP', 'HTTPS', 'HTTP-ALT', 'SSH', 'FTP', 'FTPS', 'FTP-DATA', 'TFTP', 'DNS', 'DOMAIN', 'SMTP', 'SMTPS',
  'SUBMISSION', 'IMAP', 'IMAPS', 'POP3', 'POP3S', 'TELNET', 'RDP', 'SNMP', 'NTP', 'LDAP', 'LDAPS', 'SMB',
  'NETBIOS', 'MYSQL', 'MSSQL', 'POSTGRES', 'POSTGRESQL', 'SIP', 'SIPS', 'IKE', 'IPSEC', 'NAT-T', 'L2TP',
  'PPTP', 'OPENVPN', 'WIREGUARD', 'BGP', 'DHCP', 'BOOTPS', 'BOOTPC', 'SYSLOG', 'NNTP', 'XMPP', 'IRC', 'VNC',
  'RTSP', 'MQTT', 'UPNP', 'SSDP', 'MDNS', 'KERBEROS', 'RADIUS', 'WINBOX', 'ISAKMP',
]);

/** Names before `(N)` that mean N is an IP protocol number or a count, not a port. */
export const NOT_PORT_NAME = /\b(?:gre|esp|ah|icmp\w*|igmp|ospf|vrrp|carp|pim|sctp|ipip|6in4|6to4|tunnel|proto(?:col)?|channel|vlan|priority|metric|id|index|version|rule|page|step|count|total|items?|results?)\b/i;

/** Words that, right after a number, make it a counter or a size, not a port. */
const UNIT_WORDS = new Set([
  'packet', 'packets', 'pkt', 'pkts', 'byte', 'bytes', 'b', 'kb', 'mb', 'gb', 'tb', 'kib', 'mib', 'gib', 'tib', 'ms', 's', 'sec', 'secs',
  'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'connection', 'connections', 'times', 'hit',
  'hits', 'item', 'items', 'entries', 'line', 'lines', 'x', 'mbps', 'kbps', 'gbps', 'mhz', 'ghz', 'dbm',
]);

/** A unit right after a number (`12 packets`, `5 ms`, `95%`): it is a counter or a size, not a port. */
export function unitAfter(text: string, j: number): boolean {
  let k = j;
  while (k - j < 4 && isSpace(code(text, k))) k++;
  if (code(text, k) === 37) return true;
  const start = k;
  while (k - start < 12 && isLetter(code(text, k))) k++;
  return k > start && !isLetter(code(text, k)) && UNIT_WORDS.has(text.slice(start, k).toLowerCase());
}

/** The word that ends right before `end` (skipping blanks and one ':' / '='), lower-cased. */
export function wordBefore(text: string, end: number): string {
  let k = end - 1;
  const floor = end - 8; // blanks looked over, at most
  while (k >= floor && isSpace(code(text, k))) k--;
  if (code(text, k) === 58 || code(text, k) === 61) k--;
  while (k >= floor - 1 && isSpace(code(text, k))) k--;
  const stop = k;
  while (k >= 0 && stop - k < 24 && (isWordChar(code(text, k)) || code(text, k) === 45 || code(text, k) === 46)) k--;
  return text.slice(k + 1, stop + 1).toLowerCase();
}

export function isVersionWord(w: string): boolean {
  if (VERSION_WORDS.has(w)) return true;
  const dot = w.lastIndexOf('.');
  return dot >= 0 && /^(?:version|ver|build)$/.test(w.slice(dot + 1));
}

export function isPhysicalWord(w: string): boolean {
  return PHYSICAL_WORDS.has(w) || CONTEXT_MATCHERS.physical.words.has(w);
}

/** Characters looked back on the line for a version label ("Firmwareversion:", "upgraded from"). */
const VERSION_LOOKBACK = 64;

/**
 * The last words before `p` on its line (at most VERSION_LOOKBACK characters back) name a version
 * or an upgrade, in any language of context-words.ts: "Versión del firmware: 1.0.4.126",
 * "upgraded from 1.0.4.126 to 1.0.5.2", "固件版本：1.0.4.126".
 */
export function versionBefore(text: string, p: number): boolean {
  const from = Math.max(0, p - VERSION_LOOKBACK);
  let start = p;
  while (start > from && code(text, start - 1) !== 10) start--;
  const before = text.slice(start, p);
  if (!/\p{L}/u.test(before)) return false;
  const words = wordsOf(before);
  const last = wordsOf(words.list.filter((w) => !/^\p{N}+$/u.test(w)).slice(-4).join(' '));
  return namesVersion(last) || has(last, 'upgrade');
}

/**
 * A candidate starting right after ':' continues a colon-separated hex run (MAC, time, longer
 * address) when the word before that ':' is made of hex digits only (`a0:`, `14:`).
 */
export function continuesHexRun(text: string, p: number): boolean {
  if (code(text, p - 1) !== 58) return false;
  let k = p - 2;
  const stop = k;
  while (k >= 0 && stop - k < 5 && isHexDigit(code(text, k))) k--;
  if (k === stop) return code(text, k) === 58; // '::' right before
  return !isWordChar(code(text, k));
}

/** Words that label an address (`IP:`, `Source:`) rather than name a Cisco ASA interface. */
const LABEL_WORDS = new Set([
  'ip', 'ipv4', 'ipv6', 'address', 'addr', 'net', 'network', 'subnet', 'cidr', 'prefix', 'route', 'target', 'mask',
  'range', 'source', 'destination', 'src', 'dst', 'from', 'to', 'host', 'gateway', 'gw', 'dns', 'server', 'client',
]);

/** `ifname:` glued before the address (`inside:10.1.1.5/23`): the Cisco ASA interface prefix. */
export function hasInterfacePrefix(text: string, p: number): boolean {
  if (code(text, p - 1) !== 58) return false;
  let k = p - 2;
  let nonHex = false;
  while (k >= 0 && p - k < 34 && (isWordChar(code(text, k)) || code(text, k) === 45)) {
    if (isLetter(code(text, k)) && !isHexDigit(code(text, k))) nonHex = true;
    k--;
  }
  return nonHex && k < p - 2 && !isWordChar(code(text, k)) && !LABEL_WORDS.has(text.slice(k + 1, p - 1).toLowerCase());
}

/** The current line (bounded look-back) is a Cisco ASA / FTD / PIX message. */
export function lineIsAsa(text: string, p: number): boolean {
  const from = Math.max(0, p - 600);
  let start = p;
  while (start > from && code(text, start - 1) !== 10) start--;
  const line = text.slice(start, p);
  return /%(?:ASA|FTD|PIX|FWSM)-\d/.test(line);
}

/** `->` (or tcpdump ` > `) right after `end`: the token is the source of an arrow pair. */
export function arrowAfter(text: string, end: number): boolean {
  const k = skipBlanks(text, end);
  const c = code(text, k);
  if (c === 0x2192) return true;
  if (c === 45 && code(text, k + 1) === 62) return true;
  return c === 62 && k > end && isSpace(code(text, k + 1));
}

/** `->` (or tcpdump ` > `) right before `start`: the token is the destination of an arrow pair. */
export function arrowBefore(text: string, start: number): boolean {
  const k = skipBlanksBack(text, start - 1);
  const c = code(text, k);
  if (c === 0x2192) return true;
  if (c !== 62) return false;
  return code(text, k - 1) === 45 || (k < start - 1 && isSpace(code(text, k - 1)));
}

const SRC_KEY = /^(?:src|srcip|src_ip|src-ip|source|source\.ip|source\.address|saddr|sip|client|client\.ip|client_ip|remote_addr|id\.orig_h|orig|from|faddr|s)$/;
const DST_KEY = /^(?:dst|dstip|dst_ip|dst-ip|dest|destination|destination\.ip|destination\.address|daddr|dip|server|server\.ip|upstream_addr|id\.resp_h|to|laddr|d)$/;

export function roleFromWord(w: string): TokenRole | undefined {
  if (SRC_KEY.test(w)) return 'source';
  if (DST_KEY.test(w)) return 'destination';
  return undefined;
}

/** Start of the run of `[A-Za-z0-9_.-]` that ends at `end` (exclusive). */
function keyStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < 32) {
    const c = code(text, k - 1);
    if (!(isWordChar(c) || c === 46 || c === 45)) break;
    k--;
  }
  return k;
}

/**
 * Role from what precedes the token: `SRC=`, `"source.ip": "`, `Source:`, `src outside:`,
 * `from `, `to `. Character scan, no allocation beyond the key itself.
 */
export function roleFromPrefix(text: string, start: number): TokenRole | undefined {
  let k = start - 1;
  let c = code(text, k);
  if (c === 91 || c === 34 || c === 39) c = code(text, --k); // [ " '
  k = skipBlanksBack(text, k);
  c = code(text, k);
  if (c === 61 || c === 58) {
    k = skipBlanksBack(text, k - 1);
    c = code(text, k);
    if (c === 34) k--;
    const e = k + 1;
    const s = keyStart(text, e);
    if (s === e) return undefined;
    const key = text.slice(s, e).toLowerCase();
    const r = roleFromWord(key);
    if (r || code(text, e) !== 58) return r;
    // `src outside:ip` (Cisco ASA): the word before the interface name
    const j = skipBlanksBack(text, s - 1);
    const ws = keyStart(text, j + 1);
    const w = text.slice(ws, j + 1).toLowerCase();
    return w === 'src' || w === 'dst' || w === 'from' || w === 'to' ? roleFromWord(w) : undefined;
  }
  if (k === start - 1) return undefined; // glued to something else
  const s = keyStart(text, k + 1);
  const len = k + 1 - s;
  if (len < 2 || len > 4) return undefined;
  const w = text.slice(s, k + 1).toLowerCase();
  return w === 'from' || w === 'to' || w === 'src' || w === 'dst' ? roleFromWord(w) : undefined;
}

/** Role named by a port key (`SPT`, `dport`, `source.port`, `dst_port`). */
export function roleFromPortKey(key: string): TokenRole | undefined {
  const k = key.toLowerCase().replace(/^-+/, '');
  if (k === 'spt' || k === 'sport' || k === 'sports') return 'source';
  if (k === 'dpt' || k === 'dport' || k === 'dports') return 'destination';
  const parts = k.split(/[._-]/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const prefix = last === 'port' || last === 'ports' ? (parts[parts.length - 2] ?? '') : last.replace(/ports?$/, '');
  if (/^(?:src|s|source|orig|client|local|l)$/.test(prefix)) return 'source';
  if (/^(?:dst|d|dest|destination|resp|server|target)$/.test(prefix)) return 'destination';
  return undefined;
}

/** A `key` of `key=value` / `"key": value` that names a port. */
export function isPortKey(key: string): boolean {
  const k = key.toLowerCase();
  if (k === 'spt' || k === 'dpt') return true;
  const parts = k.split(/[._-]/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  if (last === 'port' || last === 'ports') return true;
  return /^(?:src|dst|s|d|l|r|nat|local|remote|dest|source|destination|orig|resp|client|server|listen|public|private|ext|int)ports?$/.test(last);
}

