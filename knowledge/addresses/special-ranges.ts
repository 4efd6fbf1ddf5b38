// Special-purpose address blocks from the IANA IPv4 and IPv6 Special-Purpose Address Registries
// (CC0), plus the multicast super-blocks and the deprecated IPv6 blocks that still show up in logs.
// Summaries are our own words. Order does not matter: matching sorts by prefix length.
import { rfc } from '../rfc-reference';
import type { AddressRange, AddressScope, Reference } from '../types';

export const IANA_V4: Reference = { label: 'IANA IPv4 Special-Purpose Address Registry' };
export const IANA_V6: Reference = { label: 'IANA IPv6 Special-Purpose Address Registry' };

function row(
  prefix: string,
  name: string,
  scope: AddressScope,
  globallyReachable: boolean | null,
  summary: string,
  rfcs: readonly number[],
  extra: readonly Reference[] = [],
): AddressRange {
  const registry = prefix.includes(':') ? IANA_V6 : IANA_V4;
  return { prefix, name, scope, globallyReachable, summary, references: [...rfcs.map((n) => rfc(n)), registry, ...extra] };
}

const SING_BOX_FAKEIP: Reference = { label: 'sing-box docs: FakeIP (inet4_range 198.18.0.0/15)', url: 'https://sing-box.sagernet.org/configuration/dns/fakeip' };
const CLASH_FAKEIP: Reference = { label: 'Clash docs: fake-ip-range 198.18.0.1/16' };

const MCAST_V4: Reference = { label: 'IANA IPv4 Multicast Address Space Registry' };
const MCAST_V6: Reference = { label: 'IANA IPv6 Multicast Address Space Registry' };

