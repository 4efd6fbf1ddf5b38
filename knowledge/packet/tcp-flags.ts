// What the TCP control bits say. A connection opens with SYN, is answered SYN+ACK, carries data with
// ACK (and PSH), ends with FIN or RST. Some combinations never occur in real traffic: they are probes
// that make open and closed ports answer differently.
import type { PacketFieldNote } from './types';
import { NMAP_SYN_SCAN, RFC_793 } from './references';

const NAMES: Record<string, string> = {
  S: 'SYN', A: 'ACK', F: 'FIN', R: 'RST', P: 'PSH', U: 'URG', E: 'ECE', C: 'CWR', W: 'CWR', '.': 'ACK',
};
const ORDER = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'];
const WORDS = new Set(ORDER);
const NONE = new Set(['NONE', 'NULL', '-', '']);

/** Flag names from a list, a spaced string or a letter string ("FPU", "S."); null when none are set. */
export function readTcpFlags(flags: readonly string[] | string): Set<string> {
  const out = new Set<string>();
  const words = typeof flags === 'string' ? flags.trim().split(/[\s,|+/]+/) : flags;
  for (const raw of words) {
    const w = raw.trim().toUpperCase();
    if (NONE.has(w)) continue;
    if (WORDS.has(w)) out.add(w);
    else for (const ch of raw.trim()) if (NAMES[ch.toUpperCase()] ?? NAMES[ch]) out.add(NAMES[ch.toUpperCase()] ?? NAMES[ch]);
  }
  return out;
}

interface FlagReading {
  title: string;
  detail: string;
  suspicious: boolean;
}

function read(f: Set<string>): FlagReading {
  const has = (x: string) => f.has(x);
  const only = (...xs: string[]) => f.size === xs.length && xs.every(has);
  if (f.size === 0) return { title: 'NULL: no flag set', suspicious: true, detail: 'A TCP packet with no flag at all is never part of a real connection. It is a NULL scan: closed ports answer it with a reset and open ones stay silent, which tells the scanner which are open.' };
  if (has('SYN') && has('FIN')) return { title: 'SYN+FIN: open and close at once', suspicious: true, detail: 'Asking to open and to close a connection in one packet makes no sense to TCP. Scanners send it to slip past filters that only look at one of the two flags, and to see how the system reacts.' };
  if (has('SYN') && has('RST')) return { title: 'SYN+RST: open and abort at once', suspicious: true, detail: 'No real stack sends these two together. It is a crafted probe, used to fingerprint the system or to get past simple filters.' };
  if (has('FIN') && has('PSH') && has('URG') && !has('ACK')) return { title: 'XMAS: FIN, PSH and URG lit up', suspicious: true, detail: 'A packet "lit like a Christmas tree" never occurs in normal traffic. It is an XMAS scan: like the NULL and FIN scans it makes closed ports reset and open ports stay quiet.' };
  if (only('FIN')) return { title: 'FIN alone: a FIN scan', suspicious: true, detail: 'A real connection is closed with FIN together with ACK. A bare FIN to a port nobody talked to is a FIN scan, hoping that closed ports reset and open ones stay silent, unnoticed by logs that only record SYNs.' };
  if (only('SYN')) return { title: 'SYN: someone opening a connection', suspicious: false, detail: 'The first packet of every TCP connection. Blocked SYNs from the Internet are mostly scanners knocking on ports; a SYN scan (nmap -sS) sends just this and never completes the handshake.' };
  if (only('SYN', 'ACK')) return { title: 'SYN+ACK: a server accepting a connection', suspicious: false, detail: 'The answer to a SYN. Arriving here unasked, SYN+ACKs are usually backscatter: a server answering forged connection attempts that carried your address.' };
  if (has('RST')) return { title: 'RST: a connection refused or aborted', suspicious: false, detail: 'A reset says "no such connection here" or ends one at once. Stray resets are common: late answers, closed ports, or backscatter from attacks on others.' };
  if (has('FIN') && has('ACK')) return { title: 'FIN+ACK: a connection closing', suspicious: false, detail: 'One side finished sending. Blocked late FIN+ACKs are usually the end of a connection the firewall had already forgotten.' };
  if (has('ACK') && !has('SYN')) return { title: 'ACK: part of an existing connection', suspicious: false, detail: 'Data or acknowledgements of a running connection. A lone ACK to a port nobody talked to is an ACK scan, used to map which ports a firewall filters; blocked late ACKs are usually harmless leftovers.' };
  return { title: 'Unusual flag combination', suspicious: true, detail: 'This combination does not belong to any normal stage of a TCP connection, which points to a hand-made packet.' };
}

export function explainTcpFlags(flags: readonly string[] | string): PacketFieldNote {
  const set = readTcpFlags(flags);
  const value = set.size ? ORDER.filter((x) => set.has(x)).join(' ') : 'none';
  const reading = read(set);
  return { field: 'tcpFlags', value, ...reading, references: [RFC_793, NMAP_SYN_SCAN] };
}
