// What the TCP window and the packet length of a SYN say. Operating systems open connections with large
// windows and several TCP options; scanning tools build their own packets and give themselves away.
import type { PacketFieldNote } from './types';
import { MASSCAN_SOURCE, NMAP_SYN_SCAN, RFC_793, ZMAP_SOURCE } from './references';

/** Windows nmap's SYN scan uses. */
const NMAP_WINDOWS = new Set([1024, 2048, 3072, 4096]);
/** IPv4 + TCP headers without options: a SYN this short carries no MSS, which every real stack sends. */
const BARE_SYN_LENGTH = 40;
/** Headers plus the MSS option alone: what nmap and newer masscan send. */
const MSS_ONLY_LENGTH = 44;

export interface ToolMatch {
  tool: string;
  note: PacketFieldNote;
}

/** The scanning tool a SYN's window, length, IP ID and TTL point at, if any. */
export function matchScanTool(window: number | undefined, length: number | undefined, ipId: number | undefined, ttl: number | undefined): ToolMatch | undefined {
  if (window === 65535 && ipId === 54321) {
    return { tool: 'ZMap', note: windowNote(window, 'Window 65535 with IP ID 54321: ZMap', 'ZMap builds every probe with the largest window and the fixed ID 54321, starting from TTL 255.', [ZMAP_SOURCE]) };
  }
  if ((window === 1024 || window === 1025) && (length === BARE_SYN_LENGTH || length === MSS_ONLY_LENGTH) && (ttl === undefined || ttl > 128)) {
    return { tool: 'masscan', note: windowNote(window, `Window ${window} on a ${length}-byte SYN from a high TTL: masscan`, 'masscan sends its SYNs from a fixed template: window 1024, no options or just MSS, TTL 255 at the start.', [MASSCAN_SOURCE]) };
  }
  if (window !== undefined && NMAP_WINDOWS.has(window) && length === MSS_ONLY_LENGTH) {
    return { tool: 'nmap SYN scan', note: windowNote(window, `Window ${window} on a 44-byte SYN: nmap's SYN scan`, "Nmap's SYN scan sends a small window (1024 to 4096) and a single MSS option, 44 bytes in all; operating systems open with larger windows and more options.", [NMAP_SYN_SCAN]) };
  }
  return undefined;
}

function windowNote(window: number, title: string, detail: string, references: PacketFieldNote['references']): PacketFieldNote {
  return { field: 'window', value: String(window), title, detail, suspicious: true, references: [RFC_793, ...references] };
}

export function explainWindow(window: number, isSyn: boolean): PacketFieldNote {
  if (isSyn && window === 0) {
    return windowNote(0, 'Window 0 on a SYN: a hand-made packet', 'A connection cannot start by saying it has no room to receive; only crafted packets do that.', []);
  }
  if (isSyn && window <= 4096) {
    return windowNote(window, `Window ${window} on a SYN: small, typical of scanners`, 'Operating systems open connections offering tens of thousands of bytes (64240, 65535, 29200 …). Small round windows like this one come from scanning tools that build their own packets.', []);
  }
  return {
    field: 'window', value: String(window), suspicious: false, references: [RFC_793],
    title: `Window ${window}`,
    detail: 'How many bytes the sender is ready to receive. Nothing unusual on its own; on a connection-opening SYN, very small values point at a scanning tool.',
  };
}

export function explainLength(length: number, isSyn: boolean, protocol: string | undefined): PacketFieldNote {
  if (isSyn && length === BARE_SYN_LENGTH) {
    return { field: 'length', value: String(length), suspicious: true, references: [RFC_793], title: '40-byte SYN: no TCP options', detail: 'Headers alone, with none of the options (maximum segment size, window scaling, timestamps) every operating system sends when it opens a connection: a packet built by a scanner.' };
  }
  if (isSyn && length === MSS_ONLY_LENGTH) {
    return { field: 'length', value: String(length), suspicious: true, references: [RFC_793, NMAP_SYN_SCAN], title: '44-byte SYN: one TCP option only', detail: 'Headers plus the segment-size option and nothing else. Current systems open connections with 52 to 60 bytes (timestamps, window scaling, SACK); 44 is what nmap and masscan send.' };
  }
  return {
    field: 'length', value: String(length), suspicious: false, references: [RFC_793],
    title: `${length} bytes`,
    detail: protocol === 'udp' || protocol === 'icmp'
      ? 'The size of the whole packet. Very large answers from UDP services you never asked are the mark of reflection floods.'
      : 'The size of the whole IP packet, headers included.',
  };
}
