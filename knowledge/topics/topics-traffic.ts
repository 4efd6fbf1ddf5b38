// Topics on traffic that looks hostile but often is not, and on modern floods (FAQ §1.4, §1.10,
// §1.12, §1.13, plus amplification and backscatter, which postdate the FAQ). Our own words.
import type { Topic } from '../types';
import { cert, faq, rfc } from './topic-refs';

export const TRAFFIC_TOPICS: readonly Topic[] = [
  {
    id: 'trojan-probes',
    title: 'Trojan and backdoor probes',
    keywords: ['trojan', 'trojans', 'backdoor', 'rat', 'remote access trojan', 'netbus', 'back orifice', 'subseven', 'sub7', '31337', '12345', '27374'],
    summary:
      'Scans of well-known trojan ports (31337, 12345, 27374 …) are attackers looking for machines that are already infected; the probes cannot infect anything by themselves.',
    body: [
      'A trojan gets installed by fooling the user: an attachment, a fake update, a file sent over chat. The attacker does not learn where the victims ended up, so they sweep whole address ranges for the port the trojan listens on.',
      'On a clean machine nothing listens there and the probe simply fails. To check, list listening ports (netstat -ano on Windows, ss -ltnp on Linux) and look up any program you do not recognise.',
      'Classic defaults include Back Orifice on 31337, NetBus on 12345 and SubSeven on 1243, 6711 and 27374. Modern RATs and bots do the same on other ports, and old trojan ports are still swept out of habit.',
    ],
    related: ['remapped-ports', 'dialup-leftovers', 'port:31337', 'port:12345', 'port:27374'],
    references: [faq('1.4'), faq('1.4.1'), cert('1999-02', 'Trojan horses')],
  },
  {
    id: 'dialup-leftovers',
    title: 'Leftover traffic after getting a new IP address',
    keywords: ['dial-up', 'dialup', 'dynamic ip', 'reassigned', 'reassigned ip', 'new ip', 'dhcp', 'leftover', 'icq', 'game', 'p2p', 'powwow'],
    summary:
      'Right after your ISP hands you an address, you may receive traffic meant for its previous user (chat, games, peer-to-peer) that looks like a scan but is not.',
    body: [
      'Dynamic addresses get recycled. When the last holder dropped off abruptly, the programs they were talking to (chat peers, game servers, file-sharing swarms, even a remote-access tool someone planted on them) keep knocking for a while.',
      'Tell-tale signs: repeated attempts on the same one or two ports, often UDP, from sources that look like servers or peers; the same source retrying at a steady rhythm; the traffic fading out over minutes or hours.',
      'Work out which end is the service. A game or chat server replies from its well-known port to a random high port on your side, so the source port is the one to look up, not the destination.',
      'There is nothing to fix; just drop it. The same happens today to cloud VMs: a freshly assigned public IP may still get traffic from systems that trusted its previous owner.',
    ],
    related: ['trojan-probes', 'remapped-ports'],
    references: [faq('1.10')],
  },
  {
    id: 'remapped-ports',
    title: 'Services moved to "clever" alternate ports',
    keywords: ['remapped', 'remap', 'remapping', 'alternate port', 'non-standard port', '8080', '8000', '8888', '81', '2222', '1100', 'obscurity'],
    summary:
      'Services are often moved off their standard port (web to 8080, SSH to 2222, POP to 1100); scanners know the favourite choices, so a probe to one of them is aimed at the service, not the number.',
    body: [
      'People move services to cut log noise, because ports under 1024 need root on Unix, or because the ISP blocks the standard port. The new number is usually a twist on the old one: 81, 88, 8000, 8080 or 8888 for web, 2222 for SSH, 1100 for POP.',
      'Numbers with a pattern (12345, 23456, 31337, 666) are popular picks too, so they overlap with trojan defaults.',
      'A moved port means fewer log lines, not protection: a full port scan finds the service anyway. Patch and authenticate it as if it sat on the standard port.',
    ],
    related: ['trojan-probes', 'http-logs', 'proxy-scan'],
    references: [faq('1.12')],
  },
  {
    id: 'unknown-port',
    title: 'Finding out what an unknown port is',
    keywords: ['unknown port', 'unknown', 'what is this port', 'netcat', 'nc', 'listen', 'capture', 'tcpdump', 'wireshark'],
    summary:
      'When no table explains a port, let the sender tell you: listen on it or capture a few packets, since many protocols announce themselves in their first bytes.',
    body: [
      'Open a throwaway listener on the port (for example nc -lk 1234 on Linux) on a machine that is safe to expose, or capture the traffic with tcpdump or Wireshark. A lot of protocols send a greeting or a request first; HTTP in particular reveals paths, host names and user agents.',
      'Also check which side is the service (see dialup-leftovers): a random-looking high port is often the client side of a reply.',
      'Close the listener when done, and do not answer with anything that could be mistaken for a real service.',
    ],
    related: ['dialup-leftovers', 'remapped-ports'],
    references: [faq('1.13')],
  },
  {
    id: 'amplification-ddos',
    title: 'Amplification and reflection DDoS',
    keywords: ['amplification', 'reflection', 'reflector', 'ddos', 'dos', 'dns amplification', 'ntp', 'monlist', 'memcached', 'ssdp', 'cldap', 'chargen', 'open resolver', 'udp flood'],
    summary:
      'The modern heirs of smurf: small UDP requests carrying the victim\'s forged address go to servers that answer with far larger replies (DNS, NTP, memcached, SSDP, CLDAP …), and the replies bury the victim.',
    body: [
      'Any UDP service that answers a short request with a long response can be abused: open DNS resolvers, NTP with monlist enabled, SSDP (1900), CLDAP (389), chargen (19), SNMP (161) and memcached (11211), whose amplification could exceed 10,000 times and fed a 1.35 Tbps attack on GitHub in 2018.',
      'As a reflector you see many small requests to one of those ports, all "from" the same address or a few: the victims. As a victim you receive a flood of replies from source ports 53, 123, 1900, 11211 and so on, to random ports on your side.',
      'Keep these services off the Internet: answer DNS recursion for your own clients only, disable NTP monlist, bind memcached to localhost. ISPs applying source-address validation (BCP 38) stop the forged requests at the start.',
    ],
    related: ['smurf', 'fraggle', 'backscatter', 'dns-logs'],
    references: [
      { label: 'US-CERT TA14-017A (UDP-based amplification attacks)', url: 'https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks' },
      { label: 'CVE-2013-5211 (NTP monlist)' },
      { label: 'CVE-2018-1000115 (memcached UDP)' },
      rfc(2827, 'BCP 38'),
      rfc(5358),
    ],
  },
  {
    id: 'backscatter',
    title: 'Backscatter: replies to packets you never sent',
    keywords: ['backscatter', 'spoofed', 'unsolicited', 'syn-ack', 'syn ack', 'rst', 'replies', 'random source', 'syn flood', 'darknet', 'telescope'],
    summary:
      'SYN-ACKs, resets or ICMP errors for connections you never opened are backscatter: a victim somewhere is answering attack traffic that forged your address as its source.',
    body: [
      'Flooding tools often forge random source addresses. The victim answers each forged sender, with a SYN-ACK or RST for TCP floods or an ICMP unreachable or time exceeded otherwise, and a small share of those answers lands on you.',
      'Signs: inbound SYN-ACK or RST packets from one source to random high ports with no matching outgoing connection, or ICMP errors quoting packets you never sent. The source is the attacked host, not the attacker.',
      'Just drop it. Researchers watch large unused address blocks ("network telescopes") to measure denial-of-service attacks worldwide from exactly this traffic.',
    ],
    related: ['amplification-ddos', 'smurf', 'decoy-scan'],
    references: [
      { label: 'Moore, Voelker, Savage: Inferring Internet Denial-of-Service Activity (USENIX Security 2001)' },
      rfc(4987),
    ],
  },
];
