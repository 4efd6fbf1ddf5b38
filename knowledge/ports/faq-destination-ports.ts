// Destination ports from the Firewall Forensics FAQ §1.1 (ports 0-600), plus the §1.13 advice for
// ports nobody recognises. Facts from the FAQ, every sentence our own. Ports 635 and up, and the
// proxy ports of §1.11, live in faq-destination-ports-high.ts; both lists are exported together here.
import type { PortFact, Reference } from '../types';
import { FAQ_DESTINATION_PORTS_HIGH } from './faq-destination-ports-high';

const FAQ: Reference = { label: 'Firewall Forensics FAQ §1.1' };
const FAQ_DNS_NAT: Reference = { label: 'Firewall Forensics FAQ §1.9' };
const CA_96_01: Reference = { label: 'CERT CA-96.01 (UDP port denial-of-service)' };
const CA_95_15: Reference = { label: 'CERT CA-95.15 (SGI lp vulnerability)' };
const IN_99_04: Reference = { label: 'CERT IN-99-04 (attacks using RPC services)' };

/** Shown when no curated fact and no IANA story explain a port (FAQ §1.13, reworded and updated). */
export const UNKNOWN_PORT_ADVICE =
  'Nobody has a story for this port, so find out what the sender wants: on a spare machine, listen on it for a while (`nc -l -p PORT`, or `ncat -lk PORT` to keep accepting) and read the first bytes each client sends, since many protocols introduce themselves and HTTP reveals the most. Run `netstat -an` (Windows) or `ss -tulpn` (Linux) to check whether a program on your own host is listening there. Also look at the source port of the same packets: if it is a well-known service, this port is just the client side of a reply, and if the hits began right after your IP address changed they may be meant for its previous owner.';

