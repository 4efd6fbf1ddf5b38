// ICMPv4 types and codes (IANA "ICMP Type Numbers", RFC 792 and later), written by hand.
// Forensic notes are our own words, based on the facts of the Firewall Forensics FAQ §2.
import type { IcmpCodeInfo, Reference, Risk } from '../types';
import { FAQ_ICMP, IANA_ICMP, rfc, CERT_SMURF } from './icmp-refs';
import { ICMP_V4_EXTRA_TYPES } from './icmp-v4-extra-types';

/** One code of a type, with an optional note on what it means when it shows up in a log. */
export interface IcmpCodeEntry extends IcmpCodeInfo {
  /** What an attacker (or a broken set-up) may be behind it. Overrides the type's note. */
  forensic?: string;
  /** Overrides the type's advice for this code. */
  advice?: string;
  /** Overrides the type's risk for this code. */
  risk?: Risk;
}

/** One ICMP or ICMPv6 type, with every code IANA lists for it. */
export interface IcmpTypeEntry {
  type: number;
  name: string;
  summary: string;
  forensic?: string;
  advice?: string;
  risk: Risk;
  /** Formally deprecated (RFC 6633 / RFC 6918 for ICMPv4). */
  deprecated?: boolean;
  /** A reserved row of the registry rather than a message in use. */
  reserved?: boolean;
  codes: readonly IcmpCodeEntry[];
  references: readonly Reference[];
}

const ONLY_CODE_0: readonly IcmpCodeEntry[] = [{ code: 0, name: 'No code (always 0)' }];

