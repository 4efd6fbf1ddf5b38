// Destination ports from the Firewall Forensics FAQ §1.1 (ports 635 and up) and the proxy probes of
// §1.11. Facts from the FAQ, every sentence our own. Re-exported as part of FAQ_DESTINATION_PORTS.
import type { PortFact, Reference } from '../types';

const FAQ: Reference = { label: 'Firewall Forensics FAQ §1.1' };
const FAQ_DIALUP: Reference = { label: 'Firewall Forensics FAQ §1.10' };
const FAQ_IRC: Reference = { label: 'Firewall Forensics FAQ §1.11' };
const IN_99_04: Reference = { label: 'CERT IN-99-04 (attacks using RPC services)' };

const OLD_DYNAMIC_ADVICE =
  'Look at the source port of the same packets: it names the service that answered. To watch client ports being handed out, run `netstat -an` (or `ss -tan`) while browsing.';

const TROJAN_CHECK =
  'A probe by itself changes nothing. Check for a local listener with `netstat -an` (Windows) or `ss -tulpn` (Linux); if there is none, ignore it, and if there is, disconnect and clean or rebuild the machine.';

const PROXY_PROBING =
  'Proxy hunters want an open proxy to browse anonymously, spam, or run click fraud and credential stuffing through your address. IRC and chat servers also test newly joined users for an open proxy, so a check right after you connect to such a server is expected.';

const PROXY_ADVICE =
  'If a proxy runs here, accept only your own clients (and require authentication); open proxies are found and abused within hours. If nothing runs here, the probe is background noise.';