export const FAQ_DESTINATION_PORTS_LOW: readonly PortFact[] = [
  {
    id: 'faq-0', ports: [0, 0], role: 'destination', service: 'Port 0 (reserved)', aliases: ['port 0', 'port zero', 'os fingerprinting'],
    summary: 'Port 0 is reserved: no real service can listen on it, so ordinary software never sends traffic there. Packets aimed at it are built by hand or by scanning tools.',
    probing: 'Operating-system fingerprinting. Stacks differ in how they answer a packet to this invalid port compared with an ordinary closed one; some variants send bare ACK packets or use link-layer broadcast.',
    advice: 'Drop it. If your log shows many port-0 entries, first check whether the firewall records IP fragments (which carry no port header) as port 0 before calling it a scan.',
    risk: 'low', category: 'scan-signature', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-1', ports: [1, 1], protocols: ['tcp'], role: 'destination', service: 'TCPMUX', aliases: ['tcpmux', 'irix', 'sgi'],
    summary: 'TCPMUX (RFC 1078) lets a client name the service it wants on a single port. Hardly anyone implemented it apart from SGI IRIX, which enabled it out of the box.',
    probing: 'A hunt for SGI IRIX hosts. IRIX shipped with accounts that had no password (lp, guest, demos, tutor, 4Dgifts, OutOfBox and more) and admins often left them open, so an answer on port 1 tells the attacker which logins to try next.',
    advice: 'Nothing to do unless you still run IRIX; today port 1 is mostly the first stop of full-range scans. Make sure legacy hosts have no password-less accounts.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ, CA_95_15, { label: 'RFC 1078' }],
  },
  {
    id: 'faq-7', ports: [7, 7], role: 'destination', service: 'Echo', aliases: ['echo', 'fraggle', 'echo loop'],
    summary: 'The echo service (RFC 862) returns whatever it receives. It was a network test aid and is switched off on current systems.',
    probing: 'Reflectors: UDP echo sent to .0 and .255 addresses looks for fraggle amplifiers, and one forged packet between two echo (or echo and chargen) hosts makes them bounce traffic forever. Some hits were benign, such as DoubleClick timing TCP connects to DNS servers, or Squid/Harvest caches with source_ping answering from UDP 3130.',
    advice: 'Keep echo disabled and blocked at the edge, and make routers refuse directed broadcasts. A steady trickle from a single cache or CDN is measurement rather than attack.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ, CA_96_01, { label: 'RFC 862' }],
  },
  {
    id: 'faq-11', ports: [11, 11], role: 'destination', service: 'systat', aliases: ['systat', 'sysstat', 'active users'],
    summary: 'An old Unix service that prints the running processes or logged-in users, roughly the output of `ps` or `who`, to anyone who connects.',
    probing: 'Reconnaissance: user names show which accounts to attack, and the process list shows which vulnerable programs are running.',
    advice: 'Make sure inetd/xinetd does not offer it. A log line saying "ICMP port 11" is really ICMP type 11 (time exceeded), often caused by traceroute, not this service.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-19', ports: [19, 19], role: 'destination', service: 'Chargen', aliases: ['chargen', 'character generator', 'fraggle'],
    summary: 'Character generator (RFC 864): over TCP it streams text until the client hangs up; over UDP it answers each datagram with a packet of filler characters.',
    probing: 'Denial-of-service reflectors. Spoofed UDP between two chargen hosts, or chargen and echo, loops without end; fraggle aims it at broadcast addresses with the victim as forged sender; UDP chargen is still used in amplified DDoS today.',
    advice: 'Disable it everywhere and block UDP 19 inbound. If one of your hosts answers on 19, it may already be serving as someone\'s reflector.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ, CA_96_01, { label: 'RFC 864' }],
  },
  {
    id: 'faq-21', ports: [21, 21], protocols: ['tcp'], role: 'destination', service: 'FTP', aliases: ['ftp', 'file transfer', 'anonymous ftp'],
    summary: 'The FTP control channel: logins and commands for file transfers (the files themselves travel over separate data connections).',
    probing: 'Mostly a search for anonymous FTP servers with a directory anyone can write to, used as free storage for pirated software and other illicit files; also password guessing and exploits for old FTP daemons.',
    advice: 'If you run FTP, turn off anonymous upload (or anonymous access altogether) and prefer SFTP or FTPS. If you do not, keep 21 closed and treat the hits as routine.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-22', ports: [22, 22], protocols: ['tcp'], role: 'destination', service: 'SSH', aliases: ['ssh', 'secure shell', 'sftp', 'scp', 'openssh'],
    summary: 'Secure Shell: encrypted remote login, remote commands and file copy (scp, sftp).',
    probing: 'Password and key guessing by botnets makes up nearly all of it today; around 2000 the target was ssh builds linked with the buggy RSAREF library. A few scans were innocent, e.g. the make-ssh-known-hosts tool walking a domain for ssh servers.',
    advice: 'Allow key-based logins only, forbid root password logins, keep OpenSSH patched, and rate-limit (fail2ban, sshguard) or restrict source addresses. Moving SSH to another port reduces log noise but protects nothing.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-22-udp-pcanywhere', ports: [22, 22], protocols: ['udp'], role: 'destination', service: 'pcAnywhere scan (UDP 22)', aliases: ['pcanywhere', 'udp 22'],
    summary: 'SSH runs over TCP, so UDP packets to 22 are something else: pcAnywhere scanners send them alongside probes of port 5632. In hex 5632 is 0x1600; swap its two bytes and you get 0x0016, which is 22, so this is most likely a byte-order slip in the scanner.',
    probing: 'Someone sweeping for pcAnywhere remote-control hosts (see 5632).',
    advice: 'Treat it as part of a pcAnywhere sweep and drop it; nothing normally listens on UDP 22.',
    risk: 'low', category: 'scan-signature', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-23', ports: [23, 23], protocols: ['tcp'], role: 'destination', service: 'Telnet', aliases: ['telnet', 'remote login', 'mirai'],
    summary: 'Telnet: unencrypted remote terminal login, still present on many routers, cameras and other embedded devices.',
    probing: 'The login banner often names the operating system, so it doubles as a quick fingerprint, and passwords stolen elsewhere get retried here. Since 2016 most of it comes from Mirai-style IoT botnets trying factory-default credentials.',
    advice: 'Never expose telnet to the Internet; use SSH. If a device of yours answers on 23, change its default password, update its firmware and switch the service off.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-25', ports: [25, 25], protocols: ['tcp'], role: 'destination', service: 'SMTP', aliases: ['smtp', 'mail', 'sendmail', 'open relay', 'email'],
    summary: 'SMTP: the protocol mail servers use to pass messages to each other.',
    probing: 'Spammers look for open relays that will fan one message out to many recipients, hiding the real sender behind your server. Because mail servers must accept complex input from everyone, they were a favourite way in (Sendmail above all); password guessing against SMTP AUTH is common today.',
    advice: 'If you run a mail server, relay only for your own or authenticated users, keep it patched and watch for AUTH brute force. A home connection has no reason to accept port 25.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-53', ports: [53, 53], role: 'destination', service: 'DNS', aliases: ['dns', 'domain', 'zone transfer', 'axfr', 'resolver'],
    summary: 'DNS: name lookups, normally over UDP, with TCP for large answers and zone transfers.',
    probing: 'Zone transfers over TCP to list all your host names, forged UDP answers to poison a cache, or tunnels hiding other traffic, since port 53 is often allowed through and not logged. Open resolvers are also hunted as DDoS amplifiers.',
    advice: 'Answer recursive queries only for your own clients, allow AXFR only to your secondary servers, and log DNS like any other traffic. For packets whose source port is 53, see the source-port entry.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-dns-low-source-nat', ports: [53, 53], protocols: ['udp'], role: 'destination', service: 'DNS query through NAT', aliases: ['dns from low port', 'low source port', 'nat'],
    summary: 'DNS queries to port 53 that come from a source port below 1024 are nearly always from machines behind a NAT, which may map clients onto any port, reserved ones included.',
    probing: 'Usually nothing; these are ordinary lookups from behind NAT. Attackers can pick any source port they like, so a low one proves nothing either way.',
    advice: 'Do not drop packets merely because their source port is below 1024; that rule breaks such lookups and stops nobody. Control DNS instead by sending it through your own resolver.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ_DNS_NAT],
  },
  {
    id: 'faq-67', ports: [67, 67], protocols: ['udp'], role: 'destination', service: 'DHCP / BOOTP server', aliases: ['dhcp', 'bootp', 'bootps', 'dhcp server'],
    summary: 'Machines without an address broadcast DHCP requests to UDP 67, where DHCP/BOOTP servers listen. On shared cable, DSL or Wi-Fi segments you see your neighbours\' requests all day.',
    probing: 'Usually nothing: these are devices booting up. The danger runs the other way, because anyone on the segment could answer with a rogue lease naming themselves as gateway or DNS server and sit in the middle of the traffic.',
    advice: 'Ignore the broadcasts, or hide them from your logs. On networks you manage, turn on DHCP snooping so only the real server may answer.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ, { label: 'RFC 2131' }],
  },
  {
    id: 'faq-68', ports: [68, 68], protocols: ['udp'], role: 'destination', service: 'DHCP / BOOTP client', aliases: ['dhcp', 'bootpc', 'dhcp client', 'dhcp offer'],
    summary: 'UDP 68 is the client side of DHCP/BOOTP: servers send their offers and acknowledgements here, often by broadcast because the client has no address yet.',
    probing: 'Normally just the DHCP server of your ISP or LAN. Offers from an unknown machine point to a rogue DHCP server trying to become your gateway.',
    advice: 'Allow replies from your real DHCP server and investigate any other host handing out leases.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ, { label: 'RFC 2131' }],
  },
  {
    id: 'faq-69', ports: [69, 69], protocols: ['udp'], role: 'destination', service: 'TFTP', aliases: ['tftp', 'trivial file transfer', 'pxe'],
    summary: 'Trivial File Transfer Protocol over UDP: no login at all. It network-boots machines (with BOOTP/PXE) and loads configurations and firmware onto routers, switches and IP phones.',
    probing: 'A badly set up TFTP server hands out any file it can read, such as password files or device configs full of credentials, and may even accept uploads.',
    advice: 'Never expose TFTP to the Internet. Limit it to the boot or management network and confine it to one directory (for example `in.tftpd -s /srv/tftp`).',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-79', ports: [79, 79], protocols: ['tcp'], role: 'destination', service: 'Finger', aliases: ['finger', 'fingerd'],
    summary: 'Finger tells remote users about the accounts on a host: login names, real names, last login and who is on right now.',
    probing: 'Collecting user names for password guessing, seeing who is active, and historically exploiting fingerd bugs (the 1988 Morris worm) or bouncing queries through one host to another.',
    advice: 'Switch finger off; publishing account details serves no purpose today.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-98', ports: [98, 98], protocols: ['tcp'], role: 'destination', service: 'linuxconf web admin', aliases: ['linuxconf'],
    summary: 'TCP 98 is where linuxconf, a Linux configuration tool of the late 1990s, served its browser front end from a small HTTP server compiled into the program.',
    probing: 'A tool with a long list of flaws: an overlong LANG value overflowed a buffer, some packages installed it setuid root, it created temporary files under /tmp that other users could read and write, it trusted any host on the LAN, and its home-grown web server had the classic path-traversal and overflow bugs.',
    advice: 'linuxconf is long dead; make sure nothing answers on 98. Any web admin panel belongs on a management network or behind a VPN.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-109', ports: [109, 109], protocols: ['tcp'], role: 'destination', service: 'POP2', aliases: ['pop2', 'pop-2'],
    summary: 'POP2, the predecessor of POP3 for fetching mail. Some servers kept offering it next to POP3 for old clients.',
    probing: 'Bugs in a mail daemon reachable via POP3 can often be triggered through its POP2 port as well.',
    advice: 'Disable POP2; no current client needs it.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-110', ports: [110, 110], protocols: ['tcp'], role: 'destination', service: 'POP3', aliases: ['pop3', 'pop', 'mail'],
    summary: 'POP3: mail clients downloading their messages from the server.',
    probing: 'Many old POP3 daemons overflowed while reading the user name or password, letting an attacker in before authenticating; today it is mostly password guessing and credential stuffing.',
    advice: 'Offer POP3 only over TLS (port 995) if at all, keep the server patched and limit failed logins.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-111', ports: [111, 111], role: 'destination', service: 'Sun RPC portmapper', aliases: ['sunrpc', 'portmapper', 'rpcbind', 'portmap', 'rpc'],
    summary: 'The Sun RPC portmapper (rpcbind) tells clients which port each RPC program, such as NFS, mountd or statd, is using.',
    probing: 'Listing the registered RPC programs is the first step before attacking one (rpc.mountd, NFS, rpc.statd, cmsd, ttdbserverd, amd). UDP 111 is also abused for DDoS amplification.',
    advice: 'Block 111 from the Internet and run `rpcinfo -p` to see what you expose. A packet capture or IDS shows which RPC program the prober asked for.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-113', ports: [113, 113], protocols: ['tcp'], role: 'destination', service: 'Ident', aliases: ['ident', 'identd', 'auth'],
    summary: 'Ident (RFC 1413) lets a server ask your machine which user owns a TCP connection. IRC servers, and in the past many mail, FTP and news servers, call back on 113 when you connect to them.',
    probing: 'Usually not hostile: it is a server you just contacted asking who you are. An open identd does reveal which account runs a service, which helps attackers.',
    advice: 'Reject it with a TCP reset instead of silently dropping it, or those servers wait for a timeout and your connections feel slow. Run identd only if an IRC network insists.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ, { label: 'RFC 1413' }],
  },
  {
    id: 'faq-119', ports: [119, 119], protocols: ['tcp'], role: 'destination', service: 'NNTP (Usenet)', aliases: ['nntp', 'usenet', 'news'],
    summary: 'NNTP carries Usenet news (news:// links) between newsreaders and servers.',
    probing: 'A hunt for open news servers that let anyone read and post, used to reach groups an ISP blocks, to post anonymously or to spam. Some ISPs scanned their own customers to close such servers before abusers found them.',
    advice: 'If you run a news server, require authentication; otherwise this is background scanning.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-135', ports: [135, 135], role: 'destination', service: 'MS RPC endpoint mapper', aliases: ['epmap', 'loc-srv', 'loc-serv', 'msrpc', 'dcom', 'dce rpc', 'blaster'],
    summary: 'The Windows DCE RPC endpoint mapper: DCOM and RPC services register with it, and clients ask it which port a service is on. It is the Windows counterpart of Unix port 111.',
    probing: 'Service enumeration (tools like epdump reveal, for example, whether and which Exchange version runs) and direct attacks on the mapper itself. In 2003 the Blaster worm spread through a DCOM RPC flaw on this port.',
    advice: 'Never expose 135 to the Internet; outside hits are worm and scanner noise. Inside a Windows LAN, traffic to 135 is normal management.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ, { label: 'MS03-026' }],
  },
  {
    id: 'faq-137', ports: [137, 137], protocols: ['udp'], role: 'destination', service: 'NetBIOS name service', aliases: ['netbios', 'netbios-ns', 'nbns', 'nbstat', 'wins'],
    summary: 'NetBIOS name service over UDP: Windows machines looking up and announcing names. It fills many firewall logs and is nearly always harmless.',
    probing: 'Mostly Windows hosts doing routine lookups, such as a node-status query when they see your address. The same query also lets a snooper read your machine name, workgroup and logged-in user.',
    advice: 'Block NetBIOS (137-139) and SMB (445) at the Internet edge and let the hits go.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ, { label: 'Firewall Forensics FAQ §10' }],
  },
  {
    id: 'faq-139', ports: [139, 139], protocols: ['tcp'], role: 'destination', service: 'NetBIOS session / SMB', aliases: ['netbios', 'netbios-ssn', 'smb', 'samba', 'file sharing', 'cifs'],
    summary: 'NetBIOS session service: Windows File and Print Sharing (SMB) and Samba.',
    probing: 'Open shares: disks shared with no or a weak password were among the commonest holes on the Internet, and script worms (VBS) copied themselves onto writable shares. Today SMB worms and ransomware scan 139 together with 445.',
    advice: 'Never expose 139 or 445 to the Internet. Disable SMBv1 and put a password on every share.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-143', ports: [143, 143], protocols: ['tcp'], role: 'destination', service: 'IMAP', aliases: ['imap', 'imap4', 'imap2', 'admw0rm'],
    summary: 'IMAP: mail clients reading mail that stays on the server.',
    probing: 'Many IMAP servers once overflowed during login. Exploits took off after Red Hat switched IMAP on by default, and the Linux worm admw0rm spread this way, so much of the scanning came from machines already infected. Packets from source port 0 to 143 were a known attack-script signature; today it is mainly password guessing.',
    advice: 'Serve IMAP over TLS (port 993), keep it patched and limit failed logins.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-161', ports: [161, 161], protocols: ['udp'], role: 'destination', service: 'SNMP', aliases: ['snmp', 'community string', 'public'],
    summary: 'SNMP reads and changes the settings and counters of routers, printers and other managed devices.',
    probing: 'Trying the default community strings "public" and "private", then brute force, to read or rewrite a device configuration. Some stray SNMP is just misconfigured software (HP JetDirect printer tools, old Windows 98 broadcasting lookups on cable/DSL segments); open SNMP is also a DDoS amplifier.',
    advice: 'Keep SNMP off the Internet, replace default community strings and prefer SNMPv3 with authentication.',
    risk: 'medium', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-162', ports: [162, 162], protocols: ['udp'], role: 'destination', service: 'SNMP trap', aliases: ['snmp trap', 'snmptrap', 'trap'],
    summary: 'SNMP traps are alerts that devices push to a management station.',
    probing: 'Rarely an attack: most likely some device has your address set as its trap receiver by mistake.',
    advice: 'Drop them; if they keep coming from one device, tell its owner.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-177', ports: [177, 177], protocols: ['udp'], role: 'destination', service: 'XDMCP', aliases: ['xdmcp', 'x11', 'x display manager'],
    summary: 'XDMCP lets a remote X terminal ask a Unix host for a graphical login screen.',
    probing: 'Getting a login screen or even an open X console. To succeed the attacker also needs the X server ports (6000 and up) to be reachable.',
    advice: 'Disable XDMCP and block 177/udp and 6000-6063 from outside; tunnel X over SSH if you need it.',
    risk: 'low', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-513-rwho', ports: [513, 513], protocols: ['udp'], role: 'destination', service: 'rwho', aliases: ['rwho', 'rwhod', 'who'],
    summary: 'UDP 513 is rwho: Unix rwhod daemons broadcasting who is logged in, and how busy the machine is, to their local segment. (TCP 513 is rlogin.)',
    probing: 'Usually nobody is probing you; neighbours on your cable or DSL segment are broadcasting, and in doing so leak user names and host details.',
    advice: 'Ignore incoming broadcasts and turn rwhod off on your own Unix hosts.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-535-corba', ports: [535, 535], protocols: ['udp'], role: 'destination', service: 'CORBA IIOP', aliases: ['corba', 'iiop'],
    summary: 'CORBA IIOP, an object-oriented RPC system. UDP broadcasts to 535 on a cable-modem or DSL segment come from neighbours whose software is set up to announce itself.',
    probing: 'Normally not a probe. The broadcasting machines reveal details about themselves that could help someone attack them.',
    advice: 'Drop and ignore. If your own software sends them, keep it on the LAN.',
    risk: 'info', category: 'service', table: 'faq', references: [FAQ],
  },
  {
    id: 'faq-600', ports: [600, 600], protocols: ['tcp'], role: 'destination', service: 'pcserver backdoor', aliases: ['pcserver', 'backdoor shell'],
    summary: 'Another place where exploit scripts leave a root shell listening: a copy of the ingreslock (1524) backdoor with only the port name changed.',
    probing: 'Checking whether an earlier break-in left a shell waiting on this port.',
    advice: 'From a safe machine, connect to your hosts on 600 (`nc host 600`). A shell prompt means the host is compromised and should be rebuilt.',
    risk: 'medium', category: 'trojan', table: 'faq', references: [FAQ, IN_99_04],
  },
];

/** Every destination port from FAQ §1.1, plus the proxy probes of §1.11. */
export const FAQ_DESTINATION_PORTS: readonly PortFact[] = [...FAQ_DESTINATION_PORTS_LOW, ...FAQ_DESTINATION_PORTS_HIGH];