const CORE: readonly IcmpTypeEntry[] = [
  {
    type: 0,
    name: 'Echo Reply',
    summary: 'The answer a host sends back when it is pinged (echo request, type 8).',
    forensic:
      'A few replies are just answers to your own pings. A flood of replies you never asked for means someone pinged a broadcast address with your address forged as the sender: you are the victim of a smurf attack.',
    advice: 'Allow replies to your own pings. For a flood, ask your upstream provider to filter it; it cannot be stopped at your own edge once the link is full.',
    risk: 'low',
    codes: ONLY_CODE_0,
    references: [rfc(792), IANA_ICMP, FAQ_ICMP, CERT_SMURF],
  },
  {
    type: 3,
    name: 'Destination Unreachable',
    summary: 'A router or the target host reports that a packet could not be delivered; the code says why.',
    forensic:
      'Usually a normal answer to your own traffic. Unreachables about connections you never opened are backscatter: someone forged your address, in a flood or in a scan.',
    advice: 'Let unreachables that belong to your own connections through (stateful firewalls match them). Never drop code 4.',
    risk: 'info',
    codes: [
      { code: 0, name: 'Net unreachable', summary: 'No route to the destination network: a routing fault or a wrong address.' },
      {
        code: 1,
        name: 'Host unreachable',
        summary: 'The last router before the target could not resolve the host on its link (no ARP answer): the host is down or absent.',
      },
      {
        code: 2,
        name: 'Protocol unreachable',
        summary: 'The destination does not handle the IP protocol carried (for example GRE or ESP).',
        forensic: 'Many of them in reply to odd protocol numbers point at an IP protocol scan (nmap -sO).',
      },
      {
        code: 3,
        name: 'Port unreachable',
        summary: 'The host is up, but no program listens on the UDP port that was tried.',
        forensic: 'A host answers every closed UDP port this way, so lots of them leaving your network mean someone is sweeping your UDP ports; a few arriving are the last hop of a UDP traceroute.',
      },
      {
        code: 4,
        name: 'Fragmentation needed and DF set',
        summary: 'A router had to fragment the packet but the Don\'t Fragment bit forbade it. The message carries the next-hop MTU so the sender can send smaller packets (Path MTU Discovery, RFC 1191).',
        forensic:
          'If your own firewall is the one dropping these, its rules need fixing: hosts learn from this message how large their packets may be (Path MTU Discovery). Without it, connections that send full-size packets hang, so small pages load while big transfers freeze (a PMTUD black hole).',
        advice: 'Allow this message through, at least for connections you have open. Never filter it.',
        risk: 'medium',
      },
      {
        code: 5,
        name: 'Source route failed',
        summary: 'The packet asked for a source route that a router could not follow.',
        forensic: 'Source-routed packets are almost always someone trying to steer the return path; see the source-routing topic.',
        risk: 'medium',
      },
      { code: 6, name: 'Destination network unknown', summary: 'The router does not know the destination network at all.' },
      { code: 7, name: 'Destination host unknown', summary: 'The destination host is known not to exist.' },
      { code: 8, name: 'Source host isolated', summary: 'Obsolete: the sending host is cut off from the network.' },
      { code: 9, name: 'Network administratively prohibited', summary: 'Policy forbids traffic to the destination network (a filter).' },
      { code: 10, name: 'Host administratively prohibited', summary: 'Policy forbids traffic to the destination host (a filter).' },
      { code: 11, name: 'Network unreachable for type of service', summary: 'No route to the network for the requested ToS.' },
      { code: 12, name: 'Host unreachable for type of service', summary: 'No route to the host for the requested ToS.' },
      {
        code: 13,
        name: 'Communication administratively prohibited',
        summary: 'A filter on the path refused the packet (RFC 1812); it is the reply many firewalls and router ACLs send when they reject traffic.',
        forensic: 'It tells the sender a firewall is there; port scanners report the port as "filtered".',
      },
      { code: 14, name: 'Host precedence violation', summary: 'The IP precedence asked for is not allowed for this source, destination or port.' },
      { code: 15, name: 'Precedence cutoff in effect', summary: 'The network only accepts traffic above a minimum precedence, and the packet was below it.' },
    ],
    references: [rfc(792), rfc(1122), rfc(1191), rfc(1812, '5.2.7.1'), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 4,
    name: 'Source Quench',
    summary: 'An old signal asking the sender to slow down because a router or host is congested.',
    forensic:
      'Deprecated: hosts must ignore it and routers must not send it (RFC 6633). One seen today comes from very old gear or is forged to throttle a connection (RFC 5927 describes the attack).',
    advice: 'Safe to drop.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [rfc(792), rfc(6633), rfc(5927), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 5,
    name: 'Redirect',
    summary: 'A router tells a host that another router on the same link is a better first hop for some destination.',
    forensic:
      'Genuine only from your own gateway on your own LAN. From anywhere else it is an attempt to change your routing so your traffic passes through the sender (man-in-the-middle) or vanishes (denial of service).',
    advice: 'Ignore redirects from the Internet: drop them at the border and turn off redirect acceptance on hosts (Linux: net.ipv4.conf.all.accept_redirects=0).',
    risk: 'high',
    codes: [
      { code: 0, name: 'Redirect for the network (or subnet)' },
      { code: 1, name: 'Redirect for the host' },
      { code: 2, name: 'Redirect for the type of service and network' },
      { code: 3, name: 'Redirect for the type of service and host' },
    ],
    references: [rfc(792), rfc(1122, '3.2.2.2'), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 6,
    name: 'Alternate Host Address',
    summary: 'A never-specified message meant to name another address for a host.',
    forensic: 'Deprecated (RFC 6918) and not used by real stacks: a live one is most likely crafted.',
    risk: 'low',
    deprecated: true,
    codes: [{ code: 0, name: 'Alternate address for host' }],
    references: [rfc(6918), IANA_ICMP],
  },
  {
    type: 8,
    name: 'Echo Request',
    summary: 'A ping: asks the target to send back an echo reply.',
    forensic:
      'One ping is ordinary troubleshooting. One source pinging many of your addresses in turn is a ping sweep, mapping which hosts are alive before a scan. Pings sent to a broadcast address try to use your network as a smurf amplifier.',
    advice: 'Allowing inbound pings helps troubleshooting; rate-limit them, and never answer pings sent to broadcast addresses (RFC 2644).',
    risk: 'low',
    codes: ONLY_CODE_0,
    references: [rfc(792), rfc(2644), IANA_ICMP, FAQ_ICMP, CERT_SMURF],
  },
  {
    type: 9,
    name: 'Router Advertisement',
    summary: 'A router announces itself as a candidate default gateway (ICMP Router Discovery, RFC 1256).',
    forensic:
      'Forged advertisements can make listening hosts adopt the sender as their default gateway. Old Windows 9x and Solaris stacks accepted them, so a neighbour could cut you off (DoS) or route you through their box (MITM). From the Internet they have no reason to arrive.',
    advice: 'Drop them at the border and disable router discovery on hosts that do not need it.',
    risk: 'medium',
    codes: [
      { code: 0, name: 'Normal router advertisement' },
      { code: 16, name: 'Does not route common traffic', summary: 'Sent by Mobile IP foreign agents that only serve mobile nodes (RFC 3344).' },
    ],
    references: [rfc(1256), rfc(3344), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 10,
    name: 'Router Solicitation',
    summary: 'A host asks the routers on its link to advertise themselves (RFC 1256).',
    forensic: 'Normal on a LAN at boot time; arriving from outside it can be someone mapping routers.',
    risk: 'info',
    codes: ONLY_CODE_0,
    references: [rfc(1256), IANA_ICMP],
  },
  {
    type: 11,
    name: 'Time Exceeded',
    summary: 'A packet was thrown away because a timer ran out: its TTL hit zero in transit, or its fragments were not all reassembled in time.',
    advice:
      'Usually harmless: let these in for connections and traceroutes started here (stateful firewalls match them to the original packet). If many arrive about traffic you never sent, someone is forging your address; if your own traceroute never completes, check whether the firewall drops them.',
    risk: 'low',
    codes: [
      {
        code: 0,
        name: 'TTL exceeded in transit',
        summary: 'A router dropped the packet because its TTL reached zero.',
        forensic:
          'Either a routing loop, or traceroute at work: it sends packets with TTL 1, 2, 3 … so each router on the path answers with this message in turn.',
      },
      {
        code: 1,
        name: 'Fragment reassembly time exceeded',
        summary: 'The destination gave up on a datagram because some of its fragments never arrived.',
        forensic: 'Lossy links cause it, but so do fragment attacks that send deliberately incomplete fragment sets (to tie up memory or slip past an IDS).',
        advice: 'A few now and then are packet loss. A steady stream points at a host sending broken fragment sets: find it, and avoid needless fragmentation (a smaller MTU on the tunnel or VPN usually cures it).',
      },
    ],
    references: [rfc(792), rfc(1393), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 12,
    name: 'Parameter Problem',
    summary: 'A host or router found an IP header it could not process.',
    forensic: 'Normal stacks rarely cause this, so it usually points at hand-made packets: fingerprinting probes, fuzzing or an attack tool.',
    advice: 'Look at what you (or the peer) sent; if the peer is a stranger, treat it as probing.',
    risk: 'medium',
    codes: [
      { code: 0, name: 'Pointer indicates the error', summary: 'A pointer field marks the offending byte of the header.' },
      { code: 1, name: 'Missing a required option', summary: 'A required option (e.g. a security label, RFC 1108) was absent.' },
      { code: 2, name: 'Bad length' },
    ],
    references: [rfc(792), rfc(1108), IANA_ICMP, FAQ_ICMP],
  },
  {
    type: 13,
    name: 'Timestamp',
    summary: 'Asks a host for its clock (milliseconds since midnight UTC).',
    forensic:
      'The answer leaks the host\'s clock, which helps guess its OS, uptime and clock skew (fingerprinting) and can help predict time-seeded values. A classic reconnaissance probe (nmap -PP).',
    advice: 'Drop timestamp requests from the Internet; nothing needs them.',
    risk: 'low',
    codes: ONLY_CODE_0,
    references: [rfc(792), IANA_ICMP],
  },
  {
    type: 14,
    name: 'Timestamp Reply',
    summary: 'The answer to a timestamp request, carrying the host\'s clock values.',
    forensic: 'If your hosts send these to strangers, they are answering clock and uptime fingerprinting.',
    advice: 'Block timestamp requests inbound so no replies go out.',
    risk: 'low',
    codes: ONLY_CODE_0,
    references: [rfc(792), IANA_ICMP],
  },
  {
    type: 15,
    name: 'Information Request',
    summary: 'An obsolete way for a host to learn its network number, replaced by RARP, BOOTP and DHCP.',
    forensic: 'Deprecated (RFC 6918); nothing current sends it, so it points at a scanner or crafted packet.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [rfc(792), rfc(6918), IANA_ICMP],
  },
  {
    type: 16,
    name: 'Information Reply',
    summary: 'The answer to an information request (obsolete).',
    forensic: 'Deprecated (RFC 6918); unexpected in any modern log.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [rfc(792), rfc(6918), IANA_ICMP],
  },
  {
    type: 17,
    name: 'Address Mask Request',
    summary: 'Asks a host or router for the subnet mask of its network (RFC 950).',
    forensic: 'Used for network reconnaissance (nmap -PM): the answer reveals how the network is cut into subnets.',
    advice: 'Drop from the Internet.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [rfc(950), rfc(6918), IANA_ICMP],
  },
  {
    type: 18,
    name: 'Address Mask Reply',
    summary: 'The answer to an address mask request, carrying a subnet mask.',
    forensic: 'Your hosts sending these to outsiders are helping someone map your network.',
    advice: 'Block address mask requests inbound.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [rfc(950), rfc(6918), IANA_ICMP],
  },
];

/** Every ICMPv4 type IANA lists (assigned, deprecated or reserved), in type order. */
export const ICMP_V4_TYPES: readonly IcmpTypeEntry[] = [...CORE, ...ICMP_V4_EXTRA_TYPES];
