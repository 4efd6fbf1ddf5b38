// Multicast blocks and the handful of groups that turn up in home and small-office logs
// (from the IANA IPv4 / IPv6 multicast registries). Summaries are our own words.
import type { AddressRange, Reference } from '../types';

const MCAST_V4: Reference = { label: 'IANA IPv4 Multicast Address Space Registry' };
const MCAST_V6: Reference = { label: 'IANA IPv6 Multicast Address Space Registry' };
const rfc = (n: number): Reference => ({ label: `RFC ${n}`, url: `https://www.rfc-editor.org/rfc/rfc${n}` });

function group(prefix: string, name: string, summary: string, rfcs: readonly number[] = []): AddressRange {
  const registry = prefix.includes(':') ? MCAST_V6 : MCAST_V4;
  return { prefix, name, scope: 'multicast', globallyReachable: null, summary, references: [...rfcs.map(rfc), registry] };
}

const LOCAL_ONLY = 'Stays on the local segment: routers never forward it.';

export const MULTICAST_BLOCKS_V4: readonly AddressRange[] = [
  group('224.0.0.0/24', 'Local Network Control Block',
    `Link-local multicast for routing and discovery protocols. ${LOCAL_ONLY}`, [5771]),
  group('224.0.1.0/24', 'Internetwork Control Block',
    'Multicast groups for control protocols that may be routed beyond the local network, such as NTP and PTP.', [5771]),
  group('232.0.0.0/8', 'Source-Specific Multicast',
    'Source-specific multicast: receivers subscribe to one sender, as in IPTV.', [4607]),
  group('233.0.0.0/8', 'GLOP Block', 'GLOP multicast: groups derived from the owner\'s AS number.', [3180]),
  group('234.0.0.0/8', 'Unicast-Prefix-based IPv4 Multicast',
    'Multicast groups derived from the owner\'s unicast prefix.', [6034]),
  group('239.0.0.0/8', 'Administratively Scoped Block',
    'Organisation-local multicast, the multicast version of private space: must not leave the site.', [2365]),
  group('239.255.0.0/16', 'IPv4 Local Scope', 'The smallest administrative multicast scope, used by LAN discovery protocols.', [2365]),
];

export const MULTICAST_GROUPS_V4: readonly AddressRange[] = [
  group('224.0.0.1/32', 'All Hosts', `Every multicast-capable host on the segment, e.g. IGMP queries from the router. ${LOCAL_ONLY}`, [1112]),
  group('224.0.0.2/32', 'All Routers', `Every router on the segment (IGMP leave messages, router discovery). ${LOCAL_ONLY}`, [1112]),
  group('224.0.0.5/32', 'OSPF All Routers (OSPFIGP-All-Routers)', `OSPF hello and routing updates to all OSPF routers. ${LOCAL_ONLY}`, [2328]),
  group('224.0.0.6/32', 'OSPF Designated Routers (OSPFIGP-Designated-Routers)', `OSPF updates to the designated routers. ${LOCAL_ONLY}`, [2328]),
  group('224.0.0.9/32', 'RIP2 Routers', `RIP version 2 routing updates, often from a home or ISP router. ${LOCAL_ONLY}`, [2453]),
  group('224.0.0.13/32', 'All PIM Routers', `PIM multicast-routing hellos. ${LOCAL_ONLY}`, [7761]),
  group('224.0.0.18/32', 'VRRP', `VRRP adverts from routers sharing a failover gateway address. ${LOCAL_ONLY}`, [5798]),
  group('224.0.0.22/32', 'IGMPv3 Reports', `Hosts telling routers which multicast groups they want (IGMPv3). ${LOCAL_ONLY}`, [3376]),
  group('224.0.0.251/32', 'mDNS', `Multicast DNS (Bonjour/Avahi): devices announce and look up .local names on UDP 5353. ${LOCAL_ONLY}`, [6762]),
  group('224.0.0.252/32', 'LLMNR', `Link-Local Multicast Name Resolution, a Windows name lookup on UDP 5355; can be abused to capture credentials. ${LOCAL_ONLY}`, [4795]),
  group('224.0.1.1/32', 'NTP', 'Network Time Protocol multicast time announcements.', [5905]),
  group('224.0.1.129/32', 'PTP primary', 'Precision Time Protocol (IEEE 1588) messages, default domain.'),
  group('224.0.1.130/32', 'PTP alternate 1', 'Precision Time Protocol (IEEE 1588), alternate domain 1.'),
  group('224.0.1.131/32', 'PTP alternate 2', 'Precision Time Protocol (IEEE 1588), alternate domain 2.'),
  group('224.0.1.132/32', 'PTP alternate 3', 'Precision Time Protocol (IEEE 1588), alternate domain 3.'),
  group('239.255.255.250/32', 'SSDP (UPnP discovery)',
    'SSDP, the UPnP discovery chatter on UDP 1900 from TVs, printers, routers and media players; normal inside a LAN.'),
  group('239.255.255.253/32', 'SLP (Service Location Protocol)', 'Service Location Protocol discovery on port 427.', [2608]),
];

