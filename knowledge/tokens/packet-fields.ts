// Packet-field tokens (issue 11, FAQ §9): the TTL, IP ID and window of a netfilter line (`TTL=47`,
// `HOPLIMIT=64`, `ID=54321`, `WINDOW=1024`), its TCP flag words (`SYN URG PSH FIN` after `RES=0x00`)
// and tcpdump's `Flags [S.]`. They are tokens only inside a packet record: a key=value beside another
// IP/TCP header key, flag words right after `RES=` or `WINDOW=`, flag letters in brackets. Ordinary text ("user
// ID=4", "SYN flood", "flags [DF]") yields nothing. One forward pass of one regex with bounded
// alternatives, plus bounded look-arounds: linear in the text.
import type { PacketField } from '../packet/types';
import type { Token } from './types';
import { code, isSpace } from './ip-syntax';

const FLAG_WORD = '(?:CWR|ECE|URG|ACK|PSH|RST|SYN|FIN)';

// Every alternative starts with a literal (fast to skip to in a long log). Groups: 1 key + 2 value,
// then 3 the flag words when they follow (after RES=0x00, or WINDOW= in shortened lines) | 4 'Flags ['
// + 5 letters or 'none'.
const PACKET_FIELD = new RegExp(
  String.raw`(TTL|HOPLIMIT|ID|WINDOW|RES)=(\d{1,10}|0x[0-9a-fA-F]{2})(?![\w.:])(?: (${FLAG_WORD}(?: ${FLAG_WORD}){0,7})(?![\w=]))?` +
    String.raw`|([Ff]lags \[)([SFRPUEW.]{1,9}|none)\]`,
  'g',
);

/** What may not stand right before a key: a longer name (ORDER_ID), a URL query (?ID=, &TTL=), a path. */
const NOT_BEFORE_KEY = /[\w.?&/=-]/;

/** Keys of the IP and TCP headers in a netfilter line: a packet field needs one of them beside it. */
const HEADER_KEY_WORD = /^(?:LEN|TOS|PREC|TTL|HOPLIMIT|FLOWLBL|TC|ID|PROTO|SPT|DPT|SEQ|ACK|WINDOW|RES|URGP)=\S/;
/** Longest header word looked at on either side ("HOPLIMIT=255" and a margin). */
const MAX_NEIGHBOUR = 24;

const FIELD_OF_KEY: Readonly<Record<string, PacketField>> = { TTL: 'ttl', HOPLIMIT: 'ttl', ID: 'ipId', WINDOW: 'window' };

/** The word before [start) or after [end) is an IP/TCP header key=value. */
function besideHeaderKey(text: string, start: number, end: number): boolean {
  if (code(text, start - 1) === 32) {
    let k = start - 1;
    const stop = Math.max(0, k - MAX_NEIGHBOUR);
    while (k > stop && !isSpace(code(text, k - 1))) k--;
    if (HEADER_KEY_WORD.test(text.slice(k, start - 1))) return true;
  }
  return code(text, end) === 32 && HEADER_KEY_WORD.test(text.slice(end + 1, end + 1 + MAX_NEIGHBOUR));
}

function fieldToken(text: string, start: number, end: number, field: PacketField, fieldValue: string): Token {
  return { start, end, kind: 'packet-field', text: text.slice(start, end), field, fieldValue };
}

/** The packet-field tokens of `text`, in order. */
export function detectPacketFields(text: string): Token[] {
  const out: Token[] = [];
  const re = PACKET_FIELD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const end = at + m[0].length;
    if (at > 0 && NOT_BEFORE_KEY.test(text[at - 1])) continue;
    if (m[1] !== undefined) {
      const [, key, value, flags] = m;
      const valueEnd = at + key.length + 1 + value.length;
      const isNumber = value.charCodeAt(1) !== 120; // not 0x..
      if (key !== 'RES' && isNumber && besideHeaderKey(text, at, valueEnd)) out.push(fieldToken(text, at, valueEnd, FIELD_OF_KEY[key], value));
      if (flags !== undefined && (key === 'RES' ? !isNumber : key === 'WINDOW')) out.push(fieldToken(text, end - flags.length, end, 'tcpFlags', flags));
    } else if (m[5] !== 'none' || m[4][0] === 'F') {
      // tcpdump writes TCP flags as "Flags [S.]" and IP flags as "flags [DF]"/"flags [none]".
      out.push(fieldToken(text, at, end, 'tcpFlags', m[5]));
    }
  }
  return out;
}
