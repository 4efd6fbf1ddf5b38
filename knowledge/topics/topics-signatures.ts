// Topics on the signatures of well-known tools and scans (FAQ §1.1, §1.3, §5), in our own words.
import type { Topic } from '../types';
import { cert, faq, rfc, NMAP_EVASION, NMAP_SCAN_TYPES } from './topic-refs';

export const SIGNATURE_TOPICS: readonly Topic[] = [
  {
    id: 'decoy-scan',
    title: 'Decoy scans (nmap -D)',
    keywords: ['decoy', 'decoys', 'decoy scan', 'nmap -d', 'spoofed', 'spoofing', 'many sources', 'same ports', 'distributed scan'],
    summary:
      'Many unrelated addresses probing the same ports at the same moment usually means one scanner hiding its real address among forged decoys.',
    body: [
      'Scanners such as nmap (option -D) send every probe several times: once from the real address and once from each forged decoy. The log then shows the same scan from a crowd of sources, most of them innocent.',
      'The true scanner has to receive the answers, so its address is real. Clues: the decoys often share one TTL, or arrive with a TTL unlike the one those hosts show when you contact them (see ttl); the real scanner may have touched you earlier, with a ping, a DNS lookup or a web visit, while the decoys never did.',
      'Search older logs for each address and its neighbours before complaining to anyone; writing to every listed owner mostly bothers bystanders.',
    ],
    related: ['ttl', 'ip-id', 'stealth-scans', 'backscatter'],
    references: [faq('1.3'), faq('9.2'), NMAP_EVASION],
  },
  {
    id: 'traceroute',
    title: 'Traceroute in logs',
    keywords: ['traceroute', 'tracert', 'mtr', 'pathping', 'tcptraceroute', '33434', 'udp 33434', 'hops', 'ttl exceeded', 'time exceeded'],
    summary:
      'Traceroute maps the routers on a path by sending packets with TTL 1, 2, 3 … and collecting the Time Exceeded message each router returns.',
    body: [
      'Unix traceroute sends UDP to destination port 33434 and adds one for every probe (three per hop by default), so a log shows a short burst of rising UDP ports between about 33434 and 33600 from a single source. The target answers the final probes with port unreachable.',
      'Windows tracert, and traceroute -I, send ICMP echo requests instead, so the log shows pings whose TTL starts very low. mtr and pathping repeat the process continuously. tcptraceroute (traceroute -T) uses TCP SYNs to a port such as 80 to get through filters that drop UDP and ICMP.',
      'Being traced is harmless in itself, although it is a common mapping step. To hide, drop inbound UDP to 33434-33534 and stop your border from sending Time Exceeded outward. The type 11 code 0 messages arriving at you are the replies to your own traces.',
    ],
    related: ['ttl', 'icmp-filtering', 'port:33434'],
    references: [faq('5.1'), faq('1.1'), rfc(792), rfc(1393)],
  },
  {
    id: 'sscan',
    title: 'sscan scanner signature',
    keywords: ['sscan', 'mscan', 'scanner', 'script kiddie', 'source port 1', '1114', 'msql', 'vulnerability scanner'],
    summary:
      'sscan was a popular late-1990s vulnerability scanner; its sweeps hit a fixed list of service ports, and its TCP probes often came from source ports 1 to 5.',
    body: [
      'sscan (a descendant of mscan) tested each target in one pass for a fixed list of services with known holes and suggested which exploits might work. Its list included rarely probed ports such as the mSQL port 1114, which almost never shows up outside this scan.',
      'In a firewall log it looks like one source touching the same cluster of well-known ports on each address, with TCP source ports of 1 to 5, numbers no normal client uses.',
      'Modern mass scanners and botnets produce the same picture: one source sweeping a fixed set of well-known ports is an automated vulnerability sweep. Make sure none of those services is exposed.',
    ],
    related: ['stealth-scans', 'port:1114'],
    references: [faq('5.2'), faq('1.2'), faq('1.1')],
  },
  {
    id: 'proxy-scan',
    title: 'Proxy scanners (SOCKS, Squid, 8080)',
    keywords: ['proxy', 'proxy scan', 'open proxy', 'socks', '1080', 'squid', '3128', '8080', '8000', '8888', 'wingate', 'irc', 'spam'],
    summary:
      'Probes of 1080, 3128, 8080 and similar ports look for open proxies; they come both from IRC servers checking new users and from spammers and abusers who want to hide behind your address.',
    body: [
      'An open proxy forwards anyone\'s traffic, so whatever passes through it appears to come from you. SOCKS (1080), Squid (3128), WinGate and plain HTTP proxies (8080, 8000, 8888) are the usual targets.',
      'IRC networks test every user who connects for an open proxy, because banned users come back through them. A probe from the IRC server you just joined, often paired with an ident check on 113, is routine.',
      'The same ports probed by strangers means proxy hunting by spammers, fraudsters or people after anonymity. Any proxy you run should serve your own network only.',
    ],
    related: ['http-logs', 'identd-logs', 'smtp-logs', 'port:1080', 'port:3128', 'port:8080'],
    references: [faq('5.3'), faq('1.11'), rfc(1928)],
  },
  {
    id: 'smurf',
    title: 'Smurf attack (ping broadcast amplification)',
    keywords: ['smurf', 'smurfing', 'broadcast', 'directed broadcast', 'icmp flood', 'echo reply flood', 'amplifier', 'amplification'],
    summary:
      'A smurf attack pings broadcast addresses with the victim\'s address forged as the source, so every host on those networks answers the victim at once.',
    body: [
      'The attacker sends echo requests to the broadcast address (x.x.x.255 or .0) of networks whose routers forward directed broadcasts. Every live host replies, turning one packet into dozens or hundreds of echo replies aimed at the forged source.',
      'The victim sees a flood of ICMP echo replies (type 0) it never asked for, from many hosts in a few networks. Filtering at your own edge is too late once the link is full; the upstream provider has to help.',
      'An unwitting amplifier sees pings to its .0 or .255 addresses. Routers should not forward directed broadcasts (RFC 2644, the default today) and hosts should not answer broadcast pings. Source-address filtering by ISPs (BCP 38) stops the forged pings where they start.',
    ],
    related: ['fraggle', 'amplification-ddos', 'icmp-filtering', 'backscatter'],
    references: [faq('5.4'), faq('2'), cert('1998-01', 'smurf'), rfc(2644), rfc(2827, 'BCP 38')],
  },
  {
    id: 'fraggle',
    title: 'Fraggle attack (UDP echo/chargen amplification)',
    keywords: ['fraggle', 'udp echo', 'echo', 'chargen', '7', '19', 'udp flood', 'broadcast', 'amplifier', 'echo loop'],
    summary:
      'Fraggle is the UDP sibling of smurf: forged packets to UDP echo (7) or chargen (19) at broadcast addresses make every host running those services flood the victim.',
    body: [
      'Instead of ping, the attacker sends UDP to port 7 (echo) or 19 (chargen) at broadcast addresses, with the victim as the source. Each host still running these old "simple services" answers the victim, and chargen answers with more data than it received.',
      'Pointed at two single hosts, the same trick starts an echo-chargen loop in which each service answers the other without end (CERT CA-1996-01).',
      'UDP probes to 7 or 19 on .0 and .255 addresses are someone looking for amplifiers. Switch the simple services off, since nothing needs them, and block UDP 7, 13, 17 and 19 at the border.',
    ],
    related: ['smurf', 'amplification-ddos', 'port:7', 'port:19'],
    references: [faq('5.5'), faq('1.1'), cert('1996-01', 'UDP port denial of service'), cert('1998-01', 'smurf'), rfc(862), rfc(864)],
  },
  {
    id: 'stealth-scans',
    title: 'Stealth scans: FIN, Xmas, NULL and half-open SYN',
    keywords: ['stealth', 'stealth scan', 'fin scan', 'xmas', 'xmas scan', 'christmas tree', 'null scan', 'syn scan', 'half-open', 'nmap -sf', 'nmap -sx', 'nmap -sn', 'nmap -ss', 'tcp flags'],
    summary:
      'Probes with odd TCP flag sets (FIN alone, FIN+PSH+URG "Xmas", or no flags at all) find open ports while dodging filters and logs that only look for SYNs.',
    body: [
      'Under the TCP rules (RFC 793, now RFC 9293) a closed port answers an unexpected non-SYN segment with a reset, while an open port quietly ignores it. Scanners use the difference: silence means open or filtered, a RST means closed. nmap names these scans -sF, -sX and -sN.',
      'These flag sets never occur in normal traffic: an Xmas probe sets flags no real connection combines and a NULL probe sets none, so a single one in a log marks a scan. Windows answers RST on every port, which itself reveals the OS.',
      'The half-open SYN scan (-sS) is the other "stealth" scan: it sends SYN and resets as soon as the SYN-ACK arrives, so old application logs never saw a connection. Stateful firewalls drop all of these; keep the log lines as evidence of scanning.',
    ],
    related: ['decoy-scan', 'port-zero', 'ip-id'],
    references: [rfc(9293), rfc(793), NMAP_SCAN_TYPES],
  },
  {
    id: 'port-zero',
    title: 'Traffic to or from port 0',
    keywords: ['port 0', 'port zero', '0', 'os fingerprint', 'fingerprinting', 'invalid port', 'malformed', 'fragments'],
    summary:
      'Port 0 is reserved and no service listens on it, so TCP or UDP packets using it are hand-made: usually OS fingerprinting, sometimes attack tools or badly logged fragments.',
    body: [
      'Programs ask the OS for port 0 to mean "any free port", so genuine traffic never carries it on the wire. Stacks react to a packet for port 0 differently than to an ordinary closed port, which makes it a handy fingerprinting probe.',
      'Some firewalls log fragments after the first as port 0, because those fragments have no TCP or UDP header to read. Attack scripts have also been seen sending from source port 0.',
      'Drop it at the border. A burst of port-0 packets deserves a closer look at the source: it is a probe or a tool, not an application.',
    ],
    related: ['stealth-scans', 'ip-id', 'port:0'],
    references: [faq('1.1'), rfc(6335), { label: 'IANA port registry (port 0 reserved)', url: 'https://www.iana.org/assignments/service-names-port-numbers/' }],
  },
];
