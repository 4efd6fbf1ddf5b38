// The ICMP messages a firewall must let through. ICMPv4: destination unreachable (its "fragmentation
// needed" code 3/4 carries path-MTU discovery, RFC 1191), time exceeded and parameter problem. ICMPv6:
// the types RFC 4890 §4.3.1 and §4.4.1 say must not be dropped, neighbour discovery and MLD included.
// Each entry carries the keyword each firewall uses for it (a number where it has none).
import type { Reference } from '../types';

export interface IcmpKeep {
  type: number;
  /** Codes that matter, when not all of them. */
  codes?: readonly number[];
  name: string;
  nft: string;
  iptables: string;
  pf: string;
  asa: string;
  /** Only between neighbours on one link (hop limit 255); never from the Internet. */
  linkLocal?: boolean;
}

export const RFC_4890: Reference = { label: 'RFC 4890: Recommendations for Filtering ICMPv6 Messages in Firewalls', url: 'https://www.rfc-editor.org/rfc/rfc4890' };
export const RFC_1191: Reference = { label: 'RFC 1191: Path MTU Discovery', url: 'https://www.rfc-editor.org/rfc/rfc1191' };
export const RFC_8201: Reference = { label: 'RFC 8201: Path MTU Discovery for IPv6', url: 'https://www.rfc-editor.org/rfc/rfc8201' };

export const ICMP_V4_KEEP: readonly IcmpKeep[] = [
  { type: 3, name: 'destination unreachable (3/4: fragmentation needed)', nft: 'destination-unreachable', iptables: 'destination-unreachable', pf: 'unreach', asa: 'unreachable' },
  { type: 11, name: 'time exceeded', nft: 'time-exceeded', iptables: 'time-exceeded', pf: 'timex', asa: 'time-exceeded' },
  { type: 12, name: 'parameter problem', nft: 'parameter-problem', iptables: 'parameter-problem', pf: 'paramprob', asa: 'parameter-problem' },
];

export const ICMP_V6_KEEP: readonly IcmpKeep[] = [
  { type: 1, name: 'destination unreachable', nft: 'destination-unreachable', iptables: 'destination-unreachable', pf: 'unreach', asa: 'unreachable' },
  { type: 2, name: 'packet too big', nft: 'packet-too-big', iptables: 'packet-too-big', pf: 'toobig', asa: 'packet-too-big' },
  { type: 3, codes: [0], name: 'time exceeded (hop limit)', nft: 'time-exceeded', iptables: 'time-exceeded', pf: 'timex', asa: 'time-exceeded' },
  { type: 4, codes: [1, 2], name: 'parameter problem (unknown header or option)', nft: 'parameter-problem', iptables: 'parameter-problem', pf: 'paramprob', asa: 'parameter-problem' },
  { type: 128, name: 'echo request', nft: 'echo-request', iptables: 'echo-request', pf: 'echoreq', asa: 'echo' },
  { type: 129, name: 'echo reply', nft: 'echo-reply', iptables: 'echo-reply', pf: 'echorep', asa: 'echo-reply' },
  { type: 130, name: 'multicast listener query', nft: 'mld-listener-query', iptables: '130', pf: 'listqry', asa: 'membership-query', linkLocal: true },
  { type: 131, name: 'multicast listener report', nft: 'mld-listener-report', iptables: '131', pf: 'listenrep', asa: 'membership-report', linkLocal: true },
  { type: 132, name: 'multicast listener done', nft: 'mld-listener-done', iptables: '132', pf: 'listendone', asa: 'membership-reduction', linkLocal: true },
  { type: 133, name: 'router solicitation', nft: 'nd-router-solicit', iptables: 'router-solicitation', pf: 'routersol', asa: 'router-solicitation', linkLocal: true },
  { type: 134, name: 'router advertisement', nft: 'nd-router-advert', iptables: 'router-advertisement', pf: 'routeradv', asa: 'router-advertisement', linkLocal: true },
  { type: 135, name: 'neighbour solicitation', nft: 'nd-neighbor-solicit', iptables: 'neighbour-solicitation', pf: 'neighbrsol', asa: 'neighbor-solicitation', linkLocal: true },
  { type: 136, name: 'neighbour advertisement', nft: 'nd-neighbor-advert', iptables: 'neighbour-advertisement', pf: 'neighbradv', asa: 'neighbor-advertisement', linkLocal: true },
  { type: 141, name: 'inverse neighbour discovery solicitation', nft: '141', iptables: '141', pf: '141', asa: '141', linkLocal: true },
  { type: 142, name: 'inverse neighbour discovery advertisement', nft: '142', iptables: '142', pf: '142', asa: '142', linkLocal: true },
  { type: 143, name: 'MLDv2 listener report', nft: 'mld2-listener-report', iptables: '143', pf: '143', asa: '143', linkLocal: true },
  { type: 148, name: 'SEND certification path solicitation', nft: '148', iptables: '148', pf: '148', asa: '148', linkLocal: true },
  { type: 149, name: 'SEND certification path advertisement', nft: '149', iptables: '149', pf: '149', asa: '149', linkLocal: true },
  { type: 151, name: 'multicast router advertisement', nft: '151', iptables: '151', pf: '151', asa: '151', linkLocal: true },
  { type: 152, name: 'multicast router solicitation', nft: '152', iptables: '152', pf: '152', asa: '152', linkLocal: true },
  { type: 153, name: 'multicast router termination', nft: '153', iptables: '153', pf: '153', asa: '153', linkLocal: true },
];
