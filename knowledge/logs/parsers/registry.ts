// Ordered parser registry: when a run of lines starts, the first parser whose test() passes and whose
// parse() returns an event wins (format-picker.ts). Formats with a cheap, unambiguous signature come
// first; key=value formats that share keys (src=, dst=) are ordered from the most specific signature to
// the least. Server logs (web, sshd, mail, DNS) come last: they are told apart by their program name or
// their own line shape, which no firewall format shares.
import type { LogParser } from '../types';
import { suricataEve } from './suricata-eve';
import { zeekConn } from './zeek-conn';
import { windowsFirewall } from './windows-firewall';
import { awsVpcFlow } from './aws-vpc-flow';
import { cef } from './cef';
import { netfilter } from './netfilter';
import { pfFilterlog } from './pf-filterlog';
import { pflogTcpdump } from './pflog-tcpdump';
import { ciscoAsa } from './cisco-asa';
import { ciscoIos } from './cisco-ios';
import { mikrotik } from './mikrotik';
import { juniperSrx } from './juniper-srx';
import { juniperNetscreen } from './juniper-netscreen';
import { paloaltoTraffic } from './paloalto-traffic';
import { fortigate } from './fortigate';
import { sonicwall } from './sonicwall';
import { conntrack } from './conntrack';
import { netgear } from './netgear';
import { ipfw } from './ipfw';
import { snortFast } from './snort-fast';
import { macosAppfw } from './macos-appfw';
import { httpAccess } from './http-access';
import { apacheError } from './apache-error';
import { nginxError } from './nginx-error';
import { sshd } from './sshd';
import { postfix } from './postfix';
import { exim } from './exim';
import { bind } from './bind';
import { dnsmasq } from './dnsmasq';

export const LOG_PARSERS: readonly LogParser[] = [
  suricataEve,
  zeekConn,
  windowsFirewall,
  awsVpcFlow,
  cef,
  netfilter,
  pfFilterlog,
  pflogTcpdump,
  ciscoAsa,
  ciscoIos,
  mikrotik,
  juniperSrx,
  juniperNetscreen,
  paloaltoTraffic,
  fortigate,
  sonicwall,
  conntrack,
  netgear,
  ipfw,
  snortFast,
  macosAppfw,
  httpAccess,
  apacheError,
  nginxError,
  sshd,
  postfix,
  exim,
  bind,
  dnsmasq,
];
