// Cisco ASA / PIX / FWSM / FTD (ASA-style messages): %ASA-<sev>-<id>: <text>; each message id has its own
// wording. Endpoints are written "iface:ip/port" or "ip/port"; 106100 uses "iface/ip(port)".
import type { LogEvent, LogParser, ParseContext } from '../types';
import {
  actionOf, flagsFromNames, icmpFamily, normalizeAddress, normalizeProtocol, portOrService, toInt, toPort,
} from './lib/normalize';
import { findBsdTime } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const ID = /%?(?:ASA|PIX|FWSM|FTD)-(\d)-(\d{6}): ?/;
const BARE_ID = /^(?:\d\|[^|]{0,40}\|)?(\d{6}): /;
const BARE_START = /^(?:Deny |Inbound |access-list |Built |Teardown |TCP access |UDP access |Denied ICMP|No matching connection|Dropping )/;
const A = '([0-9A-Fa-f:.]{2,45})';
const IF = '([^:\\s/]{1,64})';

const SHAPES: { re: RegExp; read(m: RegExpExecArray, out: Parsed): void }[] = [
  { // 106001 / 106015
    re: new RegExp(`^(?:Inbound (TCP|UDP) connection (denied)|(Deny) (TCP|UDP) \\(no connection\\)) from ${A}/(\\d{1,5}) to ${A}/(\\d{1,5}) flags ([A-Z ]{0,40}?) ?on interface (\\S{1,64})`),
    read(m, out) {
      tuple(out, m[1] ?? m[4], m[5], m[6], m[7], m[8]);
      verdict(out, m[2] ?? m[3]);
      out.tcpFlags = flagsFromNames(m[9].split(' '));
      out.interface = m[10];
    },
  },
  { // 106006 / 106007
    re: new RegExp(`^(Deny) (inbound|outbound) (UDP|TCP) from ${A}/(\\d{1,5}) to ${A}/(\\d{1,5}).{0,120}? on interface (\\S{1,64})`),
    read(m, out) {
      tuple(out, m[3], m[4], m[5], m[6], m[7]);
      verdict(out, m[1]);
      out.direction = m[2] === 'inbound' ? 'in' : 'out';
      out.interface = m[8];
    },
  },
  { // 106010 / 106014 / 106023
    re: new RegExp(`^(Deny) (?:(inbound|outbound) )?(protocol \\d{1,3}|\\w{1,16}) src ${IF}:([^\\s/(]{1,255})(?:/(\\w{1,16}))? dst ${IF}:([^\\s/(]{1,255})(?:/(\\w{1,16}))?(?: ?\\(type (\\d{1,3}), code (\\d{1,3})\\))?(?: by access-group "([^"]{1,128})")?`),
    read(m, out) {
      tuple(out, m[3].replace('protocol ', ''), m[5], m[6], m[8], m[9]);
      verdict(out, m[1]);
      if (m[2]) out.direction = m[2] === 'inbound' ? 'in' : 'out';
      out.interface = m[4];
      icmp(out, m[10], m[11]);
      if (m[12]) out.rule = m[12];
    },
  },
  { // 106021
    re: new RegExp(`^(Deny) (TCP|UDP|ICMP) reverse path check from ${A} to ${A} on interface (\\S{1,64})`),
    read(m, out) {
      tuple(out, m[2], m[3], undefined, m[4], undefined);
      verdict(out, m[1]);
      out.interface = m[5];
    },
  },
  { // 106100
    re: new RegExp(`^access-list (\\S{1,128}) (permitted|denied|est-allowed) (\\w{1,16}) ([^/\\s]{1,64})/([^\\s(]{2,45})\\((\\d{1,5})\\) -> ([^/\\s]{1,64})/([^\\s(]{2,45})\\((\\d{1,5})\\)`),
    read(m, out) {
      const isIcmp = /^icmp/i.test(m[3]);
      tuple(out, m[3], m[5], isIcmp ? undefined : m[6], m[8], isIcmp ? undefined : m[9]);
      verdict(out, m[2]);
      out.interface = m[4];
      out.rule = m[1];
    },
  },
  { // 302013-302016
    re: new RegExp(`^(Built|Teardown) (?:(inbound|outbound) )?(TCP|UDP) connection \\d{1,20} for ${IF}:([^\\s/]{2,45})/(\\d{1,5})(?: \\([^)]{0,100}\\)){0,3} to ${IF}:([^\\s/]{2,45})/(\\d{1,5})`),
    read(m, out) {
      // "outbound": the first endpoint is the responder. Teardown lines may omit the direction word;
      // then the endpoints are kept in the order written.
      const outbound = m[2] === 'outbound';
      if (outbound) tuple(out, m[3], m[8], m[9], m[5], m[6]);
      else tuple(out, m[3], m[5], m[6], m[8], m[9]);
      verdict(out, m[1]);
      if (m[2]) out.direction = outbound ? 'out' : 'in';
      out.interface = outbound ? m[7] : m[4];
    },
  },
  { // 302020 / 302021
    re: new RegExp(`^(Built|Teardown) (?:(inbound|outbound) )?(ICMP|ICMPv6) connection for faddr ${A}/\\d{1,5}(?:\\([^)]{0,64}\\))? gaddr ${A}/\\d{1,5} laddr ${A}/\\d{1,5}(?:\\([^)]{0,64}\\))?(?: type (\\d{1,3}) code (\\d{1,3}))?`),
    read(m, out) {
      if (m[2] === 'outbound') tuple(out, m[3], m[6], undefined, m[4], undefined);
      else tuple(out, m[3], m[4], undefined, m[6], undefined);
      verdict(out, m[1]);
      if (m[2]) out.direction = m[2] === 'inbound' ? 'in' : 'out';
      icmp(out, m[7], m[8]);
    },
  },
  { // 710001-710006
    re: new RegExp(`^(TCP|UDP) access (requested|permitted|denied)(?: by ACL)? from ${A}/(\\d{1,5}) to ${IF}:${A}/(\\w{1,16})`),
    read(m, out) {
      tuple(out, m[1], m[3], m[4], m[6], undefined);
      const port = portOrService(m[7]);
      if (port !== undefined) out.dstPort = port;
      verdict(out, m[2]);
      out.interface = m[5];
    },
  },
  { // 313001
    re: new RegExp(`^(Denied) ICMP type=(\\d{1,3}), code=(\\d{1,3}) from ${A} on interface (\\S{1,64})`),
    read(m, out) {
      tuple(out, 'icmp', m[4], undefined, undefined, undefined);
      verdict(out, m[1]);
      icmp(out, m[2], m[3]);
      out.interface = m[5];
    },
  },
  { // 313004 / 313005: the ICMP error is dropped
    re: new RegExp(`^(No matching connection) for ICMP error message: icmp src ${IF}:${A} dst ${IF}:${A} \\(type (\\d{1,3}), code (\\d{1,3})\\)`),
    read(m, out) {
      tuple(out, 'icmp', m[3], undefined, m[5], undefined);
      out.action = 'deny';
      out.actionText = m[1];
      icmp(out, m[6], m[7]);
      out.interface = m[2];
    },
  },
  { // 419001
    re: new RegExp(`^(Dropping) (TCP|UDP) packet from ${IF}:${A}/(\\d{1,5}) to ${IF}:${A}/(\\d{1,5})`),
    read(m, out) {
      tuple(out, m[2], m[4], m[5], m[7], m[8]);
      out.action = 'deny';
      out.actionText = m[1];
      out.interface = m[3];
    },
  },
];

