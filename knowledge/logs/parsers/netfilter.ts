// Linux netfilter LOG / nftables log lines (iptables, ip6tables, UFW, firewalld, Shorewall, SuSEfirewall2,
// OpenWrt, DD-WRT, Tomato, ASUSWRT, EdgeOS/UniFi, Proxmox VE). The verdict lives only in the free-text
// prefix before IN=; an ICMP error quotes the offending packet in [brackets] — the outer packet is the event.
// This is the format of most home and server firewalls, so it is read by a hand-written scanner over
// offsets (no split, no map per line), and the prefix, which repeats line after line, is read once.
import type { LogParser, ParsedFields } from '../types';
import { actionFromText, normalizeAddress, normalizeProtocol } from './lib/normalize';
import { monthIndex, utcEpoch, zoneOffsetMinutes } from './lib/time';
import { uptimeLength } from '../syslog-header';
import { code3, isAt } from './lib/char-codes';

// Proxmox VE: "<vmid> <level> <chain> 20/Jun/2022:13:09:14 +0200 <verdict>: "
const PROXMOX = /^(\d{1,10}) (\d) (\S{1,64}) (\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) ?/;
// EdgeOS / USG / UniFi rule-set tags: [WAN_LOCAL-default-D], [WAN_OUT-2000-A], [WAN_LOCAL-D-2147483647]
const RULESET_TAG = /\[([\w.]{1,48}(?:-[\w.]{1,24}){1,3})\]/;

/** TCP flag words in the order the kernel prints them, with a bit each. */
const FLAG_WORDS = ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'];
const flagListCache = new Map<number, string[]>();

/** The flag words of a bit mask, as one shared frozen list per mask. */
function flagList(mask: number): string[] {
  let list = flagListCache.get(mask);
  if (!list) {
    list = Object.freeze(FLAG_WORDS.filter((_, i) => mask & (1 << i))) as string[];
    flagListCache.set(mask, list);
  }
  return list;
}

const FLAG_CODES = FLAG_WORDS.map((w) => code3(w, 0));

/** The bit of the flag word whose three letters are `letters` (see code3), or 0. */
function flagBit(letters: number): number {
  const f = FLAG_CODES.indexOf(letters);
  return f < 0 ? 0 : 1 << f;
}

// The keys read, as code3 numbers of their first three letters (two-letter keys include the '=').
const [IN, ID, SRC, SPT, DST, DPT, OUT, TTL, TYP, LEN, COD, PRO, WIN, HOP] =
  ['IN=', 'ID=', 'SRC', 'SPT', 'DST', 'DPT', 'OUT', 'TTL', 'TYP', 'LEN', 'COD', 'PRO', 'WIN', 'HOP'].map((k) => code3(k, 0));
const EQUALS = 61;

/** Index where the KEY=value part starts: the first IN=, else the first OUT=. */
function bodyStart(line: string): number {
  const inAt = line.indexOf('IN=');
  const outAt = line.indexOf('OUT=');
  if (inAt < 0) return outAt;
  if (outAt < 0) return inAt;
  return Math.min(inAt, outAt);
}

/** The line test() last looked at, and where its body starts: parse() is usually asked about it next. */
let testedLine = '';
let testedStart = -1;