export const SPECIAL_RANGES_V4: readonly AddressRange[] = [
  row('0.0.0.0/8', '"This network"', 'reserved', false,
    'Means "this network" and is only valid as a source while a host is still starting up; anywhere else it is bogus.', [791]),
  row('0.0.0.0/32', '"This host on this network"', 'unspecified', false,
    'The all-zero address: a machine with no address yet uses it as the source of its first DHCP request, and software uses it to mean "any address".', [1122]),
  row('10.0.0.0/8', 'Private-Use', 'private', false,
    'A private LAN address (RFC 1918): free for anyone to use inside a network and never routed on the public Internet.', [1918]),
  row('100.64.0.0/10', 'Shared Address Space (CGNAT)', 'shared', false,
    'Carrier-grade NAT space: the provider puts customers behind a shared public address, so this address lives between your router and the ISP.', [6598]),
  row('127.0.0.0/8', 'Loopback', 'loopback', false,
    'Loopback: traffic to it never leaves the machine that sent it.', [1122]),
  row('169.254.0.0/16', 'Link Local', 'link-local', false,
    'Link-local (APIPA) address that a host picks for itself when it gets no answer from a DHCP server; it only works on the local segment.', [3927]),
  row('172.16.0.0/12', 'Private-Use', 'private', false,
    'A private LAN address (RFC 1918, 172.16.0.0 to 172.31.255.255): never routed on the public Internet.', [1918]),
  row('192.0.0.0/24', 'IETF Protocol Assignments', 'reserved', false,
    'Held by the IETF for protocol use; only the specific addresses assigned inside it have a meaning.', [6890]),
  row('192.0.0.0/29', 'IPv4 Service Continuity Prefix', 'tunnel', false,
    'Used inside DS-Lite (IPv4 carried over an IPv6-only access network) between the home gateway and the provider.', [7335]),
  row('192.0.0.8/32', 'IPv4 dummy address', 'reserved', false,
    'A placeholder source address for devices that have no IPv4 address of their own, e.g. in ICMP errors from IPv6-only routers.', [7600]),
  row('192.0.0.9/32', 'Port Control Protocol Anycast', 'anycast', true,
    'Anycast address where clients find a Port Control Protocol (PCP) server to ask for port mappings.', [7723]),
  row('192.0.0.10/32', 'Traversal Using Relays around NAT Anycast', 'anycast', true,
    'Anycast address for finding a TURN relay server that helps real-time media get through NAT.', [8155]),
  row('192.0.0.170/32', 'NAT64/DNS64 Discovery', 'translation', false,
    'A well-known name target (ipv4only.arpa) that lets IPv6-only hosts discover the NAT64 prefix in use.', [8880, 7050]),
  row('192.0.0.171/32', 'NAT64/DNS64 Discovery', 'translation', false,
    'The second ipv4only.arpa address used by IPv6-only hosts to discover the NAT64 prefix.', [8880, 7050]),
  row('192.0.2.0/24', 'Documentation (TEST-NET-1)', 'documentation', false,
    'Reserved for examples in books and manuals (TEST-NET-1); real equipment should never use it.', [5737]),
  row('192.31.196.0/24', 'AS112-v4', 'anycast', true,
    'AS112 anycast servers that soak up stray reverse-DNS queries for private addresses.', [7535]),
  row('192.52.193.0/24', 'Automatic Multicast Tunneling (AMT)', 'tunnel', true,
    'Anycast relays for Automatic Multicast Tunneling, which carries multicast across unicast-only networks.', [7450]),
  row('192.88.99.0/24', 'Deprecated (6to4 Relay Anycast)', 'tunnel', null,
    'Former anycast address of public 6to4 relays; the mechanism is deprecated and traffic here is a leftover.', [7526, 3068]),
  row('192.88.99.2/32', '6a44-relay anycast address', 'tunnel', null,
    'Anycast address of 6a44 relays, which give IPv6 to hosts stuck behind IPv4 NAT.', [6751]),
  row('192.168.0.0/16', 'Private-Use', 'private', false,
    'A private LAN address (RFC 1918), the range most home routers hand out; never routed on the public Internet.', [1918]),
  row('192.175.48.0/24', 'Direct Delegation AS112 Service', 'anycast', true,
    'AS112 anycast servers answering for delegated junk reverse-DNS zones.', [7534]),
  {
    ...row('198.18.0.0/15', 'Benchmarking; proxy apps\' "fake IP" range', 'benchmarking', false,
      'Set aside for network benchmark tests in labs (RFC 2544). Proxy apps such as Clash and sing-box also hand out "fake IP" addresses from this block to programs on the same device, so it turns up in the connection lists of phones and PCs that run them.',
      [2544], [SING_BOX_FAKEIP, CLASH_FAKEIP]),
    note:
      'On a link between real networks it should not appear. As a destination in a device\'s own connection or DNS log, it means a proxy app answers DNS with fake addresses and routes the traffic itself: not an attack.',
  },
  row('198.51.100.0/24', 'Documentation (TEST-NET-2)', 'documentation', false,
    'Reserved for examples in documentation (TEST-NET-2); real equipment should never use it.', [5737]),
  row('203.0.113.0/24', 'Documentation (TEST-NET-3)', 'documentation', false,
    'Reserved for examples in documentation (TEST-NET-3); real equipment should never use it.', [5737]),
  row('240.0.0.0/4', 'Reserved', 'reserved', false,
    'The old "class E" block, reserved for future use: not routable and usually dropped by operating systems.', [1112]),
  row('255.255.255.255/32', 'Limited Broadcast', 'broadcast', false,
    'Limited broadcast: reaches every host on the local segment and is never forwarded by a router.', [919, 8190]),
  row('224.0.0.0/4', 'Multicast', 'multicast', null,
    'Multicast (the old "class D" block): one sender, a group of listeners. Only ever a destination, never a real source.',
    [5771], [MCAST_V4]),
];

