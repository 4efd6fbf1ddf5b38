// Source ports that tell a story (Firewall Forensics FAQ §1.1, §1.2, §1.10). These facts read the port
// as the SOURCE of a packet: the service is on the sending side, and the destination is just the
// client's port. (The §1.9 note on DNS from low ports reads destination 53, so it lives there.)
// Facts from the FAQ and the RFCs, every sentence our own.
import type { PortFact, Reference } from '../types';

const FAQ_SRC: Reference = { label: 'Firewall Forensics FAQ §1.2' };
const FAQ_DIALUP: Reference = { label: 'Firewall Forensics FAQ §1.10' };
const FAQ_DNS: Reference = { label: 'Firewall Forensics FAQ §1.1' };
const FAQ_PORTS = FAQ_DNS;
const RFC_2131: Reference = { label: 'RFC 2131 (DHCP)', url: 'https://www.rfc-editor.org/rfc/rfc2131' };

export const FAQ_SOURCE_PORTS: readonly PortFact[] = [
  {
    id: 'faq-src-1-5-sscan', ports: [1, 5], protocols: ['tcp'], role: 'source', service: 'sscan scanner', aliases: ['sscan', 'scanner'],
    summary: 'Connections arriving FROM source ports 1 to 5 are a fingerprint of the sscan scanning script; ordinary clients never pick such low source ports.',
    probing: 'sscan checked a fixed list of well-known holes (mSQL on 1114 among them) in one sweep, so expect several ports from the same address.',
    advice: 'Treat everything from that address as one automated scan; make sure none of the services it touched are exposed.',
    risk: 'low', category: 'scan-signature', table: 'faq-source', references: [FAQ_SRC],
  },
  {
    id: 'faq-src-20-ftp-data', ports: [20, 20], protocols: ['tcp'], role: 'source', service: 'FTP data (active mode)', aliases: ['ftp-data', 'ftp data', 'active ftp'],
    summary: 'In active-mode FTP the server opens the data connection back to the client from port 20, so a packet from 20 to a high port is usually a file or directory listing on its way in.',
    probing: 'Normally none. Some attackers pick source port 20 on purpose, hoping a simple filter lets "FTP data" through.',
    advice: 'Use a stateful firewall with an FTP helper, or passive mode, rather than a blanket rule admitting anything from port 20.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_SRC],
  },
  {
    id: 'faq-src-0-crafted', ports: [0, 0], role: 'source', service: 'Source port 0 (crafted packet)', aliases: ['source port 0', 'port zero'],
    summary: 'No real connection can come from port 0, so a packet claiming it was built by a tool: attack scripts and fingerprinting scanners use it, and some firewalls also log IP fragments, which carry no ports, as port 0.',
    probing: 'An attack script or an OS-fingerprinting scan; old scripts aimed such packets at IMAP (143) in particular.',
    advice: 'Drop it. Check first whether your firewall reports fragments this way before calling it an attack.',
    risk: 'low', category: 'scan-signature', table: 'faq-source', references: [FAQ_PORTS],
  },
  {
    id: 'faq-src-67-dhcp-server', ports: [67, 67], protocols: ['udp'], role: 'source', service: 'DHCP server reply', aliases: ['dhcp', 'bootps', 'dhcp offer', 'dhcp ack'],
    summary: 'DHCP servers answer from UDP 67 to the client port 68: offers, acknowledgements and lease renewals. On your WAN side this is normally your ISP\'s DHCP server renewing the router\'s public address.',
    probing: 'Nobody: it is address management. Only offers from a machine that is not your ISP or your own router would point to a rogue DHCP server.',
    advice: 'Allow DHCP between your router and the ISP, or the WAN address will expire. Replies that reach the log are usually duplicates or broadcasts meant for neighbours on a shared cable or DSL segment.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_PORTS, RFC_2131],
  },
  {
    id: 'faq-src-68-dhcp-client', ports: [68, 68], protocols: ['udp'], role: 'source', service: 'DHCP client request', aliases: ['dhcp', 'bootpc', 'dhcp discover', 'dhcp request'],
    summary: 'A DHCP client sends its discover and request messages from UDP 68 to a server\'s port 67, usually by broadcast because it has no address yet. On shared cable, DSL or Wi-Fi segments you see your neighbours doing it.',
    probing: 'Devices booting up or renewing their lease, not an attack.',
    advice: 'Ignore the broadcasts or keep them out of the log.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_PORTS, RFC_2131],
  },
  {
    id: 'faq-src-137-netbios', ports: [137, 137], protocols: ['udp'], role: 'source', service: 'NetBIOS name service', aliases: ['netbios', 'netbios-ns', 'nbstat'],
    summary: 'Windows sends its NetBIOS name queries and answers from UDP 137 as well as to it, so 137 at both ends is a Windows machine asking for a name or a node status, typically right after it saw your address.',
    probing: 'Routine Windows behaviour, one of the most common entries in any firewall log; the same query lets the sender learn machine and workgroup names.',
    advice: 'Let the firewall drop it and ignore it; keep NetBIOS (137-139) closed at the Internet edge.',
    risk: 'info', category: 'service', table: 'faq-source', references: [FAQ_PORTS, { label: 'Firewall Forensics FAQ §10' }],
  },
  {
    id: 'faq-src-3130-squid-echo', ports: [3130, 3130], protocols: ['udp'], role: 'source', service: 'Squid/Harvest cache ping', aliases: ['squid', 'harvest', 'icp', 'source_ping'],
    summary: 'Web caches of the Squid and Harvest family use UDP 3130 (ICP) to talk to each other, and with their source_ping option they time a site by bouncing a packet off its UDP echo port (7). A run of packets from 3130 to your port 7 is such a cache measuring distance.',
    probing: 'Not an attack: a busy cache can send many of these, but they only measure round-trip time.',
    advice: 'Drop them quietly; keep the echo service switched off.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_PORTS],
  },
  {
    id: 'faq-src-53-dns', ports: [53, 53], role: 'source', service: 'DNS server reply', aliases: ['dns reply', 'dns response', 'dns'],
    summary: 'DNS servers send their answers from port 53, so UDP from 53 to a high port is usually the reply to a lookup made here. Servers talking to each other may use 53 at both ends, and large answers or zone transfers use TCP.',
    probing: 'Usually none: a blocked reply tends to be a late answer that arrived after the firewall had forgotten the query.',
    advice: 'Let a stateful firewall match replies to the queries that caused them. If nothing here asked, see the entry on forged source port 53.',
    risk: 'low', category: 'reply', table: 'faq-source', references: [FAQ_SRC, FAQ_DNS],
  },
  {
    id: 'faq-src-123-ntp', ports: [123, 123], protocols: ['udp'], role: 'source', service: 'NTP server reply', aliases: ['ntp', 'sntp', 'time server', 'ntp reply'],
    summary: 'Time servers (NTP/SNTP) answer from UDP 123, and some also broadcast the time from it, so packets from 123 are normally clock synchronisation.',
    probing: 'None for ordinary replies. A flood of large packets from source 123 that nobody here requested is an NTP reflection attack (the monlist amplification) aimed at you.',
    advice: 'Allow replies from the time servers you use. If you are being flooded, ask your upstream provider to filter it, and make sure your own NTP servers do not answer monlist.',
    risk: 'low', category: 'reply', table: 'faq-source', references: [FAQ_SRC, { label: 'CVE-2013-5211' }],
  },
  {
    id: 'faq-src-27910-27961-quake', ports: [27910, 27961], protocols: ['udp'], role: 'any', service: 'Quake-family game server', aliases: ['quake', 'quake 2', 'quake 3', 'game server'],
    summary: 'Quake and games built on its engines run their servers in this UDP range, so packets from these ports, and to them, are nearly always game traffic.',
    probing: 'Not a probe: a game server talking to a player at this address, possibly the person who had it before you.',
    advice: 'Harmless. If nobody here plays, drop it; the server stops sending once it times the player out.',
    risk: 'info', category: 'game-chat', table: 'faq-source', references: [FAQ_SRC, FAQ_DIALUP],
  },
  {
    id: 'faq-src-61000-65535-masq', ports: [61000, 65535], role: 'source', service: 'Linux IP masquerade (NAT)', aliases: ['ip masquerade', 'ipmasq', 'masquerading', 'nat'],
    summary: 'Old Linux "IP Masquerade" NAT boxes rewrote the source ports of the machines behind them to 61000 and above, so a source port up here hinted at a Linux NAT gateway.',
    probing: 'Nothing by itself: the sender is a client behind a NAT. Today high source ports are normal everywhere (Windows and macOS pick client ports from 49152 up).',
    advice: 'Judge the traffic by its destination port; the high source port just means an ordinary client.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_SRC],
  },
  // Role-dependent readings (table 'role'): the same number means something else as a source.
  {
    id: 'role-src-4000-icq', ports: [4000, 4000], protocols: ['udp'], role: 'source', service: 'ICQ server reply', aliases: ['icq', 'icq server'],
    summary: 'UDP from port 4000 to a random high port is the old ICQ server answering a client. Here the port that matters is the source; the high destination port is merely the one the client picked.',
    probing: 'Not a probe. If your address was recently someone else\'s, the server may still be talking to their client.',
    advice: 'Do not look the high destination port up in a port list: it means nothing. Drop the packets if nobody here uses ICQ.',
    risk: 'info', category: 'reply', table: 'role', references: [FAQ_DIALUP],
  },
  {
    id: 'role-src-53-forged', ports: [53, 53], role: 'source', service: 'Source port 53 as a disguise', aliases: ['dns spoof', 'source port 53', 'firewall bypass'],
    summary: 'Stateless packet filters often admit anything from port 53, assuming it is a DNS answer, and attackers exploit that by sending probes from source port 53.',
    probing: 'Sneaking scans or exploits past a filter that trusts source port 53. A "reply" from 53 to a port where a service listens (139, 445, 3389 ...) rather than to a client port is suspicious.',
    advice: 'Use stateful filtering that only admits answers to queries you actually sent, or route all DNS through your own resolver and allow port 53 only for it.',
    risk: 'low', category: 'scan-signature', table: 'role', references: [FAQ_DNS, FAQ_SRC],
  },
];
