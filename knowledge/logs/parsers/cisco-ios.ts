// Cisco IOS / IOS-XE ACL logging: %SEC-6-IPACCESSLOGP: list <acl> permitted|denied <proto> <src>(<sport>)
// [<if> [<mac>]] -> <dst>(<dport>)[ (<type>/<code>)], <n> packet[s]. IPv6: %IPV6_ACL-6-ACCESSLOGP.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { actionOf, icmpFamily, normalizeAddress, normalizeProtocol, toInt, toPort } from './lib/normalize';
import { findBsdTime } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const TAG = /%(?:SEC|IPV6|IPV6_ACL|FMANFP)-\d-(?:IP)?ACCESSLOG[A-Z]{0,3}: /;
const LIST = /list (\S{1,128}) (permitted|denied) (\S{1,16}) /;
const ENDPOINT = /^([0-9A-Fa-f:.]{2,45})(?:\((\d{1,5})\))?,?$/;
const TAIL = /^ ?([0-9A-Fa-f:.]{2,45})(?:\((\d{1,5})\))?(?: \((\d{1,3})(?:\/(\d{1,3}))?\))?,? (\d{1,10}) packets?/;

function readTime(out: Parsed, line: string, tagAt: number, context: ParseContext): void {
  const when = findBsdTime(line.slice(0, tagAt), context.assumedYear);
  if (when?.time !== undefined) {
    out.time = when.time;
    out.timeText = when.timeText;
  }
}

/** Standard ACLs (IPACCESSLOGS) log only the source: "list 10 denied 10.1.1.1 1 packet". */
function standardAcl(list: RegExpExecArray, line: string, tagAt: number, context: ParseContext): Parsed | null {
  const src = normalizeAddress(list[3]);
  if (!src) return null;
  const out: Parsed = { src, actionText: list[2], rule: list[1] };
  const action = actionOf(list[2]);
  if (action) out.action = action;
  readTime(out, line, tagAt, context);
  return out;
}

export const ciscoIos: LogParser = {
  id: 'cisco-ios',
  name: 'Cisco IOS ACL log',
  test(line) {
    return line.includes('ACCESSLOG') && TAG.test(line);
  },
  parse(line, context: ParseContext) {
    const tag = TAG.exec(line);
    if (!tag) return null;
    const afterTag = line.slice(tag.index + tag[0].length);
    const list = LIST.exec(afterTag.slice(0, 400));
    if (!list) return null;
    const rest = afterTag.slice(list.index + list[0].length);
    const arrow = rest.indexOf('->');
    if (arrow < 0) return standardAcl(list, line, tag.index, context);
    const left = rest.slice(0, arrow).trim().split(/\s+/);
    const right = TAIL.exec(rest.slice(arrow + 2, arrow + 200));
    if (!right) return null;
    // The left side may carry a MAC before the source and the ingress interface after it.
    let srcIdx = -1;
    let srcMatch: RegExpExecArray | null = null;
    for (let i = 0; i < left.length && !srcMatch; i++) {
      const m = ENDPOINT.exec(left[i]);
      if (m && normalizeAddress(m[1])) { srcIdx = i; srcMatch = m; }
    }
    if (!srcMatch) return null;
    const out: Parsed = {};
    const src = normalizeAddress(srcMatch[1]);
    const dst = normalizeAddress(right[1]);
    const protocol = icmpFamily(normalizeProtocol(list[3] === 'ipv6' ? undefined : list[3]), src);
    if (protocol) out.protocol = protocol;
    out.src = src;
    const sp = toPort(srcMatch[2]);
    if (sp !== undefined) out.srcPort = sp;
    if (dst) out.dst = dst;
    const dp = toPort(right[2]);
    if (dp !== undefined) out.dstPort = dp;
    if (protocol === 'icmp' || protocol === 'icmpv6') {
      const type = toInt(right[3]);
      const code = toInt(right[4]);
      if (type !== undefined) out.icmpType = type;
      if (code !== undefined) out.icmpCode = code;
    }
    out.actionText = list[2];
    const action = actionOf(list[2]);
    if (action) out.action = action;
    const iface = left.slice(srcIdx + 1).find((t) => /^\(?[A-Za-z][\w./:-]{0,63}$/.test(t));
    if (iface) out.interface = iface.replace(/^\(/, '');
    out.rule = list[1];
    readTime(out, line, tag.index, context);
    return out;
  },
};
