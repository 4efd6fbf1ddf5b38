// macOS Application Firewall (socketfilterfw, /var/log/appfirewall.log). Most lines are per-application
// verdicts without addresses: "Dropbox: Allow TCP LISTEN  (in:0 out:1)". Stealth-mode lines name the
// peer: "Stealth Mode connection attempt to TCP 10.0.0.2:22 from 10.0.0.9:51234" and
// "Deny <app> data in from 10.0.0.9:51234 to port 22 proto=6" (these two shapes are not in a test suite).
import type { LogEvent, LogParser } from '../types';
import { actionOf, normalizeProtocol, splitAddressPort, toPort } from './lib/normalize';

type Parsed = Omit<LogEvent, 'line' | 'raw' | 'format'>;

const APP = /^(?:socketfilterfw(?:\[\d{1,10}\])?(?: <\w{1,16}>)?: )?(.{1,120}?): (Allow|Deny|Block) (TCP|UDP)? ?(LISTEN|CONNECT)\s{1,4}\(in:\d{1,10} out:\d{1,10}\)/;
const STEALTH = /Stealth Mode connection attempt to (TCP|UDP|ICMP) (\S{1,60}) from (\S{1,60})/;
const DENY_DATA = /(Deny|Block) (.{1,120}?) (?:data in|connecting) from (\S{1,60}) to port (\d{1,5}) proto=(\d{1,3})/;

export const macosAppfw: LogParser = {
  id: 'macos-appfw',
  name: 'macOS Application Firewall',
  test(line) {
    return line.includes('(in:') || line.includes('Stealth Mode') || line.includes(' to port ');
  },
  parse(line) {
    const out: Parsed = {};
    let m = APP.exec(line);
    if (m) {
      out.action = actionOf(m[2]);
      out.actionText = m[2];
      const protocol = normalizeProtocol(m[3]);
      if (protocol) out.protocol = protocol;
      out.rule = `${m[1]} ${m[4]}`;
      return out;
    }
    if ((m = STEALTH.exec(line))) {
      const to = splitAddressPort(m[2]);
      const from = splitAddressPort(m[3]);
      if (!from.address) return null;
      Object.assign(out, { action: 'deny', actionText: 'Stealth Mode', protocol: normalizeProtocol(m[1]) });
      out.src = from.address;
      if (from.port !== undefined) out.srcPort = from.port;
      if (to.address) out.dst = to.address;
      if (to.port !== undefined) out.dstPort = to.port;
      out.direction = 'in';
      return out;
    }
    if ((m = DENY_DATA.exec(line))) {
      const from = splitAddressPort(m[3]);
      if (!from.address) return null;
      Object.assign(out, { action: 'deny', actionText: m[1], protocol: normalizeProtocol(m[5]) });
      out.src = from.address;
      if (from.port !== undefined) out.srcPort = from.port;
      const dp = toPort(m[4]);
      if (dp !== undefined) out.dstPort = dp;
      out.direction = 'in';
      out.rule = m[2];
      return out;
    }
    return null;
  },
};