function tuple(out: Parsed, proto: string, src?: string, sp?: string, dst?: string, dp?: string): void {
  const s = normalizeAddress(src);
  const protocol = icmpFamily(normalizeProtocol(proto), s);
  if (protocol) out.protocol = protocol;
  if (s) out.src = s;
  const srcPort = toPort(sp);
  if (srcPort !== undefined && protocol !== 'icmp' && protocol !== 'icmpv6') out.srcPort = srcPort;
  const d = normalizeAddress(dst);
  if (d) out.dst = d;
  const dstPort = toPort(dp);
  if (dstPort !== undefined && protocol !== 'icmp' && protocol !== 'icmpv6') out.dstPort = dstPort;
}

function verdict(out: Parsed, word: string): void {
  out.actionText = word;
  const action = actionOf(word);
  if (action) out.action = action;
}

function icmp(out: Parsed, type?: string, code?: string): void {
  const t = toInt(type);
  const c = toInt(code);
  if (t !== undefined) out.icmpType = t;
  if (c !== undefined) out.icmpCode = c;
}

export const ciscoAsa: LogParser = {
  id: 'cisco-asa',
  name: 'Cisco ASA / PIX / FTD',
  test(line) {
    return ID.test(line) || BARE_ID.test(line) || BARE_START.test(line);
  },
  parse(line, context: ParseContext) {
    let text = line;
    let before = '';
    const id = ID.exec(line) ?? BARE_ID.exec(line);
    if (id) {
      before = line.slice(0, id.index + id[0].length);
      text = line.slice(id.index + id[0].length);
    }
    for (const shape of SHAPES) {
      const m = shape.re.exec(text);
      if (!m) continue;
      const out: Parsed = {};
      shape.read(m, out);
      if (!out.src && !out.dst) return null;
      if (!out.tcpFlags) delete out.tcpFlags;
      const when = before ? findBsdTime(before, context.assumedYear) : undefined;
      if (when?.time !== undefined) {
        out.time = when.time;
        out.timeText = when.timeText;
      }
      return out;
    }
    return null;
  },
};
