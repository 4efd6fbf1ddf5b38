// Source ports that tell a story (Firewall Forensics FAQ §1.2, §1.9, §1.10). These facts only apply
// when the port is the SOURCE of a packet: the service is on the sending side, and the destination
// is just the client's port. Facts from the FAQ, every sentence our own.
import type { PortFact, Reference } from '../types';

const FAQ_SRC: Reference = { label: 'Firewall Forensics FAQ §1.2' };
const FAQ_DNS_NAT: Reference = { label: 'Firewall Forensics FAQ §1.9' };
const FAQ_DIALUP: Reference = { label: 'Firewall Forensics FAQ §1.10' };
const FAQ_DNS: Reference = { label: 'Firewall Forensics FAQ §1.1' };

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
    id: 'faq-src-27910-27961-quake', ports: [27910, 27961], protocols: ['udp'], role: 'source', service: 'Quake-family game server', aliases: ['quake', 'quake 2', 'quake 3', 'game server'],
    summary: 'Quake and games built on its engines run their servers in this UDP range, so packets from (and to) these ports are nearly always game traffic.',
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
  {
    id: 'faq-dns-low-source-nat', ports: [1, 1023], protocols: ['udp'], role: 'source', service: 'DNS query through NAT', aliases: ['dns from low port', 'low source port', 'nat'],
    summary: 'Only meaningful when the destination is DNS (port 53): a lookup arriving from a source port below 1024 normally comes from a machine behind a NAT, which may map clients onto any port, reserved ones included.',
    probing: 'Usually nothing; these are ordinary DNS queries from behind NAT. Attackers can pick any source port they like, so a low one proves nothing either way.',
    advice: 'Do not drop packets merely because their source port is below 1024; that rule breaks such lookups and stops nobody. Control DNS instead by sending it through your own resolver.',
    risk: 'info', category: 'reply', table: 'faq-source', references: [FAQ_DNS_NAT],
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
