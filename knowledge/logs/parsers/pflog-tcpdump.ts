// OpenBSD/FreeBSD pf read through tcpdump ("rule 2/(match) pass in on em0: a.b.c.d.port > e.f.g.h.port: …"),
// also with tcpdump's own time in front and no syslog host ("Nov 25 10:38:01.123456 rule 3/0(match): …"),
// and plain tcpdump text ("11:29:42.550475 IP a.b.c.d.port > e.f.g.h.port: Flags [S], …").
// The port is the last dot-separated part of an endpoint.
import type { LogEvent, LogParser, ParseContext } from '../types';
import { actionOf, flagsFromLetters, normalizeAddress, toInt, toPort } from './lib/normalize';
import { bsdToEpoch } from './lib/time';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const LEAD_TIME = /^(?:([A-Z][a-z]{2}) {1,2}(\d{1,2}) )?(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) /;
const PF_RULE = /^rule (\S{1,40}?)\(([\w-]{1,24})\):? ([a-z]{2,8}) (in|out) on ([\w.:-]{1,32}): /;
const FAMILY = /^IP6? /;
const TUPLE = /^(\S{1,80}) > (\S{1,80}): ?/;
const OLD_TCP = /^([SFRPUEW]{1,6}|\.) (?:\d{1,10}:\d{1,10}\(\d{1,10}\) )?/;

/** "140.211.166.3.6667" → address + port; "1.2.3.4" or "2001:db8::1" → address only. */
function endpoint(text: string): { address?: string; port?: number } {
  const whole = normalizeAddress(text);
  if (whole && (whole.includes(':') ? !text.includes('.') : true)) return { address: whole };
  const dot = text.lastIndexOf('.');
  if (dot < 0) return { address: whole };
  const address = normalizeAddress(text.slice(0, dot));
  const port = toPort(text.slice(dot + 1));
  return address && port !== undefined ? { address, port } : { address: whole };
}

function readPayload(rest: string, out: Parsed, v6: boolean): void {
  let m: RegExpExecArray | null;
  if ((m = /^Flags \[([A-Za-z.]{1,10})\]/.exec(rest))) {
    out.protocol = 'tcp';
    const flags = flagsFromLetters(m[1]);
    if (flags) out.tcpFlags = flags;
    const win = /, win (\d{1,10})/.exec(rest.slice(0, 200));
    if (win) out.window = Number(win[1]);
  } else if (/^(?:UDP|udp)\b/.test(rest)) {
    out.protocol = 'udp';
  } else if ((m = /^ICMP(6)?,? (.{0,80})/.exec(rest))) {
    const six = Boolean(m[1]) || v6;
    out.protocol = six ? 'icmpv6' : 'icmp';
    const text = m[2];
    if (/^echo (?:request|reply)/.test(text)) {
      out.icmpType = text.startsWith('echo request') ? (six ? 128 : 8) : six ? 129 : 0;
      out.icmpCode = 0;
    }
    else if (/time exceeded/.test(text)) out.icmpType = six ? 3 : 11;
    else if (/unreachable/.test(text)) {
      out.icmpType = six ? 1 : 3;
      if (!six && / port \S{1,16} unreachable/.test(text)) out.icmpCode = 3;
    }
  } else if (out.srcPort !== undefined && (m = OLD_TCP.exec(rest))) {
    out.protocol = 'tcp';
    const flags = flagsFromLetters(m[1] + (/(?:^| )ack \d/.test(rest) ? 'A' : ''));
    if (flags) out.tcpFlags = flags;
    const win = / win (\d{1,10})/.exec(rest.slice(0, 200));
    if (win) out.window = Number(win[1]);
  } else if (/^tcp \d/.test(rest)) {
    out.protocol = 'tcp';
  }
  const len = /(?:length|udp) (\d{1,6})\b/.exec(rest);
  if (len && out.protocol === 'udp') out.length = toInt(len[1]);
}

export const pflogTcpdump: LogParser = {
  id: 'pflog-tcpdump',
  name: 'pf log / tcpdump text',
  test(line) {
    return line.includes(' > ') && (line.includes('rule ') || line.includes('IP ') || line.includes('IP6 '));
  },
  parse(line, context: ParseContext) {
    let rest = line;
    const out: Parsed = {};
    const t = LEAD_TIME.exec(rest);
    if (t) {
      out.timeText = t[0].trim();
      if (t[1]) out.time = bsdToEpoch(t[1], t[2], t[3], context.assumedYear);
      if (out.time === undefined) delete out.time;
      rest = rest.slice(t[0].length);
    }
    const pf = PF_RULE.exec(rest);
    if (pf) {
      out.rule = pf[1].replace(/\/$/, '');
      out.actionText = pf[3];
      const action = actionOf(pf[3]);
      if (action) out.action = action;
      out.direction = pf[4] as 'in' | 'out';
      out.interface = pf[5];
      rest = rest.slice(pf[0].length);
    }
    const fam = FAMILY.exec(rest);
    if (fam) rest = rest.slice(fam[0].length);
    else if (!pf) return null;
    const tuple = TUPLE.exec(rest);
    if (!tuple) return null;
    const a = endpoint(tuple[1]);
    const b = endpoint(tuple[2]);
    if (!a.address || !b.address) return null;
    out.src = a.address;
    if (a.port !== undefined) out.srcPort = a.port;
    out.dst = b.address;
    if (b.port !== undefined) out.dstPort = b.port;
    readPayload(rest.slice(tuple[0].length).trimStart(), out, a.address.includes(':'));
    if (out.protocol === 'icmp' || out.protocol === 'icmpv6') {
      delete out.srcPort;
      delete out.dstPort;
    }
    return out;
  },
};
