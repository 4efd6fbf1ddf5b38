// Ordered parser registry: for each line the first parser whose test() passes and whose parse() returns
// an event wins. Formats with a cheap, unambiguous signature come first; key=value formats that share
// keys (src=, dst=) are ordered from the most specific signature to the least.
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
];