export const SPECIAL_RANGES_V6: readonly AddressRange[] = [
  row('::1/128', 'Loopback Address', 'loopback', false, 'IPv6 loopback: the machine talking to itself.', [4291]),
  row('::/128', 'Unspecified Address', 'unspecified', false,
    'The all-zero IPv6 address: "no address yet", used as a source during duplicate address detection.', [4291]),
  row('::ffff:0:0/96', 'IPv4-mapped Address', 'translation', false,
    'An IPv4 address written in IPv6 form, as dual-stack software shows IPv4 peers; it never travels on the wire.', [4291]),
  row('::/96', 'Deprecated IPv4-compatible Address', 'reserved', false,
    'Old IPv4-compatible form of transition addresses, deprecated long ago; should not be seen in traffic.', [4291]),
  row('64:ff9b::/96', 'IPv4-IPv6 Translation (NAT64 well-known prefix)', 'translation', true,
    'NAT64 well-known prefix: an IPv6-only host reaching an IPv4 server; the last 32 bits are the IPv4 address.', [6052]),
  row('64:ff9b:1::/48', 'IPv4-IPv6 Translation (local use)', 'translation', false,
    'NAT64 prefix for use inside one operator\'s own network.', [8215]),
  row('100::/64', 'Discard-Only Address Block', 'discard', false,
    'A black-hole prefix: routers send traffic for it to a null route, often to absorb attack traffic.', [6666]),
  row('100:0:0:1::/64', 'Dummy IPv6 Prefix', 'reserved', false,
    'A placeholder prefix for hosts that need an IPv6 address but have no real one; not routed.', [9780]),
  row('2001::/23', 'IETF Protocol Assignments', 'reserved', false,
    'Held by the IETF for protocol use; only the specific blocks assigned inside it have a meaning.', [2928]),
  row('2001::/32', 'TEREDO', 'tunnel', null,
    'Teredo tunnel: IPv6 carried in UDP over IPv4 through NAT. It can slip past an IPv4-only firewall.', [4380, 8190]),
  row('2001:1::1/128', 'Port Control Protocol Anycast', 'anycast', true,
    'Anycast address where clients find a Port Control Protocol (PCP) server.', [7723]),
  row('2001:1::2/128', 'Traversal Using Relays around NAT Anycast', 'anycast', true,
    'Anycast address for finding a TURN relay server for real-time media.', [8155]),
  row('2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast', 'anycast', true,
    'Anycast address where devices register DNS-SD services (SRP), e.g. in Thread networks.', [9665]),
  row('2001:2::/48', 'Benchmarking', 'benchmarking', false,
    'Set aside for IPv6 benchmark tests in labs; it should not appear on production links.', [5180]),
  row('2001:3::/32', 'Automatic Multicast Tunneling (AMT)', 'tunnel', true,
    'Automatic Multicast Tunneling relays, which carry multicast across unicast-only networks.', [7450]),
  row('2001:4:112::/48', 'AS112-v6', 'anycast', true,
    'AS112 anycast servers that soak up stray reverse-DNS queries.', [7535]),
  row('2001:10::/28', 'Deprecated (previously ORCHID)', 'reserved', null,
    'The retired first version of ORCHID cryptographic identifiers; unused.', [4843]),
  row('2001:20::/28', 'ORCHIDv2', 'reserved', true,
    'ORCHIDv2: identifiers derived from cryptographic keys (e.g. Host Identity Protocol), not locators.', [7343]),
  row('2001:30::/28', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix', 'reserved', true,
    'Identifiers for drone Remote ID (DRIP entity tags), not ordinary host addresses.', [9374]),
  row('2001:db8::/32', 'Documentation', 'documentation', false,
    'Reserved for IPv6 examples in documentation; real equipment should never use it.', [3849]),
  row('2002::/16', '6to4', 'tunnel', null,
    '6to4 tunnel address with the site\'s public IPv4 address built in; the mechanism is largely retired.', [3056]),
  row('2620:4f:8000::/48', 'Direct Delegation AS112 Service', 'anycast', true,
    'AS112 anycast servers answering for delegated junk reverse-DNS zones.', [7534]),
  row('3fff::/20', 'Documentation', 'documentation', false,
    'The newer, larger IPv6 documentation block; real equipment should never use it.', [9637]),
  row('5f00::/16', 'Segment Routing (SRv6) SIDs', 'reserved', false,
    'Segment identifiers for SRv6 inside one operator\'s network; not meant to be seen outside it.', [9602]),
  row('fc00::/7', 'Unique-Local', 'unique-local', false,
    'IPv6 unique-local address (ULA), the IPv6 counterpart of private LAN space; not routed on the Internet.', [4193]),
  row('fe80::/10', 'Link-Local Unicast', 'link-local', false,
    'IPv6 link-local address that every interface gives itself; only valid on the local segment.', [4291]),
  row('fec0::/10', 'Deprecated Site-Local', 'reserved', false,
    'Old IPv6 site-local space, deprecated in favour of unique-local addresses; should not be in use.', [3879]),
  row('ff00::/8', 'Multicast', 'multicast', null,
    'IPv6 multicast: one sender, a group of listeners. Only ever a destination.', [4291], [MCAST_V6]),
];

export const SPECIAL_RANGES: readonly AddressRange[] = [...SPECIAL_RANGES_V4, ...SPECIAL_RANGES_V6];

/** Stand-in for "IPv6 outside 2000::/3 and matching no row": not a registry row, built in code. */
export const IPV6_GLOBAL_UNICAST_PREFIX = '2000::/3';
export const IPV6_ADDRESS_SPACE_REF: Reference = { label: 'IANA IPv6 Address Space Registry' };
