// Topics about packets, filters and LAN noise (FAQ §3, §4, §8, §9, §10), in our own words.
import type { Topic } from '../types';
import { faq, rfc } from './topic-refs';

export const NETWORK_TOPICS: readonly Topic[] = [
  {
    id: 'source-routing',
    title: 'Source-routed packets',
    keywords: ['source routing', 'source route', 'source-routed', 'lsrr', 'ssrr', 'ip options', 'routing header'],
    summary:
      'A packet with the IP source-route option dictates its own path; attackers use it so that answers to a forged address find their way back to them.',
    body: [
      'IPv4 offers two options, loose (LSRR) and strict (SSRR) source routing, in which the sender lists routers the packet has to visit. The receiver is expected to send its answer back along the same list, reversed.',
      'That is a gift to anyone forging addresses: claim to be a trusted host, list your own machine on the route, and the replies travel to you rather than to the host you impersonated. The option can also push packets to internal addresses that normal routing would never reach.',
      'No everyday application relies on it. Drop source-routed packets at the edge (RFC 7126 recommends exactly that) and read one in a log as a deliberate probe. IPv6 removed its equivalent, the type 0 routing header, for the same reason (RFC 5095).',
    ],
    related: ['icmp-filtering', 'decoy-scan'],
    references: [faq('3.1'), rfc(791), rfc(7126), rfc(5095)],
  },
  {
    id: 'slow-connections',
    title: 'Slow logins to mail, FTP or IRC servers (ident call-backs)',
    keywords: ['slow', 'slow connection', 'slow connections', 'hang', 'delay', 'timeout', 'identd', 'ident', 'auth', '113', 'rst', 'reject', 'drop'],
    summary:
      'Mail, FTP and IRC servers often call back to TCP 113 (ident) when you connect; if your firewall silently drops that call-back, each login waits for it to time out.',
    body: [
      'When a client connects, many servers (SMTP, POP, IMAP, FTP and nearly every IRC network) open a second connection back to the client on TCP 113 to ask who owns the first one (the ident protocol, RFC 1413).',
      'A firewall that discards that call-back without a word leaves the server waiting until its ident request times out, often 10 to 30 seconds, before it goes on. To the user the program seems stuck while connecting, although the network is fine.',
      'The cure is to refuse port 113 with a TCP reset (a REJECT rule rather than DROP). The server then knows immediately that no ident service exists and carries on, and you still disclose nothing. Inbound 113 entries right after you connect somewhere are these call-backs, not an attack.',
    ],
    related: ['identd-logs', 'port:113'],
    references: [faq('4.1'), faq('1.1'), rfc(1413)],
  },
  {
    id: 'ip-id',
    title: 'The IP ID field: idle scans, hosts behind NAT, OS guesses',
    keywords: ['ip id', 'ipid', 'ip identification', 'idle scan', 'zombie scan', 'nmap -si', 'nat', 'os fingerprint', 'fingerprinting', 'packet zen'],
    summary:
      'The 16-bit IP identification field exists for fragment reassembly, but many stacks fill it from a simple counter, and that counter leaks information to anyone watching.',
    body: [
      'Every IPv4 header carries an ID so fragments of one datagram can be matched up. Older systems, classic Windows among them, draw it from a single global counter that grows by one per packet sent, whatever the destination.',
      'Idle (zombie) scan: the attacker samples the counter of a quiet third machine, sends the target SYNs forged to look as if they came from that machine, then samples the counter again. A jump of two means the target sent the zombie a SYN-ACK, so the port is open. Your logs show only the zombie (nmap -sI).',
      'Counting machines behind NAT: traffic leaving a NAT gateway from several hosts carries several separate ID sequences, so the number of distinct runs hints at how many machines share one public address.',
      'OS guessing: whether IDs rise by 1, rise by 256 (a byte-swapped counter on old Windows), look random or stay at zero is one of the clues fingerprinting tools weigh. Current stacks randomise the ID or keep per-destination counters (RFC 6864, RFC 7739).',
    ],
    related: ['ttl', 'decoy-scan', 'stealth-scans'],
    references: [faq('9.1'), rfc(791), rfc(6864), rfc(7739), { label: 'Nmap Network Scanning: TCP idle scan', url: 'https://nmap.org/book/idlescan.html' }],
  },
  {
    id: 'ttl',
    title: 'TTL: guessing the OS, counting hops, catching forged sources',
    keywords: ['ttl', 'time to live', 'hop limit', 'hops', 'hop count', 'initial ttl', 'os guess', 'fingerprint', 'decoy', 'spoofed', 'packet zen'],
    summary:
      'Each router lowers the TTL by one and operating systems start from a handful of standard values, so a logged TTL hints at what sent a packet and how far away it is.',
    body: [
      'Usual starting values are 64 (Linux, Android, macOS, iOS, the BSDs), 128 (Windows) and 255 (many routers, Solaris and other network gear). Round the TTL you see up to the nearest of these: that is probably where it began, and the gap is the hop count. A TTL of 117 most likely left a Windows host eleven routers away.',
      'Forged traffic stands out: one host at one distance always arrives with roughly the same TTL. If supposedly unrelated sources in a scan share an identical TTL, or a source\'s TTL is far from what that host shows when it answers you, the packets were probably spoofed. Newer scanners pick random TTLs to hide this.',
      'IPv6 calls the field hop limit. Neighbor Discovery messages must arrive with a hop limit of 255, which proves they were sent on the local link.',
    ],
    related: ['ip-id', 'decoy-scan', 'traceroute'],
    references: [faq('9.2'), faq('1.3'), rfc(791), rfc(8200), rfc(4861)],
  },
  {
    id: 'netbios',
    title: 'NetBIOS name queries (UDP 137)',
    keywords: ['netbios', 'nbns', 'nbstat', '137', 'udp 137', 'wins', 'smb', 'windows', 'samba', 'name service', '139', '445'],
    summary:
      'UDP 137 is the NetBIOS Name Service, used by Windows to look up machine names; it tops most home and office firewall logs and is nearly always harmless.',
    body: [
      'Windows (and Samba) machines find each other by name over NetBIOS. Besides broadcasting on their own LAN, a Windows host that talks to an address may send a node-status query (NBSTAT) to that address\'s UDP 137 to learn its name, for example when reverse DNS gives no answer.',
      'So these packets typically come from machines you have just dealt with (a server you contacted, a peer in a game or chat), or from Windows neighbours on a shared cable or DSL segment. The sender does not know or care what you run, so Linux and Mac users see them too.',
      'The usual signature is source and destination port 137 and a query for the wildcard name "*" (CKAAAAAA… once encoded). Worms and scanners use the same query to harvest machine and user names, so one source walking across many of your addresses is a scan.',
      'To silence them, drop UDP 137-139 and TCP 139 and 445 at the border without logging. On your own Windows machines, turn off NetBIOS over TCP/IP on Internet-facing adapters, and never expose 139 or 445 to the Internet.',
    ],
    related: ['port:137', 'port:139', 'port:445'],
    references: [faq('10'), rfc(1001), rfc(1002)],
  },
  {
    id: 'icmp-filtering',
    title: 'Which ICMP to let through, which to drop',
    keywords: ['icmp', 'icmp filter', 'icmp filtering', 'icmpv6', 'pmtud', 'path mtu', 'mtu', 'fragmentation needed', 'packet too big', 'black hole', 'block icmp', 'ping'],
    summary:
      'Blocking all ICMP breaks networks: keep the errors your own connections depend on, above all fragmentation-needed (3/4) and ICMPv6 Packet Too Big, and drop the rest from the Internet.',
    body: [
      'Allow, at least when they match a connection you have open: Destination Unreachable, and above all type 3 code 4 "fragmentation needed"; Time Exceeded, so traceroute works; Parameter Problem; and ICMPv6 types 1 to 4, with Packet Too Big (type 2) never blocked. Without 3/4 or Packet Too Big, Path MTU Discovery fails and large transfers freeze (the black hole RFC 2923 describes).',
      'Allow on the local link only: IPv6 Neighbor Discovery (133-137), multicast listener messages (130-132, 143) and router discovery. Inbound echo request is a choice; if you allow it, rate-limit it.',
      'Drop from the Internet: redirects (type 5, ICMPv6 137), router advertisements, source quench, timestamp (13/14), address mask (17/18), information request/reply and unassigned types. Never answer pings sent to a broadcast address. Limiting the unreachables you send to strangers makes scans slower, but keep 3/4 and Packet Too Big flowing.',
    ],
    related: ['smurf', 'traceroute', 'source-routing'],
    references: [faq('8.1'), faq('2'), rfc(4890), rfc(1191), rfc(2923), rfc(8201)],
  },
  {
    id: 'split-dns',
    title: 'Split DNS',
    keywords: ['split dns', 'split horizon', 'split-horizon', 'dns', 'internal dns', 'zone transfer', 'axfr', 'views'],
    summary:
      'Separate DNS for inside and outside keeps the names of internal machines off the Internet while outsiders see only the few public names they need.',
    body: [
      'The outside server (or view) publishes public records only: the web site, mail exchangers (MX) and the name servers themselves. The inside server holds the full zone, with every internal host, answers internal clients only and forwards other lookups outward.',
      'This blunts a cheap reconnaissance move: asking your DNS for a zone transfer (AXFR over TCP 53) or guessing names until every host is listed. Even without a split, allow transfers only to your own secondaries and refuse recursion to outsiders, since open resolvers are abused for amplification attacks.',
      'Today the same idea appears as BIND views, local zones in Unbound or dnsmasq, and private hosted zones in the cloud.',
    ],
    related: ['dns-logs', 'amplification-ddos'],
    references: [faq('8.2'), rfc(5936), rfc(5358)],
  },
];