/** The unsigned decimal number in text[from, to), or -1 when it is not one (or over 10 digits). */
function readUint(text: string, from: number, to: number): number {
  if (to <= from || to - from > 10) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

type PrefixFields = Pick<ParsedFields, 'time' | 'timeText' | 'action' | 'actionText' | 'rule'>;

function readPrefix(prefix: string): PrefixFields {
  const out: PrefixFields = {};
  let text = prefix;
  const px = PROXMOX.exec(text);
  if (px) {
    const month = monthIndex(px[5]);
    const offset = zoneOffsetMinutes(px[10]);
    if (month !== undefined && offset !== undefined) {
      out.time = utcEpoch(+px[6], month, +px[4], +px[7], +px[8], +px[9], undefined, offset);
      out.timeText = `${px[4]}/${px[5]}/${px[6]}:${px[7]}:${px[8]}:${px[9]} ${px[10]}`;
    }
    text = `${px[3]} ${text.slice(px[0].length)}`;
  }
  const descrless = text.replace(/DESCR="[^"]{0,256}"/, ' ');
  const tag = RULESET_TAG.exec(descrless);
  if (tag) {
    const letter = tag[1].split('-').find((p) => p === 'A' || p === 'D' || p === 'R');
    if (letter) {
      out.action = letter === 'A' ? 'allow' : 'deny';
      out.actionText = letter;
      out.rule = tag[1];
      return out;
    }
  }
  const verdict = actionFromText(descrless);
  if (verdict) {
    out.action = verdict.action;
    out.actionText = verdict.word;
  }
  const rule = text.trim().replace(/:$/, '').trim();
  if (rule) out.rule = rule.slice(0, 200);
  return out;
}

/**
 * What recent prefixes said, without the kernel's uptime stamp: logs repeat a handful of prefixes
 * ("[UFW BLOCK] ", "[UFW ALLOW] ") for thousands of lines.
 */
const prefixCache = new Map<string, PrefixFields>();
const PREFIX_CACHE_SIZE = 64;
/** PROTO= values seen and what they mean ("TCP" → "tcp", "6" → "tcp"); a log uses a handful. */
const protocols = new Map<string, string | undefined>();

/** The prefix of the line before, and what it said: checked in place, without slicing the prefix out. */
let lastPrefix: string | undefined;
let lastPrefixFields: PrefixFields = {};

function prefixFields(line: string, start: number): PrefixFields {
  const from = Math.min(uptimeLength(line), start);
  if (lastPrefix !== undefined && lastPrefix.length === start - from && isAt(line, from, lastPrefix)) return lastPrefixFields;
  const prefix = line.slice(from, start);
  let fields = prefixCache.get(prefix);
  if (fields === undefined) {
    fields = readPrefix(prefix);
    // A prefix with a time in it (Proxmox) changes every line: not worth keeping.
    if (fields.time === undefined) {
      if (prefixCache.size >= PREFIX_CACHE_SIZE) prefixCache.clear();
      prefixCache.set(prefix, fields);
    }
  }
  lastPrefix = fields.time === undefined ? prefix : undefined;
  lastPrefixFields = fields;
  return fields;
}

function protocolOf(proto: string): string | undefined {
  let protocol = protocols.get(proto);
  if (protocol === undefined && !protocols.has(proto)) {
    protocol = normalizeProtocol(proto);
    if (protocols.size < 256) protocols.set(proto, protocol);
  }
  return protocol;
}

export const netfilter: LogParser = {
  id: 'netfilter',
  name: 'Linux netfilter (iptables / nftables / UFW / firewalld)',
  test(line) {
    if (!line.includes('SRC=') || !line.includes('DST=')) return false;
    testedLine = line;
    testedStart = bodyStart(line);
    return testedStart >= 0;
  },
  parse(line) {
    const start = line === testedLine ? testedStart : bodyStart(line);
    if (start < 0) return null;
    const inner = line.indexOf('[', start);
    const limit = inner >= 0 ? inner : line.length;
    let src: string | undefined;
    let dst: string | undefined;
    let proto: string | undefined;
    let inIf: string | undefined;
    let outIf: string | undefined;
    let spt = -1, dpt = -1, type = -1, code = -1, ttl = -1, ipId = -1, window = -1, len = -1;
    let flags = 0;
    let seenProto = false;
    // Token by token over offsets; the first occurrence of a key wins (the quoted packet of an ICMP
    // error repeats them inside [brackets], which `limit` cuts off).
    for (let i = start; i < limit;) {
      let end = line.indexOf(' ', i);
      if (end < 0 || end > limit) end = limit;
      // Keys told apart by their first three letters and the '=' after them, read as numbers (no call
      // per comparison); the longer keys are then matched whole.
      const letters = code3(line, i);
      switch (letters) {
        case IN: if (inIf === undefined) inIf = line.slice(i + 3, end); break;
        case ID: if (ipId < 0) ipId = readUint(line, i + 3, end); break;
        case SRC: if (src === undefined && line.charCodeAt(i + 3) === EQUALS) src = line.slice(i + 4, end); break;
        case SPT: if (spt < 0 && line.charCodeAt(i + 3) === EQUALS) spt = readUint(line, i + 4, end); break;
        case DST: if (dst === undefined && line.charCodeAt(i + 3) === EQUALS) dst = line.slice(i + 4, end); break;
        case DPT: if (dpt < 0 && line.charCodeAt(i + 3) === EQUALS) dpt = readUint(line, i + 4, end); break;
        case OUT: if (outIf === undefined && line.charCodeAt(i + 3) === EQUALS) outIf = line.slice(i + 4, end); break;
        case TTL: if (ttl < 0 && line.charCodeAt(i + 3) === EQUALS) ttl = readUint(line, i + 4, end); break;
        case LEN: if (len < 0 && line.charCodeAt(i + 3) === EQUALS) len = readUint(line, i + 4, end); break;
        case TYP: if (type < 0 && isAt(line, i + 3, 'E=')) type = readUint(line, i + 5, end); break;
        case COD: if (code < 0 && isAt(line, i + 3, 'E=')) code = readUint(line, i + 5, end); break;
        case PRO:
          if (!seenProto && isAt(line, i + 3, 'TO=')) {
            seenProto = true;
            proto = line.slice(i + 6, end);
          }
          break;
        case WIN: if (window < 0 && isAt(line, i + 3, 'DOW=')) window = readUint(line, i + 7, end); break;
        case HOP: if (ttl < 0 && isAt(line, i + 3, 'LIMIT=')) ttl = readUint(line, i + 9, end); break;
        default:
          // The TCP flag words follow PROTO=.
          if (seenProto && end - i === 3) flags |= flagBit(letters);
      }
      i = end + 1;
    }
    const srcAddress = normalizeAddress(src);
    const dstAddress = normalizeAddress(dst);
    if (!srcAddress && !dstAddress) return null;
    const prefix = prefixFields(line, start);
    const protocol = proto === undefined ? undefined : protocolOf(proto);
    const isIcmp = protocol === 'icmp' || protocol === 'icmpv6';
    const isTcp = protocol === 'tcp';
    const inside = inIf || undefined;
    const outside = outIf || undefined;
    // One object literal with every field (undefined when absent) keeps one hidden class for all lines.
    const out: ParsedFields = {
      time: prefix.time,
      timeText: prefix.timeText,
      action: prefix.action,
      actionText: prefix.actionText,
      protocol,
      src: srcAddress,
      srcPort: spt >= 0 && spt <= 65535 ? spt : undefined,
      dst: dstAddress,
      dstPort: dpt >= 0 && dpt <= 65535 ? dpt : undefined,
      icmpType: isIcmp && type >= 0 ? type : undefined,
      icmpCode: isIcmp && code >= 0 ? code : undefined,
      interface: inside ?? outside,
      direction: inside && outside ? 'forward' : inside ? 'in' : outside ? 'out' : undefined,
      ttl: ttl >= 0 ? ttl : undefined,
      ipId: ipId >= 0 ? ipId : undefined,
      tcpFlags: isTcp && flags ? flagList(flags) : undefined,
      window: isTcp && window >= 0 ? window : undefined,
      length: len >= 0 ? len : undefined,
      rule: prefix.rule,
    };
    return out;
  },
};
