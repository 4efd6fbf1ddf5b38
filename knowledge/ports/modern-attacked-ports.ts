// Ports that are attacked today, each backed by CVE ids, US-CERT/CISA alerts or named vendor reports.
// Rows for ports below 3000 live here (with their companion ports such as 139, 4500, 2376, 8883);
// the rest are in modern-attacked-ports-high.ts. MODERN_ATTACKED_PORTS combines both.
// Written in our own words; re-check CVE ids against NVD and the CISA KEV catalog before release.
import type { PortFact, Reference } from '../types';
import { MODERN_ATTACKED_PORTS_HIGH } from './modern-attacked-ports-high';

const cve = (id: string): Reference => ({ label: id, url: `https://nvd.nist.gov/vuln/detail/${id}` });
const ref = (label: string): Reference => ({ label });

const TA14_017A = ref('US-CERT TA14-017A');

const MODERN_ATTACKED_PORTS_LOW: readonly PortFact[] = [
  {
    id: 'modern-19',
    ports: [19, 19],
    protocols: ['udp'],
    service: 'CharGEN',
    aliases: ['chargen', 'character generator'],
    summary:
      'Character Generator, an ancient test service that replies to any datagram with a stream of text. Almost nothing legitimate uses it now; inbound hits are scanners cataloguing reflectors.',
    probing:
      'Looking for hosts that still answer, to use them in spoofed-source reflection floods (one small request returns roughly 360 times as many bytes).',
    advice: 'Turn off CharGEN and the other "simple TCP/IP services" everywhere, and drop UDP 19 at the edge.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A],
  },
  {
    id: 'modern-21',
    ports: [21, 21],
    protocols: ['tcp'],
    service: 'FTP',
    aliases: ['ftp', 'vsftpd', 'proftpd'],
    summary:
      'File Transfer Protocol control channel. Hits are mostly bots guessing passwords and testing anonymous login on NAS boxes and old servers; FTP sends logins unencrypted.',
    probing:
      'Valid credentials or writable anonymous areas, plus two exploit-kit staples: the vsftpd 2.3.4 release that shipped with a backdoor, and ProFTPD mod_copy, which copies files without logging in.',
    advice:
      'Replace FTP with SFTP or HTTPS; if it must stay, disable anonymous access, limit source addresses, and run ProFTPD 1.3.5a or later (or drop mod_copy).',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2011-2523'), cve('CVE-2015-3306')],
  },
  {
    id: 'modern-22',
    ports: [22, 22],
    protocols: ['tcp'],
    service: 'SSH',
    aliases: ['ssh', 'openssh', 'sftp', 'regresshion'],
    summary:
      'Secure Shell, the remote login service. It is the most brute-forced port on the Internet: a steady stream of failed logins from many addresses is background noise.',
    probing:
      'Weak passwords, after which the bot adds its own SSH key and installs a crypto-miner; also the pre-auth remote-code bugs in OpenSSH ("regreSSHion", 2024) and in the Erlang/OTP SSH server built into embedded gear (2025).',
    advice:
      'Use key-only logins (PasswordAuthentication no), keep OpenSSH at 9.8p1 or later, patch Erlang/OTP SSH, and allow the port only from known networks or a VPN where possible.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2024-6387'), cve('CVE-2025-32433')],
  },
  {
    id: 'modern-23',
    ports: [23, 23],
    protocols: ['tcp'],
    service: 'Telnet',
    aliases: ['telnet', 'mirai'],
    summary:
      'Unencrypted remote login. Inbound hits are Mirai-style bots cycling through a few dozen factory username/password pairs for cameras, DVRs and routers.',
    probing: 'An IoT device still using its default login, to enlist it in a DDoS botnet.',
    advice:
      'Nothing should answer Telnet from the Internet. If one of your devices does, disable Telnet, change its password and update the firmware; replace it if it cannot be fixed.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('US-CERT TA16-288A')],
  },
  {
    id: 'modern-25',
    ports: [25, 25],
    protocols: ['tcp'],
    service: 'SMTP',
    aliases: ['smtp', 'mail', 'exim', 'postfix'],
    summary:
      'Mail transfer between servers. Mail servers must accept it, but other hosts see open-relay tests, AUTH password guessing and mail-server exploits.',
    probing:
      'A relay for spam, stolen mailbox logins, or remote code execution such as the Exim bug (4.87 to 4.91) that Russia\'s "Sandworm" unit exploited at scale.',
    advice:
      'Only mail servers should listen here. Refuse relaying for unauthenticated senders, move user submission to 587/465 with rate limits, and keep Exim at 4.92 or later.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-10149'), ref('NSA advisory on Exim (May 2020)')],
  },
  {
    id: 'modern-53',
    ports: [53, 53],
    protocols: ['tcp', 'udp'],
    service: 'DNS',
    aliases: ['dns', 'domain', 'resolver', 'sigred'],
    summary:
      'Domain Name System. Unsolicited queries to a host that is not a public DNS server usually come from scanners checking whether it resolves names for anyone.',
    probing:
      'Open recursive resolvers to use in reflection attacks (answers can be around 50 times the query size), and on Windows DNS servers the wormable "SIGRed" bug.',
    advice:
      'Answer recursive queries only for your own networks, rate-limit responses on authoritative servers, and patch Windows DNS Server (July 2020 updates or later).',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('US-CERT TA13-088A'), TA14_017A, cve('CVE-2020-1350')],
  },
  {
    id: 'modern-69',
    ports: [69, 69],
    protocols: ['udp'],
    service: 'TFTP',
    aliases: ['tftp', 'trivial file transfer'],
    summary:
      'Trivial FTP, a login-free file transfer used for network booting and device provisioning. Worms and IoT malware fetch their payload with it; Blaster did in 2003.',
    probing:
      'Readable configuration files of routers and VoIP phones (often with passwords inside), or a server to bounce reflected traffic off.',
    advice: 'Never expose TFTP to the Internet; keep it on a provisioning VLAN and serve only the files devices need.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2003-0352'), ref('MS03-026'), TA14_017A],
  },
  {
    id: 'modern-80',
    ports: [80, 80],
    protocols: ['tcp'],
    service: 'HTTP',
    aliases: ['http', 'www', 'web'],
    summary:
      'Plain web traffic. Besides ordinary visits, bots spray known exploits at routers, cameras and web apps all day.',
    probing:
      'A vulnerable device or app; payloads often try to run `wget …/x.sh` to install a Mirai variant, for example through the Hikvision camera command injection.',
    advice:
      'Don\'t publish device admin pages to the Internet, patch anything that is published (check the CISA KEV list), and redirect real sites to HTTPS.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2021-36260'), ref('CISA KEV')],
  },
  {
    id: 'modern-81',
    ports: [81, 81],
    protocols: ['tcp'],
    service: 'HTTP-alt (IP cameras)',
    aliases: ['http-alt', 'wificam', 'persirai', 'ip camera'],
    summary:
      'An alternate web port used by the admin pages of cheap "WIFICAM"-type IP cameras. Hits are bots looking for those cameras.',
    probing: 'Cameras whose configuration files leak the login, which the Persirai botnet (2017) used to take them over.',
    advice:
      'Keep cameras off the public Internet (disable UPnP port forwarding on the router) and replace models that no longer get firmware updates.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('Trend Micro "Persirai" (May 2017)'), cve('CVE-2017-8225')],
  },
  {
    id: 'modern-111',
    ports: [111, 111],
    protocols: ['tcp', 'udp'],
    service: 'rpcbind / portmap',
    aliases: ['rpcbind', 'portmap', 'portmapper', 'sunrpc', 'rpc'],
    summary:
      'The Sun RPC directory that tells clients where NFS and other RPC services listen. From the Internet it is almost always reconnaissance.',
    probing: 'A list of RPC and NFS services to attack next, or a UDP reflector for DDoS.',
    advice: 'Block 111 at the edge and stop rpcbind on hosts that do not serve NFS.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A],
  },
  {
    id: 'modern-123',
    ports: [123, 123],
    protocols: ['udp'],
    service: 'NTP',
    aliases: ['ntp', 'ntpd', 'monlist', 'time'],
    summary:
      'Network Time Protocol. Replies from servers you query are normal; unsolicited inbound queries are scanners looking for reflectors.',
    probing:
      'ntpd servers that still answer the old `monlist` query, which lists up to 600 recent clients and amplifies traffic about 550-fold.',
    advice:
      'Run a current ntpd or chrony, set `disable monitor` or `restrict default noquery` on old ntpd, and don\'t offer time service to the Internet unless you mean to.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2013-5211'), ref('US-CERT TA14-013A')],
  },
  {
    id: 'modern-135',
    ports: [135, 135],
    protocols: ['tcp'],
    service: 'MS-RPC endpoint mapper',
    aliases: ['msrpc', 'epmap', 'dcom', 'rpc', 'blaster'],
    summary:
      'The Windows RPC/DCOM endpoint mapper. Blaster broke in here in 2003; now hits are mostly enumeration and attempts at remote management of Windows hosts.',
    probing: 'Which RPC services a Windows host offers, as a step towards lateral movement or remote execution.',
    advice: 'Block 135 from the Internet without exception, and restrict it between internal segments too.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2003-0352'), ref('MS03-026')],
  },
  {
    id: 'modern-137',
    ports: [137, 137],
    protocols: ['udp'],
    service: 'NetBIOS name service',
    aliases: ['netbios', 'netbios-ns', 'nbns', 'nbstat'],
    summary:
      'Windows name lookups on the LAN. A status query from the Internet makes a host reveal its computer name, workgroup and sometimes the logged-in user.',
    probing: 'Host and domain names for reconnaissance, and a small reflection factor for floods.',
    advice: 'Block UDP 137-138 and TCP 139 at the edge; disable NetBIOS over TCP/IP where it is not needed.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A],
  },
  {
    id: 'modern-139',
    ports: [139, 139],
    protocols: ['tcp'],
    service: 'SMB over NetBIOS',
    aliases: ['smb', 'netbios-ssn', 'samba', 'file sharing'],
    summary:
      'The older NetBIOS session transport for Windows file sharing, attacked together with 445. Exposed file sharing is never benign.',
    probing: 'SMB shares, password spraying, and SMB remote-code bugs such as EternalBlue.',
    advice: 'Block 139 and 445 at the perimeter, disable SMBv1, and keep Windows patched.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2017-0144'), ref('MS17-010')],
  },
  {
    id: 'modern-161',
    ports: [161, 161],
    protocols: ['udp'],
    service: 'SNMP',
    aliases: ['snmp', 'community string'],
    summary:
      'Simple Network Management Protocol for reading and changing device settings. Inbound hits try default community strings such as "public" and "private".',
    probing:
      'Interface tables, routes and configs readable with a guessed community string, GetBulk reflection, or device takeover: APT28 implanted Cisco routers through an IOS SNMP bug.',
    advice:
      'Never expose SNMP to the Internet; prefer SNMPv3 with authentication, replace default community strings, and allow queries only from your monitoring hosts.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A, cve('CVE-2017-6742'), ref('NCSC/NSA/CISA/FBI joint advisory (Apr 2023)')],
  },
  {
    id: 'modern-389',
    ports: [389, 389],
    protocols: ['udp'],
    service: 'CLDAP',
    aliases: ['cldap', 'ldap', 'connectionless ldap', 'active directory'],
    summary:
      'Connectionless LDAP, used by Windows clients to find domain controllers. Queries from the Internet are reflector hunting; it has been a major DDoS vector since 2016.',
    probing: 'Domain controllers that answer from the outside, which return 50 to 70 times the request size.',
    advice: 'Block UDP 389 (and LDAP generally) at the edge; domain controllers should never face the Internet.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A],
  },
  {
    id: 'modern-427',
    ports: [427, 427],
    protocols: ['tcp', 'udp'],
    service: 'SLP',
    aliases: ['slp', 'svrloc', 'openslp', 'esxi', 'esxiargs'],
    summary:
      'Service Location Protocol, found on VMware ESXi hosts and printers. Scanners look for it both as a huge reflector and as the way into ESXi.',
    probing:
      'ESXi hosts with the OpenSLP heap overflow that ESXiArgs ransomware mass-exploited in February 2023, or reflectors with up to about 2,200-fold amplification.',
    advice:
      'Block 427 at the edge and disable SLP on ESXi (stop slpd and its firewall rule set); patch ESXi, whose newer releases ship with SLP off.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2023-29552'), cve('CVE-2021-21974')],
  },
  {
    id: 'modern-443',
    ports: [443, 443],
    protocols: ['tcp'],
    service: 'HTTPS',
    aliases: ['https', 'tls', 'ssl vpn', 'vpn'],
    summary:
      'Encrypted web traffic, and mostly just that. It is also where VPN and edge appliances listen, which were the most exploited entry points of the 2020s.',
    probing:
      'Unpatched Fortinet, Pulse/Ivanti, Citrix and Palo Alto gateways: file-read and command-injection bugs that hand over credentials, session tokens or a shell.',
    advice:
      'Patch edge appliances as soon as fixes ship and track the CISA KEV list; hide management interfaces from the Internet and reset credentials after any exposed bug.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [
      cve('CVE-2018-13379'),
      cve('CVE-2019-11510'),
      cve('CVE-2019-19781'),
      cve('CVE-2023-4966'),
      cve('CVE-2024-21887'),
      cve('CVE-2024-3400'),
      ref('CISA AA21-209A'),
    ],
  },
  {
    id: 'modern-443-quic',
    ports: [443, 443],
    protocols: ['udp'],
    service: 'QUIC / HTTP/3',
    aliases: ['quic', 'http3', 'http/3', 'h3'],
    summary:
      'QUIC carries HTTP/3, so UDP 443 is normal browser traffic to big sites such as Google, YouTube and Cloudflare-fronted services.',
    probing: 'Usually nothing: these are replies and connections from ordinary browsing, not an attack.',
    advice: 'No action needed. Blocking UDP 443 just makes browsers fall back to TCP.',
    risk: 'info',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 9000'), ref('RFC 9114')],
  },
  {
    id: 'modern-445',
    ports: [445, 445],
    protocols: ['tcp'],
    service: 'SMB',
    aliases: ['smb', 'microsoft-ds', 'cifs', 'eternalblue', 'wannacry', 'smbghost'],
    summary:
      'Windows file sharing (SMB). Scans never stop: EternalBlue drove WannaCry and NotPetya in 2017, SMBGhost followed in 2020, and password spraying is constant.',
    probing: 'Unpatched SMB servers to run code on, or shares and accounts with weak passwords.',
    advice:
      'Never expose 445 to the Internet; block it (and 139) at the edge, disable SMBv1, and install MS17-010 and the March 2020 SMBv3 fix.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2017-0144'), ref('MS17-010'), ref('US-CERT TA17-132A'), cve('CVE-2020-0796')],
  },
  {
    id: 'modern-500',
    ports: [500, 500],
    protocols: ['udp'],
    service: 'IKE (IPsec VPN)',
    aliases: ['ike', 'isakmp', 'ipsec', 'benigncertain'],
    summary:
      'Key exchange for IPsec VPNs. Hits from the Internet are scanners discovering and fingerprinting VPN gateways.',
    probing:
      'Gateways allowing IKEv1 aggressive mode, which hands out a pre-shared-key hash to crack offline; the leaked "BENIGNCERTAIN" tool read Cisco memory over IKE.',
    advice:
      'Use IKEv2 with certificates, disable aggressive mode, use long random pre-shared keys if any, and keep gateway firmware patched.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2016-6415')],
  },
  {
    id: 'modern-4500',
    ports: [4500, 4500],
    protocols: ['udp'],
    service: 'IPsec NAT traversal',
    aliases: ['ipsec-nat-t', 'nat-t', 'ipsec', 'ike'],
    summary:
      'IPsec traffic wrapped in UDP so it can pass through NAT; real VPN clients use it together with 500. Unsolicited hits are VPN gateway discovery.',
    probing: 'Whether an IPsec gateway exists and which vendor it is, before trying IKE weaknesses.',
    advice: 'Expected on VPN gateways; elsewhere drop it. On gateways follow the IKE hardening for 500/udp.',
    risk: 'low',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2016-6415')],
  },
  {
    id: 'modern-502',
    ports: [502, 502],
    protocols: ['tcp'],
    service: 'Modbus/TCP',
    aliases: ['modbus', 'plc', 'frostygoop', 'pipedream', 'incontroller'],
    summary:
      'Industrial control protocol with no authentication: anyone who can reach it can read and write PLC registers. The FrostyGoop malware used it to cut heating in Lviv in January 2024.',
    probing:
      'Reachable PLCs to list or manipulate, using toolkits such as PIPEDREAM/INCONTROLLER; also research scanners counting exposed devices.',
    advice:
      'Never expose Modbus to the Internet: put controllers behind a firewall or OT gateway, allow only named engineering hosts, and use a VPN for remote access.',
    risk: 'critical',
    category: 'ics',
    table: 'modern',
    references: [ref('CISA AA22-103A'), ref('Dragos FrostyGoop report (Jul 2024)')],
  },
  {
    id: 'modern-623',
    ports: [623, 623],
    protocols: ['udp'],
    service: 'IPMI / BMC',
    aliases: ['ipmi', 'bmc', 'idrac', 'ilo', 'rmcp', 'asf-rmcp'],
    summary:
      'Out-of-band management of servers (iDRAC, iLO and similar BMCs). Whoever controls it controls the machine, including power and console.',
    probing:
      'BMCs that reveal salted password hashes by design of the RAKP handshake, or that accept "cipher 0" and skip authentication entirely.',
    advice:
      'Put BMCs on an isolated management network, never on the Internet; disable cipher 0, use long unique passwords and update BMC firmware.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('US-CERT TA13-207A'), cve('CVE-2013-4786')],
  },
  {
    id: 'modern-873',
    ports: [873, 873],
    protocols: ['tcp'],
    service: 'rsync',
    aliases: ['rsync', 'rsyncd'],
    summary:
      'The rsync daemon for file synchronisation. Scanners list its modules, since anonymous ones often expose whole backups.',
    probing:
      'Readable or writable modules, and the January 2025 rsync bugs, including a heap overflow that allows remote code execution.',
    advice:
      'Upgrade to rsync 3.4.0 or later, require auth users on every module, and run rsync over SSH instead of exposing the daemon.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2024-12084')],
  },
  {
    id: 'modern-1433',
    ports: [1433, 1433],
    protocols: ['tcp'],
    service: 'Microsoft SQL Server',
    aliases: ['mssql', 'sql server', 'ms-sql-s', 'vollgar'],
    summary:
      'The SQL Server database port. Internet hits are password guessing, mostly against the built-in `sa` account.',
    probing: 'A working login, then `xp_cmdshell` to run commands that install miners or ransomware, as the Vollgar campaign did.',
    advice:
      'Keep SQL Server off the Internet, disable or rename `sa`, use strong passwords or Windows authentication, and leave `xp_cmdshell` disabled.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('Guardicore Labs "Vollgar" (Apr 2020)')],
  },
  {
    id: 'modern-1434',
    ports: [1434, 1434],
    protocols: ['udp'],
    service: 'SQL Server Browser',
    aliases: ['ms-sql-m', 'sql browser', 'slammer', 'sapphire'],
    summary:
      'Tells clients which port each SQL Server instance uses. In January 2003 the SQL Slammer worm spread across the world within minutes, each infection being one UDP packet of about 400 bytes sent to this port.',
    probing: 'SQL Server instances to enumerate, and a small reflector; stray Slammer packets still appear occasionally.',
    advice: 'Block UDP 1434 at the edge; disable the Browser service if clients connect to a fixed port.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2002-0649'), ref('MS02-039')],
  },
  {
    id: 'modern-1723',
    ports: [1723, 1723],
    protocols: ['tcp'],
    service: 'PPTP VPN',
    aliases: ['pptp', 'mschapv2', 'ms-chap'],
    summary: 'Point-to-Point Tunneling Protocol, an obsolete VPN. Scans look for forgotten PPTP endpoints.',
    probing: 'A PPTP server whose MS-CHAPv2 login exchange can be captured and cracked.',
    advice: 'Retire PPTP and move to WireGuard, IPsec/IKEv2 or a TLS VPN.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Microsoft Security Advisory 2743314')],
  },
  {
    id: 'modern-1883',
    ports: [1883, 1883],
    protocols: ['tcp'],
    service: 'MQTT',
    aliases: ['mqtt', 'mosquitto', 'iot broker'],
    summary:
      'Plain-text MQTT, the publish/subscribe protocol of IoT and home-automation brokers. Scanners look for brokers that accept anonymous clients.',
    probing:
      'Subscribing to every topic (`#`) to read sensor and home data, or publishing commands to devices.',
    advice:
      'Don\'t expose the broker; if remote clients need it, use 8883 with TLS and per-client credentials. Mosquitto 2.0 and later only listen locally until configured.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('Eclipse Mosquitto 2.0 migration notes')],
  },
  {
    id: 'modern-8883',
    ports: [8883, 8883],
    protocols: ['tcp'],
    service: 'MQTT over TLS',
    aliases: ['mqtts', 'secure-mqtt', 'mqtt', 'mosquitto'],
    summary: 'MQTT wrapped in TLS. Encrypted, but a broker that still allows anonymous clients leaks data just the same.',
    probing: 'Brokers that accept clients without credentials or certificates.',
    advice: 'Require client certificates or per-client passwords with topic ACLs, and disable anonymous access.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Eclipse Mosquitto 2.0 migration notes')],
  },
  {
    id: 'modern-1900',
    ports: [1900, 1900],
    protocols: ['udp'],
    service: 'SSDP / UPnP',
    aliases: ['ssdp', 'upnp', 'callstranger'],
    summary:
      'UPnP device discovery, meant only for the local network. Queries from outside look for routers, TVs and media boxes that answer anyway.',
    probing:
      'Reflectors with roughly 30-fold amplification, and UPnP services open to the "CallStranger" SUBSCRIBE abuse.',
    advice: 'Drop UDP 1900 at the edge and turn off UPnP on the router\'s WAN side (or entirely).',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A, cve('CVE-2020-12695')],
  },
  {
    id: 'modern-2323',
    ports: [2323, 2323],
    protocols: ['tcp'],
    service: 'Telnet (alternate)',
    aliases: ['telnet', 'mirai'],
    summary:
      'A second Telnet port used by some IoT firmware. Mirai aimed about every tenth probe here, and its offspring still do.',
    probing: 'Cameras and routers with Telnet moved to 2323 and factory passwords still set.',
    advice: 'Make sure no device of yours answers on 2323; disable Telnet, change passwords and update firmware.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('US-CERT TA16-288A'), ref('Mirai source release (Sept 2016)')],
  },
  {
    id: 'modern-2375',
    ports: [2375, 2375],
    protocols: ['tcp'],
    service: 'Docker Engine API',
    aliases: ['docker', 'dockerd', 'docker api', 'graboid', 'kinsing', 'teamtnt'],
    summary:
      'Docker\'s remote API without TLS. Anyone who reaches it can start a privileged container and so owns the host.',
    probing:
      'An open Docker API on which to run crypto-miner containers, as the Graboid worm (2019), Kinsing and TeamTNT did.',
    advice:
      'Never bind dockerd to a TCP port without TLS; use the local socket or SSH (`DOCKER_HOST=ssh://…`), or 2376 with client certificates.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('Docker docs "Protect the Docker daemon socket"'), ref('Unit 42 "Graboid" (Oct 2019)')],
  },
  {
    id: 'modern-2376',
    ports: [2376, 2376],
    protocols: ['tcp'],
    service: 'Docker Engine API (TLS)',
    aliases: ['docker', 'docker tls', 'docker-s'],
    summary: 'Docker\'s remote API over TLS. It is safe only if the daemon also verifies client certificates.',
    probing: 'Daemons with TLS on but client verification off, which are as open as 2375.',
    advice: 'Run dockerd with `--tlsverify` and your own CA, and allow the port only from admin hosts.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Docker docs "Protect the Docker daemon socket"')],
  },
  {
    id: 'modern-2379',
    ports: [2379, 2379],
    protocols: ['tcp'],
    service: 'etcd',
    aliases: ['etcd', 'kubernetes', 'k8s'],
    summary:
      'The client port of etcd, the key-value store behind Kubernetes. Without client-certificate authentication it hands every cluster secret to whoever asks.',
    probing: 'An open etcd from which to dump Kubernetes secrets, tokens and configuration.',
    advice:
      'Keep etcd on the control-plane network only and start it with `--client-cert-auth=true` and TLS, as the CIS Kubernetes Benchmark requires.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('CIS Kubernetes Benchmark (etcd --client-cert-auth)')],
  },
  {
    id: 'modern-2404',
    ports: [2404, 2404],
    protocols: ['tcp'],
    service: 'IEC 60870-5-104',
    aliases: ['iec-104', 'iec 104', 'iec104', 'industroyer', 'crashoverride'],
    summary:
      'Telecontrol protocol for power grids and substations. Industroyer (Ukraine, 2016) and Industroyer2 (2022) spoke it to open circuit breakers.',
    probing: 'Reachable grid equipment to map or command; also research scanners.',
    advice:
      'This traffic belongs on isolated OT networks only. Any hit from the Internet means a firewall gap to close at once.',
    risk: 'critical',
    category: 'ics',
    table: 'modern',
    references: [ref('ESET Industroyer (Jun 2017)'), ref('ESET/CERT-UA Industroyer2 (Apr 2022)')],
  },
];

/** Every row of the modern attack-surface table, low and high ports, with companion ports. */
export const MODERN_ATTACKED_PORTS: readonly PortFact[] = [...MODERN_ATTACKED_PORTS_LOW, ...MODERN_ATTACKED_PORTS_HIGH];
