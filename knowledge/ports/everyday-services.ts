// Ordinary traffic of today's apps that fills home firewall logs without being an attack: QUIC,
// VPN tunnels, NAT traversal, push notifications, encrypted DNS, peer-to-peer and chat. Most of
// these are used from both ends, so their facts read the port on either side ('any') unless the
// two sides mean different things. Our own words; each fact cites its specification or vendor doc.
import { rfc } from '../rfc-reference';
import type { PortFact } from '../types';


const OWN_DEVICES =
  'Leaving your network it is one of your own devices at work; only unsolicited packets arriving from outside are worth a glance, and a firewall that drops them has already done its job.';

export const EVERYDAY_SERVICES: readonly PortFact[] = [
  {
    id: 'everyday-443-quic', ports: [443, 443], protocols: ['udp'], role: 'destination',
    service: 'QUIC / HTTP/3', aliases: ['quic', 'http3', 'http/3', 'h3'],
    summary: 'UDP to port 443 is QUIC, the encrypted transport under HTTP/3. Browsers use it for most large sites (Google, YouTube, Cloudflare-fronted services), so from your own machines outward it is plain web browsing.',
    probing: 'Arriving unsolicited at your address, it is a scanner checking for HTTP/3 servers or for VPN gateways that also listen on UDP 443.',
    advice: 'Nothing to do unless you run an HTTP/3 server here. Blocking outgoing UDP 443 only makes browsers fall back to TCP.',
    risk: 'info', category: 'service', table: 'everyday', references: [rfc(9000), rfc(9114)],
  },
  {
    id: 'everyday-src-443-quic', ports: [443, 443], protocols: ['udp'], role: 'source',
    service: 'QUIC reply from a web server', aliases: ['quic', 'http3', 'quic reply'],
    summary: 'A web server answering a browser here over QUIC (HTTP/3). Routers forget idle UDP flows within a minute or two, so the last packets of a page load or a video often arrive after the mapping is gone and get logged as blocked.',
    probing: 'Nobody is probing: the packet answers a connection a browser here opened.',
    advice: 'No action needed. These late replies are harmless, and the browser retries or falls back to TCP by itself.',
    risk: 'info', category: 'reply', table: 'everyday', references: [rfc(9000, '10.1'), rfc(9114)],
  },
  {
    id: 'everyday-6881-6889-bittorrent', ports: [6881, 6889], protocols: ['tcp', 'udp'], role: 'any',
    service: 'BitTorrent / DHT', aliases: ['bittorrent', 'torrent', 'dht', 'kad'],
    summary: 'The classic BitTorrent peer ports, used at both ends by torrent clients and the DHT that finds peers without a tracker. Peers keep trying an address long after its torrent client has stopped, often one run by the previous holder of your IP.',
    probing: 'Peers looking for a torrent client, not an attack. The DHT has also been abused as a small reflection vector.',
    advice: 'Ignore it; drop it if nobody here shares files and the volume bothers you. It fades as peers give up.',
    risk: 'info', category: 'game-chat', table: 'everyday',
    references: [{ label: 'BitTorrent BEP 3 (protocol)' }, { label: 'BitTorrent BEP 5 (DHT)' }, { label: 'US-CERT TA14-017A' }],
  },
  {
    id: 'everyday-51820-wireguard', ports: [51820, 51820], protocols: ['udp'], role: 'any',
    service: 'WireGuard VPN', aliases: ['wireguard', 'wg', 'vpn'],
    summary: 'The listen port that WireGuard configurations customarily use. Traffic here is a VPN tunnel between two peers: a phone or laptop reaching a home or office VPN, or a commercial VPN service.',
    probing: 'Scanners learn nothing here: a WireGuard peer stays silent towards any packet that does not carry a valid key, so an unsolicited hit cannot even tell whether a VPN exists.',
    advice: 'Expected if you run or use a WireGuard VPN. ' + OWN_DEVICES,
    risk: 'info', category: 'service', table: 'everyday',
    references: [{ label: 'WireGuard quick start (ListenPort 51820)', url: 'https://www.wireguard.com/quickstart/' }, { label: 'WireGuard whitepaper (NDSS 2017): no reply to unauthenticated packets' }],
  },
  {
    id: 'everyday-41641-tailscale', ports: [41641, 41641], protocols: ['udp'], role: 'any',
    service: 'Tailscale (WireGuard mesh)', aliases: ['tailscale', 'tailscaled', 'headscale'],
    summary: 'Tailscale nodes send their WireGuard traffic from UDP 41641 by default when they can talk directly, punching through NAT with the help of STUN.',
    probing: 'Not a probe: another node of a tailnet trying to reach a device here, or one of your own devices reaching out.',
    advice: 'Expected if anyone here uses Tailscale; allowing it lets nodes connect directly instead of through a relay. ' + OWN_DEVICES,
    risk: 'info', category: 'service', table: 'everyday',
    references: [{ label: 'Tailscale KB 1082: firewall ports', url: 'https://tailscale.com/kb/1082/firewall-ports' }],
  },
  {
    id: 'everyday-3478-stun', ports: [3478, 3478], protocols: ['udp', 'tcp'], role: 'any',
    service: 'STUN / TURN (NAT traversal)', aliases: ['stun', 'turn', 'webrtc', 'nat traversal'],
    summary: 'STUN tells a device which public address and port its NAT gave it, and TURN relays media when no direct path exists. Video calls, WebRTC in browsers, game consoles and VPN meshes use it constantly.',
    probing: 'Not an attack. Answers from a STUN server to a device here, or media relayed by TURN, are normal. Open TURN servers are, however, hunted to relay traffic into private networks.',
    advice: 'Allow it for calls and games to work well. If you run a TURN server, require credentials and forbid relaying to private addresses.',
    risk: 'info', category: 'service', table: 'everyday', references: [rfc(8489), rfc(8656)],
  },
  {
    id: 'everyday-19302-google-stun', ports: [19302, 19302], protocols: ['udp'], role: 'any',
    service: "Google's public STUN servers", aliases: ['stun.l.google.com', 'google stun', 'webrtc', 'google meet'],
    summary: "Google's STUN servers (stun.l.google.com) listen on UDP 19302, and countless WebRTC apps (Google Meet, browser-based calls, some games) ask them for the public address of a device.",
    probing: 'Nobody: a device here asked for its public address and the answer came back, perhaps after the router had forgotten the question.',
    advice: 'No action needed.',
    risk: 'info', category: 'service', table: 'everyday',
    references: [{ label: 'WebRTC samples: stun.l.google.com:19302' }, rfc(8489)],
  },
  {
    id: 'everyday-5223-apple-push', ports: [5223, 5223], protocols: ['tcp'], role: 'any',
    service: 'Apple Push Notification service', aliases: ['apns', 'apple push', 'push notifications'],
    summary: 'iPhones, iPads and Macs keep a TLS connection open to Apple\'s push service on TCP 5223 (falling back to 443), over which every notification arrives.',
    probing: 'From your Apple devices outward it is routine. Unsolicited connections to your own 5223 are ordinary port scanning.',
    advice: 'Allow outgoing 5223 to Apple (17.0.0.0/8) or notifications stall. Nothing to do about inbound hits.',
    risk: 'info', category: 'service', table: 'everyday',
    references: [{ label: "Apple Support HT203609: If your Apple devices aren't getting push notifications" }],
  },
  {
    id: 'everyday-853-dns-over-tls', ports: [853, 853], protocols: ['tcp', 'udp'], role: 'any',
    service: 'DNS over TLS / QUIC', aliases: ['dot', 'dns over tls', 'doq', 'private dns', 'domain-s'],
    summary: 'Encrypted DNS: DNS over TLS on TCP 853, and DNS over QUIC on UDP 853. Android\'s Private DNS and many routers use it to hide lookups from the network.',
    probing: 'Outward it is your devices resolving names privately. Inbound hits are scanners counting encrypted resolvers.',
    advice: 'Nothing to do unless you want all DNS to pass through your own resolver; then block outgoing 853 and devices fall back to ordinary DNS.',
    risk: 'info', category: 'service', table: 'everyday', references: [rfc(7858), rfc(9250)],
  },
  {
    id: 'everyday-3544-teredo', ports: [3544, 3544], protocols: ['udp'], role: 'any',
    service: 'Teredo (IPv6 over UDP)', aliases: ['teredo', 'miredo', 'ipv6 tunnel'],
    summary: 'Teredo wraps IPv6 inside UDP so hosts behind IPv4 NAT can reach the IPv6 Internet; its servers listen on UDP 3544. Older Windows versions switched it on by themselves.',
    probing: 'Usually a Windows machine looking for a Teredo server. The catch: a working tunnel carries IPv6 straight past an IPv4-only firewall.',
    advice: 'If you do not rely on Teredo, block UDP 3544 outward and disable it on Windows (`netsh interface teredo set state disabled`).',
    risk: 'low', category: 'service', table: 'everyday', references: [rfc(4380), rfc(6081)],
  },
  {
    id: 'everyday-6667-irc', ports: [6667, 6667], protocols: ['tcp'], role: 'any',
    service: 'IRC (plain text)', aliases: ['irc', 'ircd', 'internet relay chat'],
    summary: 'The usual plain-text port of IRC chat servers (TLS connections use 6697). Joining a network often triggers checks back to you on 113 (ident) and on proxy ports.',
    probing: 'Inbound, someone expecting an IRC server here. Outbound from a machine nobody uses for chat, it can be old malware talking to its IRC command channel, as many early botnets did.',
    advice: 'If no one here chats on IRC, find the program making outgoing 6667 connections (`ss -tnp`, `netstat -anob`).',
    risk: 'low', category: 'game-chat', table: 'everyday',
    references: [rfc(7194), { label: 'Firewall Forensics FAQ §1.11' }],
  },
  {
    id: 'everyday-60001-mosh', ports: [60001, 60001], protocols: ['udp'], role: 'any',
    service: 'mosh (mobile shell)', aliases: ['mosh', 'mosh-server', 'mobile shell'],
    summary: 'mosh-server, a roaming-friendly replacement for interactive SSH, picks the first free UDP port from 60001 upward (its range is 60000-61000) once an SSH login has started it, so 60001 is the port a single mosh session uses.',
    probing: 'Not a probe when it follows an SSH login to the same host. Without one, UDP here is more likely a Linux client port (the Linux range runs to 60999).',
    advice: 'Expected if someone uses mosh; otherwise judge the packet by its other port.',
    risk: 'info', category: 'service', table: 'everyday', references: [{ label: 'mosh-server(1) manual (port range 60000-61000)' }],
  },
];