export const MULTICAST_BLOCKS_V6: readonly AddressRange[] = [
  group('ff02::/16', 'Link-local scope multicast', `IPv6 link-local multicast (permanent groups). ${LOCAL_ONLY}`, [4291]),
  group('ff05::/16', 'Site-local scope multicast', 'IPv6 site-local multicast (permanent groups): must not leave the site.', [4291]),
  group('ff02::1:ff00:0/104', 'Solicited-Node multicast',
    `Neighbour discovery: "who has this IPv6 address?", the IPv6 replacement for ARP. ${LOCAL_ONLY}`, [4291]),
];

export const MULTICAST_GROUPS_V6: readonly AddressRange[] = [
  group('ff02::1/128', 'All Nodes', `Every IPv6 node on the link, e.g. router advertisements. ${LOCAL_ONLY}`, [4291]),
  group('ff02::2/128', 'All Routers', `Every IPv6 router on the link, e.g. router solicitations. ${LOCAL_ONLY}`, [4291]),
  group('ff02::5/128', 'OSPFv3 All SPF Routers', `OSPFv3 routing traffic. ${LOCAL_ONLY}`, [5340]),
  group('ff02::6/128', 'OSPFv3 All DR Routers', `OSPFv3 updates to designated routers. ${LOCAL_ONLY}`, [5340]),
  group('ff02::9/128', 'RIPng Routers', `RIPng routing updates. ${LOCAL_ONLY}`, [2080]),
  group('ff02::c/128', 'SSDP', 'UPnP/SSDP discovery over IPv6 (UDP 1900).'),
  group('ff02::d/128', 'All PIM Routers', `PIM multicast-routing hellos. ${LOCAL_ONLY}`, [7761]),
  group('ff02::16/128', 'All MLDv2-capable Routers', `Hosts reporting which multicast groups they want (MLDv2). ${LOCAL_ONLY}`, [3810]),
  group('ff02::fb/128', 'mDNSv6', `Multicast DNS over IPv6 (Bonjour/Avahi) on UDP 5353. ${LOCAL_ONLY}`, [6762]),
  group('ff02::1:2/128', 'All DHCP Relay Agents and Servers', `DHCPv6 clients looking for a server (UDP 547). ${LOCAL_ONLY}`, [8415]),
  group('ff02::1:3/128', 'LLMNR', `Link-Local Multicast Name Resolution over IPv6 (UDP 5355). ${LOCAL_ONLY}`, [4795]),
  group('ff05::1:3/128', 'All DHCP Servers', 'DHCPv6 relays reaching every DHCPv6 server in the site.', [8415]),
];

export const MULTICAST_RANGES: readonly AddressRange[] = [
  ...MULTICAST_BLOCKS_V4,
  ...MULTICAST_GROUPS_V4,
  ...MULTICAST_BLOCKS_V6,
  ...MULTICAST_GROUPS_V6,
];
