// Modern attacked ports, part 1 (modern-19 … modern-389). Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

export const MODERN_ATTACKED_PART_1: readonly PortFact[] = [
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
];