export const FAQ_DESTINATION_PORTS_HIGH: readonly PortFact[] = [
  {
    id: 'faq-635', ports: [635, 635], role: 'destination', service: 'Linux mountd', aliases: ['mountd', 'rpc.mountd', 'nfs mount'],
    summary: 'rpc.mountd, which answers NFS clients that want to mount an exported directory. A client normally asks the portmapper (111) for its port; Linux distributions of the late 1990s simply used 635, the way NFS itself settled on 2049.',
    probing: 'The remote root hole in Linux mountd of 1998 (CERT CA-98.12). The daemon serves TCP and UDP together, so sweeps arrive over both transports.',
    advice: 'Keep NFS services off the Internet: block 111, 635 and 2049 from outside.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ, { label: 'CERT CA-98.12 (mountd)' }],
  },
  {
    id: 'faq-1024', ports: [1024, 1024], role: 'destination', service: 'First dynamic port', aliases: ['dynamic port', 'ephemeral port', 'client port'],
    summary: 'The start of the old dynamic range. When a program asks the system for any free port, older Windows and Unix systems handed out 1024 first and counted upward, so this is a client port, not a service.',
    probing: 'Usually nobody: traffic to 1024 is most likely a reply to a connection opened from here. Current systems start client ports at 49152 (Windows, macOS) or 32768 (Linux) instead.',
    advice: OLD_DYNAMIC_ADVICE,
    risk: 'info', category: 'reply', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-1025-1027', ports: [1025, 1027], role: 'destination', service: 'Early dynamic ports', aliases: ['dynamic port', 'ephemeral port', 'messenger spam'],
    summary: 'The next ports of the old dynamic range that begins at 1024: client ports on older systems. Windows 2000/XP also started its dynamically assigned RPC services from 1025.',
    probing: 'Often just replies to your own connections. Floods of UDP to 1026 and 1027 in the early 2000s were spam aimed at the Windows Messenger pop-up service.',
    advice: OLD_DYNAMIC_ADVICE,
    risk: 'info', category: 'reply', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-1080', ports: [1080, 1080], protocols: ['tcp'], role: 'destination', service: 'SOCKS proxy', aliases: ['socks', 'socks4', 'socks5', 'wingate', 'proxy'],
    summary: 'SOCKS relays connections so that many machines can share one outside address.',
    probing: 'A search for SOCKS servers open to outsiders (old WinGate setups were notorious), letting attackers reach inside or bounce through so their traffic appears to come from you. IRC servers run the same check on users who join, to stop anonymous abuse.',
    advice: 'Bind any SOCKS server to the LAN and require authentication. A check from the IRC server you just joined is harmless; one from anywhere else is a proxy hunt.',
    risk: 'medium', category: 'proxy', table: 'faq', references: [FAQ, FAQ_IRC],
  },
  {
    id: 'faq-1114', ports: [1114, 1114], protocols: ['tcp'], role: 'destination', service: 'Mini SQL (sscan)', aliases: ['msql', 'mini sql', 'sscan'],
    summary: 'The Mini SQL (mSQL) database port.',
    probing: 'Rarely probed alone: it is part of the fixed port list of the sscan scanning script.',
    advice: 'Seen together with other sscan ports, treat it as one scan. Databases should never face the Internet.',
    risk: 'low', category: 'scan-signature', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-1243', ports: [1243, 1243], protocols: ['tcp'], role: 'destination', service: 'SubSeven', aliases: ['sub7', 'subseven', 'sub-7'],
    summary: 'Listening port of early SubSeven releases, the remote-control trojan for Windows.',
    probing: 'A sweep for PCs already running SubSeven, which the scanner could then take over.',
    advice: TROJAN_CHECK,
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-1524', ports: [1524, 1524], protocols: ['tcp'], role: 'destination', service: 'ingreslock backdoor', aliases: ['ingreslock', 'ingres', 'backdoor shell'],
    summary: 'Registered for the Ingres database lock manager, but notorious because many exploit scripts (against Solaris sendmail, statd, ttdbserverd and cmsd) left a root shell listening here.',
    probing: 'Checking whether an earlier break-in left its shell behind. If such attempts appear as soon as you install a firewall, someone may be returning to a machine already broken into.',
    advice: 'From a safe host, connect to your machines on 1524 (`nc host 1524`). A shell prompt means the machine is compromised and must be rebuilt.',
    risk: 'medium', category: 'trojan', table: 'faq', references: [FAQ, IN_99_04],
  },
  {
    id: 'faq-2049', ports: [2049, 2049], role: 'destination', service: 'NFS', aliases: ['nfs', 'network file system', 'nfsd'],
    summary: 'NFS file sharing. Clients are supposed to look its port up through the portmapper, but nearly every server uses 2049.',
    probing: 'Attackers skip the portmapper, which may be filtered, and go straight to 2049 to mount exported file systems.',
    advice: 'Never expose NFS to the Internet; export only to named hosts and review the list with `showmount -e`.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-3128', ports: [3128, 3128], protocols: ['tcp'], role: 'destination', service: 'Squid HTTP proxy', aliases: ['squid', 'http proxy', 'proxy', 'open proxy'],
    summary: 'Default port of the Squid web proxy. Scans here usually come together with 8000, 8001, 8080 and 8888.',
    probing: PROXY_PROBING,
    advice: 'Let Squid serve only your own networks (`http_access` rules) and never leave `http_access allow all` in place. ' + PROXY_ADVICE,
    risk: 'medium', category: 'proxy', table: 'faq', references: [FAQ, FAQ_IRC],
  },
  {
    id: 'faq-5632', ports: [5632, 5632], role: 'destination', service: 'pcAnywhere', aliases: ['pcanywhere', 'symantec pcanywhere'],
    summary: 'Symantec pcAnywhere remote control. A pcAnywhere client searches its local /24 for hosts to control, so a shared segment can carry many of these.',
    probing: 'Either a legitimate client looking around its neighbourhood or an attacker hunting unprotected remote-control hosts; the source address tells you which. Attack scans often pair it with UDP to port 22, explained in its own entry.',
    advice: 'pcAnywhere was discontinued after serious security problems; uninstall it and use a VPN-protected remote-access tool instead.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-6776', ports: [6776, 6776], protocols: ['tcp'], role: 'destination', service: 'SubSeven leftover', aliases: ['sub7', 'subseven', 'sub7 artifact'],
    summary: 'SubSeven opened separate connections for its features, and 6776 carried data apart from the main control port.',
    probing: 'Often not a probe at all. A SubSeven controller whose victim went offline keeps retrying the victim\'s side channels, this one above all; if that dial-up or dynamic address has since been handed to you, the retries land on you.',
    advice: 'If nothing on your machine listens on 6776, ignore it; it fades once the controller gives up.',
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ, FAQ_DIALUP],
  },
  {
    id: 'faq-6970-7170-realaudio', ports: [6970, 7170], protocols: ['udp'], role: 'destination', service: 'RealAudio stream', aliases: ['realaudio', 'realplayer', 'real audio', 'pna'],
    summary: 'RealAudio/RealPlayer clients received their audio streams on UDP ports in this range, after setting the stream up over a TCP control connection to port 7070.',
    probing: 'Not probing: it is a media server streaming to a player here, or to whoever used your IP address before you.',
    advice: 'Harmless. Modern streaming runs over HTTPS, so this is rare today; if it persists and nobody here listens, drop it.',
    risk: 'info', category: 'game-chat', table: 'faq', references: [FAQ, FAQ_DIALUP],
  },
  {
    id: 'faq-7070-realaudio', ports: [7070, 7070], protocols: ['tcp'], role: 'destination', service: 'RealAudio control', aliases: ['realaudio', 'realplayer', 'realserver'],
    summary: 'TCP 7070 is where a RealAudio player opened its control connection to the server to arrange the UDP audio stream (6970-7170).',
    probing: 'Outgoing connections to 7070 are a player; incoming ones are someone looking for a RealServer.',
    advice: 'Harmless in either direction unless you run a streaming server you did not intend to expose.',
    risk: 'info', category: 'game-chat', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-17027', ports: [17027, 17027], protocols: ['tcp'], role: 'destination', service: 'Conducent adbot', aliases: ['conducent', 'adbot', 'timesink', 'adware'],
    summary: 'Outgoing connections to 17027 come from the Conducent "adbot", an advertising component bundled with some shareware (PKWare products among them), fetching ads to display.',
    probing: 'Not a probe: a machine inside your own network is calling out.',
    advice: 'Find and remove the adware. Block the port outbound rather than the ad servers\' addresses, since some adbots reacted to blocked addresses by retrying many times a second.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-27374', ports: [27374, 27374], protocols: ['tcp'], role: 'destination', service: 'SubSeven 2.x', aliases: ['sub7', 'subseven', 'sub-7'],
    summary: 'Default listening port of SubSeven 2.x, the most widespread Windows remote-access trojan around 2000.',
    probing: 'An automated search for PCs already infected with SubSeven.',
    advice: TROJAN_CHECK,
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-30100', ports: [30100, 30100], protocols: ['tcp'], role: 'destination', service: 'NetSphere', aliases: ['netsphere'],
    summary: 'Default port of the NetSphere remote-access trojan.',
    probing: 'A common scan for machines already carrying NetSphere.',
    advice: TROJAN_CHECK,
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-31337', ports: [31337, 31337], role: 'destination', service: 'Back Orifice / "elite"', aliases: ['back orifice', 'elite', 'eleet', 'bo'],
    summary: 'Read 3 as E, 1 as L and 7 as T and the number spells "eleet" (elite), which made it the default of many backdoors, Back Orifice above all. Around 1999 no port drew more scans; newer trojans have since taken over.',
    probing: 'Looking for Back Orifice or some other backdoor; today it is mostly a fixed entry in scanner port lists.',
    advice: TROJAN_CHECK,
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-31789-31790', ports: [31789, 31790], protocols: ['udp'], role: 'any', service: "Hack'a'Tack", aliases: ["hack'a'tack", 'hackatack', 'hack-a-tack'],
    summary: "The Hack'a'Tack trojan used UDP 31789 for control and 31790 for file transfer, and its built-in scanner sends UDP between these two ports.",
    probing: 'An infected machine scanning for more victims, or its owner looking for them. UDP with 31789 and 31790 at the two ends is a strong sign that the sender is infected.',
    advice: 'Ignore it if nothing listens here; if such packets leave your own network, the sending machine needs cleaning.',
    risk: 'low', category: 'trojan', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-32770-32900-solaris-rpc', ports: [32770, 32900], role: 'destination', service: 'Solaris RPC services', aliases: ['solaris rpc', 'sun rpc', 'rpc', 'portmapper'],
    summary: 'Sun Solaris assigns the bulk of its RPC programs to ports here (Sun starts RPC ports at 32768), and Solaris before 2.5.1 even ran a second portmapper here.',
    probing: 'Reaching the portmapper or RPC services such as statd, cmsd or ttdbserverd even when the firewall blocks port 111 and the other low ports.',
    advice: 'Block the high RPC range from outside, not just 111. Linux client ports also start at 32768, so a single hit may simply be a reply.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-33434-33600-traceroute', ports: [33434, 33600], protocols: ['udp'], role: 'destination', service: 'traceroute', aliases: ['traceroute', 'mtr', 'tracert'],
    summary: 'Unix traceroute sends UDP probes from 33434 upward with rising TTLs, so each router on the way answers with ICMP time-exceeded and the target with port-unreachable.',
    probing: 'Someone mapping the network path to you. A run of UDP packets that stays inside this range is almost always traceroute.',
    advice: 'Harmless. Either let ICMP port-unreachable go out so the trace completes, or drop the probes quietly.',
    risk: 'info', category: 'scan-signature', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-41508', ports: [41508, 41508], protocols: ['udp'], role: 'destination', service: 'Inoculan', aliases: ['inoculan', 'arcserve', 'antivirus'],
    summary: 'Old releases of the Inoculan antivirus located each other by sending large volumes of UDP to whole subnets on 41508.',
    probing: 'Not an attack: antivirus installations looking for their peers.',
    advice: 'Drop it at the edge. If it comes from inside, update or reconfigure the product.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ],
  },
  // §1.11 and the 3128 entry of §1.1: web proxies hunted on the usual alternate HTTP ports.
  {
    id: 'faq-proxy-8000-8001', ports: [8000, 8001], protocols: ['tcp'], role: 'destination', service: 'HTTP proxy (alternate)', aliases: ['proxy', 'http proxy', 'open proxy'],
    summary: 'Ports 8000 and 8001 often carry web proxies as well as alternate web servers, so they are on every proxy hunter\'s list.',
    probing: PROXY_PROBING,
    advice: PROXY_ADVICE,
    risk: 'medium', category: 'proxy', table: 'faq', references: [FAQ, FAQ_IRC],
  },
  {
    id: 'faq-proxy-8080', ports: [8080, 8080], protocols: ['tcp'], role: 'destination', service: 'HTTP proxy (8080)', aliases: ['proxy', 'http proxy', 'open proxy', 'http-alt'],
    summary: '8080 is the most common port for HTTP proxies and for web servers moved away from 80.',
    probing: PROXY_PROBING,
    advice: PROXY_ADVICE,
    risk: 'medium', category: 'proxy', table: 'faq', references: [FAQ, FAQ_IRC],
  },
  {
    id: 'faq-proxy-8888', ports: [8888, 8888], protocols: ['tcp'], role: 'destination', service: 'HTTP proxy (8888)', aliases: ['proxy', 'http proxy', 'open proxy'],
    summary: '8888 is another popular home for HTTP proxies and alternate web servers.',
    probing: PROXY_PROBING,
    advice: PROXY_ADVICE,
    risk: 'medium', category: 'proxy', table: 'faq', references: [FAQ, FAQ_IRC],
  },
];
