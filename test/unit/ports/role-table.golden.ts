// The role table: how a port must read given its transport, the side of the packet it was seen on
// and what the firewall did. Each row was written from the Firewall Forensics FAQ and the reasoning
// of issue 9 (a service port as the source is a server replying; an amplifier's port as the source
// is a flood aimed at you; game ports as the source are game servers; a dropped probe reached
// nothing, an allowed one met a live service; the FAQ's meaning outranks modern stories and a named
// trojan outranks a digit pattern), not from the code's output. role-table.test.ts checks every row.
import type { PortAction, PortOutcomeKind, PortRole, Risk } from '../../../knowledge';

export interface RoleRow {
  port: number;
  protocol?: 'tcp' | 'udp';
  role?: PortRole;
  action?: PortAction;
  /** Id of the fact that must headline the card. */
  fact: string;
  risk: Risk;
  outcome: PortOutcomeKind;
  why: string;
}

export const ROLE_TABLE: readonly RoleRow[] = [
  // A well-known or registered service port as the source: a server replying (FAQ §1.2, issue §1).
  { port: 443, protocol: 'tcp', role: 'source', action: 'deny', fact: 'role-src-reply', risk: 'info', outcome: 'blocked-reply', why: 'late HTTPS reply after the state expired' },
  { port: 443, protocol: 'tcp', role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'HTTPS server answering' },
  { port: 443, protocol: 'tcp', role: 'source', action: 'allow', fact: 'role-src-reply', risk: 'info', outcome: 'allowed-reply', why: 'a reply the firewall matched' },
  { port: 80, protocol: 'tcp', role: 'source', action: 'deny', fact: 'role-src-reply', risk: 'info', outcome: 'blocked-reply', why: 'late HTTP reply' },
  { port: 5060, protocol: 'udp', role: 'source', action: 'deny', fact: 'role-src-reply', risk: 'info', outcome: 'blocked-reply', why: 'the SIP provider answering a phone here' },
  { port: 500, protocol: 'udp', role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'an IKE gateway answering a VPN client here' },
  { port: 1500, protocol: 'tcp', role: 'source', action: 'deny', fact: 'role-src-client', risk: 'info', outcome: 'blocked-reply', why: 'inside the old 1024-5000 client range: never "listen on it"' },
  { port: 80, role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'no protocol: still a web server replying, not DNS through NAT' },
  { port: 443, role: 'source', fact: 'everyday-src-443-quic', risk: 'info', outcome: 'reply', why: 'no protocol: a web server replying (the QUIC reply reading, never DNS through NAT)' },
  { port: 22, role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'no protocol: SSH server replying' },
  { port: 25, role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'no protocol: mail server replying' },
  { port: 445, role: 'source', fact: 'role-src-reply', risk: 'info', outcome: 'reply', why: 'no protocol: SMB server replying' },
  { port: 20, protocol: 'tcp', role: 'source', fact: 'faq-src-20-ftp-data', risk: 'info', outcome: 'reply', why: 'FAQ §1.2 active FTP data' },
  { port: 53, protocol: 'udp', role: 'source', action: 'deny', fact: 'faq-src-53-dns', risk: 'low', outcome: 'blocked-reply', why: 'FAQ §1.2: a DNS answer first, a reflection flood only when big and unrequested' },
  { port: 53, role: 'source', fact: 'faq-src-53-dns', risk: 'low', outcome: 'reply', why: 'DNS reply without a protocol' },
  { port: 123, protocol: 'udp', role: 'source', fact: 'faq-src-123-ntp', risk: 'low', outcome: 'reply', why: 'FAQ §1.2 time server reply' },
  { port: 443, protocol: 'udp', role: 'source', action: 'deny', fact: 'everyday-src-443-quic', risk: 'info', outcome: 'blocked-reply', why: 'QUIC replies after the UDP mapping expired' },
  { port: 67, protocol: 'udp', role: 'source', action: 'deny', fact: 'faq-src-67-dhcp-server', risk: 'info', outcome: 'blocked-reply', why: "the ISP's DHCP server" },
  { port: 68, protocol: 'udp', role: 'source', fact: 'faq-src-68-dhcp-client', risk: 'info', outcome: 'reply', why: 'neighbours asking for a lease' },
  { port: 137, protocol: 'udp', role: 'source', action: 'deny', fact: 'faq-src-137-netbios', risk: 'info', outcome: 'blocked-reply', why: 'Windows name queries use 137 at both ends' },
  { port: 4000, protocol: 'udp', role: 'source', fact: 'role-src-4000-icq', risk: 'info', outcome: 'reply', why: 'FAQ §1.10: the ICQ server answers from 4000' },
  { port: 3130, protocol: 'udp', role: 'source', fact: 'faq-src-3130-squid-echo', risk: 'info', outcome: 'reply', why: 'FAQ §1.1 port 7: Squid/Harvest source_ping from 3130' },
  { port: 61500, protocol: 'tcp', role: 'source', fact: 'faq-src-61000-65535-masq', risk: 'info', outcome: 'reply', why: 'FAQ §1.2 Linux IP masquerade' },
  { port: 51234, protocol: 'tcp', role: 'source', fact: 'role-src-client', risk: 'info', outcome: 'reply', why: "the sender's client port" },
  { port: 47123, role: 'source', fact: 'role-src-client', risk: 'info', outcome: 'reply', why: 'unregistered high port: a client port' },

  // Source-port signatures: crafted or scanning packets.
  { port: 1, protocol: 'tcp', role: 'source', fact: 'faq-src-1-5-sscan', risk: 'low', outcome: 'probe', why: 'FAQ §1.2 sscan' },
  { port: 3, protocol: 'tcp', role: 'source', action: 'deny', fact: 'faq-src-1-5-sscan', risk: 'low', outcome: 'blocked-probe', why: 'FAQ §1.2 sscan, dropped' },
  { port: 0, protocol: 'tcp', role: 'source', action: 'deny', fact: 'faq-src-0-crafted', risk: 'low', outcome: 'blocked-probe', why: 'no real connection comes from port 0' },
  { port: 31789, protocol: 'udp', role: 'source', action: 'deny', fact: 'faq-31789-31790', risk: 'low', outcome: 'blocked-probe', why: "Hack'a'Tack pair as a source" },
  { port: 31790, protocol: 'udp', role: 'source', fact: 'faq-31789-31790', risk: 'low', outcome: 'probe', why: "Hack'a'Tack scanner port" },
  { port: 31337, protocol: 'tcp', role: 'source', fact: 'role-src-chosen', risk: 'low', outcome: 'probe', why: 'a trojan number used as a source: chosen, not a service here' },
  { port: 12345, protocol: 'tcp', role: 'source', fact: 'role-src-chosen', risk: 'low', outcome: 'probe', why: 'NetBus number as a source' },

  // Amplifiers' ports as the source: a reflection flood aimed at you (issue §1).
  { port: 19, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-19', risk: 'medium', outcome: 'blocked-flood', why: 'CharGEN reflection' },
  { port: 161, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-161', risk: 'medium', outcome: 'blocked-flood', why: 'SNMP reflection' },
  { port: 389, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-389', risk: 'medium', outcome: 'blocked-flood', why: 'CLDAP reflection' },
  { port: 1900, protocol: 'udp', role: 'source', fact: 'reflect-src-1900', risk: 'medium', outcome: 'flood', why: 'SSDP reflection' },
  { port: 3283, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-3283', risk: 'medium', outcome: 'blocked-flood', why: 'Apple Remote Desktop reflection' },
  { port: 3702, protocol: 'udp', role: 'source', fact: 'reflect-src-3702', risk: 'medium', outcome: 'flood', why: 'WS-Discovery reflection' },
  { port: 5353, protocol: 'udp', role: 'source', fact: 'reflect-src-5353', risk: 'medium', outcome: 'flood', why: 'mDNS reflection' },
  { port: 5683, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-5683', risk: 'medium', outcome: 'blocked-flood', why: 'CoAP reflection' },
  { port: 10001, protocol: 'udp', role: 'source', fact: 'reflect-src-10001', risk: 'medium', outcome: 'flood', why: 'Ubiquiti discovery reflection' },
  { port: 11211, protocol: 'udp', role: 'source', action: 'allow', fact: 'reflect-src-11211', risk: 'medium', outcome: 'allowed-flood', why: 'memcached reflection let through' },
  { port: 37810, protocol: 'udp', role: 'source', action: 'deny', fact: 'reflect-src-37810', risk: 'medium', outcome: 'blocked-flood', why: 'DVR discovery reflection' },

  // Game servers as the source (FAQ §1.10): the way the FAQ says you will see them.
  { port: 7777, protocol: 'udp', role: 'source', fact: 'game-7777-unreal-src', risk: 'info', outcome: 'reply', why: 'Unreal server' },
  { port: 7778, protocol: 'udp', role: 'source', fact: 'game-7778-unreal-tournament-src', risk: 'info', outcome: 'reply', why: 'Unreal Tournament server' },
  { port: 22450, protocol: 'udp', role: 'source', fact: 'game-22450-sin-src', risk: 'info', outcome: 'reply', why: 'Sin server' },
  { port: 26000, protocol: 'udp', role: 'source', fact: 'game-26000-quake-src', risk: 'info', outcome: 'reply', why: 'Quake server' },
  { port: 26900, protocol: 'udp', role: 'source', fact: 'game-26900-hexen2-src', risk: 'info', outcome: 'reply', why: 'Hexen II server' },
  { port: 26950, protocol: 'udp', role: 'source', fact: 'game-26950-hexenworld-src', risk: 'info', outcome: 'reply', why: 'HexenWorld server' },
  { port: 27015, protocol: 'udp', role: 'source', action: 'deny', fact: 'game-27015-half-life-src', risk: 'info', outcome: 'blocked-reply', why: 'Half-Life/Source server talking to the previous holder of the address' },
  { port: 27500, protocol: 'udp', role: 'source', fact: 'game-27500-quakeworld-src', risk: 'info', outcome: 'reply', why: 'QuakeWorld server' },
  { port: 27910, protocol: 'udp', role: 'source', fact: 'game-27910-quake2-src', risk: 'info', outcome: 'reply', why: 'Quake II server (single port before the range)' },
  { port: 27960, protocol: 'udp', role: 'source', fact: 'faq-src-27910-27961-quake', risk: 'info', outcome: 'reply', why: 'Quake family range from a server' },
  { port: 28000, protocol: 'udp', role: 'source', fact: 'game-28000-28008-tribes-src', risk: 'info', outcome: 'reply', why: 'TRIBES server' },
  { port: 28008, protocol: 'udp', role: 'source', fact: 'game-28000-28008-tribes-src', risk: 'info', outcome: 'reply', why: 'top of the TRIBES range' },
  { port: 28910, protocol: 'udp', role: 'source', fact: 'game-28910-heretic2-src', risk: 'info', outcome: 'reply', why: 'Heretic II server' },
  { port: 27960, protocol: 'udp', role: 'destination', action: 'deny', fact: 'faq-src-27910-27961-quake', risk: 'info', outcome: 'blocked-probe', why: 'the Quake range read in both directions' },
  { port: 7777, protocol: 'udp', role: 'destination', action: 'deny', fact: 'game-7777-unreal', risk: 'info', outcome: 'blocked-probe', why: 'game traffic to this port, dropped' },
  { port: 27015, protocol: 'udp', role: 'destination', fact: 'game-27015-half-life', risk: 'info', outcome: 'probe', why: 'FAQ game port over the modern Steam-query story' },

  // The firewall's action: a blocked probe reached nothing, an allowed one met a live service (issue §2).
  { port: 445, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-445', risk: 'low', outcome: 'blocked-probe', why: 'dropped SMB probe' },
  { port: 445, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-445', risk: 'critical', outcome: 'exposed-service', why: 'SMB let in from the Internet' },
  { port: 445, protocol: 'tcp', role: 'destination', fact: 'modern-445', risk: 'critical', outcome: 'probe', why: 'unknown action: the exposure risk, with both readings on the card' },
  { port: 5555, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-5555', risk: 'low', outcome: 'blocked-probe', why: 'dropped ADB probe' },
  { port: 5555, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-5555', risk: 'critical', outcome: 'exposed-service', why: 'ADB let in' },
  { port: 3389, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-3389', risk: 'low', outcome: 'blocked-probe', why: 'dropped RDP probe' },
  { port: 3389, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-3389', risk: 'high', outcome: 'exposed-service', why: 'RDP let in' },
  { port: 23, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'faq-23', risk: 'low', outcome: 'blocked-probe', why: 'dropped Telnet probe' },
  { port: 23, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'faq-23', risk: 'high', outcome: 'exposed-service', why: 'an exposed Telnet faces the Mirai story too' },
  { port: 22, protocol: 'tcp', role: 'destination', fact: 'faq-22', risk: 'medium', outcome: 'probe', why: 'FAQ SSH story headlines' },
  { port: 22, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'faq-22', risk: 'high', outcome: 'exposed-service', why: 'an exposed SSH faces brute force and regreSSHion' },
  { port: 6379, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-6379', risk: 'critical', outcome: 'exposed-service', why: 'Redis let in' },
  { port: 6379, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-6379', risk: 'low', outcome: 'blocked-probe', why: 'dropped Redis probe' },
  { port: 1433, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-1433', risk: 'low', outcome: 'blocked-probe', why: 'dropped SQL Server probe' },
  { port: 2375, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-2375', risk: 'critical', outcome: 'exposed-service', why: 'Docker API let in' },
  { port: 443, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-443', risk: 'low', outcome: 'blocked-probe', why: 'dropped HTTPS probe' },
  { port: 51234, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'role-ephemeral-destination', risk: 'info', outcome: 'blocked-reply', why: 'a reply to a client port, dropped after the state expired' },
  { port: 51234, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'role-ephemeral-destination', risk: 'info', outcome: 'allowed-reply', why: 'a reply the firewall matched' },
  { port: 137, protocol: 'udp', role: 'destination', fact: 'faq-137', risk: 'info', outcome: 'probe', why: 'FAQ: the most common entry, and normal' },
  { port: 137, protocol: 'udp', role: 'destination', action: 'deny', fact: 'faq-137', risk: 'info', outcome: 'blocked-probe', why: 'normal NetBIOS noise, dropped' },
  { port: 137, protocol: 'udp', role: 'destination', action: 'allow', fact: 'faq-137', risk: 'medium', outcome: 'exposed-service', why: 'NetBIOS answering the Internet leaks names' },

  // Ranking: the FAQ's meaning first, a named trojan over a digit pattern (issue §3).
  { port: 12345, protocol: 'tcp', role: 'destination', fact: 'trojan-12345', risk: 'low', outcome: 'probe', why: 'NetBus, not "digit pattern"' },
  { port: 23456, protocol: 'tcp', role: 'destination', fact: 'trojan-23456', risk: 'low', outcome: 'probe', why: 'EvilFtp, not "digit pattern"' },
  { port: 23456, fact: 'trojan-23456', risk: 'low', outcome: 'probe', why: 'EvilFtp without protocol or role' },
  { port: 31337, fact: 'faq-31337', risk: 'low', outcome: 'probe', why: 'FAQ Back Orifice' },
  { port: 27374, protocol: 'tcp', role: 'destination', fact: 'faq-27374', risk: 'low', outcome: 'probe', why: 'FAQ SubSeven 2.x' },
  { port: 53, protocol: 'udp', role: 'destination', fact: 'faq-53', risk: 'medium', outcome: 'probe', why: 'FAQ DNS over the modern story' },
  { port: 8080, protocol: 'tcp', role: 'destination', fact: 'faq-proxy-8080', risk: 'medium', outcome: 'probe', why: 'FAQ §1.11 proxy hunt' },
  { port: 81, protocol: 'tcp', role: 'destination', fact: 'remap-81', risk: 'low', outcome: 'probe', why: 'FAQ §1.12 HTTP moved to 81 over the higher-risk camera story' },
  { port: 69, protocol: 'udp', role: 'destination', fact: 'faq-69', risk: 'medium', outcome: 'probe', why: 'TFTP over "the number 69"' },
  { port: 6776, protocol: 'tcp', role: 'destination', fact: 'faq-6776', risk: 'low', outcome: 'probe', why: 'FAQ §1.10 SubSeven leftover' },
  { port: 20034, protocol: 'tcp', role: 'destination', fact: 'trojan-20034', risk: 'low', outcome: 'probe', why: 'NetBus Pro' },

  // Ports added in issue §5, read on the side they are seen on.
  { port: 51820, protocol: 'udp', role: 'destination', action: 'deny', fact: 'everyday-51820-wireguard', risk: 'info', outcome: 'blocked-probe', why: 'WireGuard' },
  { port: 41641, protocol: 'udp', role: 'source', fact: 'everyday-41641-tailscale', risk: 'info', outcome: 'reply', why: 'a Tailscale node' },
  { port: 3478, protocol: 'udp', role: 'source', fact: 'everyday-3478-stun', risk: 'info', outcome: 'reply', why: 'a STUN server answering' },
  { port: 19302, protocol: 'udp', role: 'source', action: 'deny', fact: 'everyday-19302-google-stun', risk: 'info', outcome: 'blocked-reply', why: "Google's STUN server answering late" },
  { port: 5223, protocol: 'tcp', role: 'source', fact: 'everyday-5223-apple-push', risk: 'info', outcome: 'reply', why: 'Apple push service' },
  { port: 853, protocol: 'tcp', role: 'destination', fact: 'everyday-853-dns-over-tls', risk: 'info', outcome: 'probe', why: 'DNS over TLS' },
  { port: 3544, protocol: 'udp', role: 'destination', fact: 'everyday-3544-teredo', risk: 'low', outcome: 'probe', why: 'Teredo' },
  { port: 6667, protocol: 'tcp', role: 'destination', fact: 'everyday-6667-irc', risk: 'low', outcome: 'probe', why: 'IRC' },
  { port: 60001, protocol: 'udp', role: 'destination', fact: 'everyday-60001-mosh', risk: 'info', outcome: 'probe', why: 'mosh' },
  { port: 554, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-554', risk: 'high', outcome: 'exposed-service', why: 'an RTSP camera stream let in' },
  { port: 8554, protocol: 'tcp', role: 'destination', action: 'deny', fact: 'modern-8554', risk: 'low', outcome: 'blocked-probe', why: 'alternate RTSP, dropped' },
  { port: 37777, protocol: 'tcp', role: 'destination', action: 'allow', fact: 'modern-37777', risk: 'high', outcome: 'exposed-service', why: 'a Dahua recorder let in' },
  { port: 3283, protocol: 'udp', role: 'destination', fact: 'modern-3283', risk: 'medium', outcome: 'probe', why: 'reflector hunt for Apple Remote Desktop' },
  { port: 5683, protocol: 'udp', role: 'destination', fact: 'modern-5683', risk: 'medium', outcome: 'probe', why: 'CoAP reflector hunt' },
  { port: 10001, protocol: 'udp', role: 'destination', fact: 'modern-10001', risk: 'medium', outcome: 'probe', why: 'Ubiquiti discovery hunt' },
  { port: 37810, protocol: 'udp', role: 'destination', fact: 'modern-37810', risk: 'medium', outcome: 'probe', why: 'DVR discovery hunt' },
  { port: 6881, protocol: 'udp', role: 'destination', fact: 'everyday-6881-6889-bittorrent', risk: 'info', outcome: 'probe', why: 'BitTorrent peers, not an attacked service' },
  { port: 443, protocol: 'udp', role: 'destination', fact: 'everyday-443-quic', risk: 'info', outcome: 'probe', why: 'QUIC, not an attacked service' },
];
