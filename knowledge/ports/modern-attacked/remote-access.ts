// Remote logins and VPN gateways: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

export const MODERN_REMOTE_ACCESS: readonly PortFact[] = [
  {
    id: 'modern-21',
    ports: [21, 21],
    protocols: ['tcp'],
    role: 'destination',
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
    role: 'destination',
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
    role: 'destination',
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
    id: 'modern-2323',
    ports: [2323, 2323],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-3389',
    ports: [3389, 3389],
    protocols: ['tcp', 'udp'],
    role: 'destination',
    service: 'RDP',
    aliases: ['rdp', 'remote desktop', 'ms-wbt-server', 'terminal services', 'bluekeep'],
    summary:
      'Windows Remote Desktop. One of the top ransomware entry points: constant password spraying and logins bought from credential brokers.',
    probing:
      'A working account, hosts still vulnerable to the wormable BlueKeep bug, or (over UDP) a reflector with about 85-fold amplification.',
    advice:
      'Don\'t publish RDP directly: use a VPN or Remote Desktop Gateway with MFA, require Network Level Authentication, set account lockout, and patch.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-0708'), ref('CISA AA19-168A')],
  },
  {
    id: 'modern-5900',
    ports: [5900, 5900],
    protocols: ['tcp'],
    role: 'destination',
    service: 'VNC',
    aliases: ['vnc', 'rfb', 'realvnc', 'tightvnc', 'remote desktop'],
    summary:
      'VNC remote desktop. Scanners find many screens reachable without any password, industrial control panels (HMIs) among them.',
    probing: 'Open or weakly protected desktops, brute-forced passwords, and old RealVNC 4.1.1 servers that skip authentication.',
    advice:
      'Reach VNC only through SSH or a VPN, always set a strong password, and update old servers (RealVNC 4.1.2 fixed the bypass).',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2006-2369')],
  },
  {
    id: 'modern-5800',
    ports: [5800, 5800],
    protocols: ['tcp'],
    role: 'destination',
    service: 'VNC web viewer',
    aliases: ['vnc-http', 'vnc', 'novnc'],
    summary: 'The browser-based viewer that many VNC servers offer next to 5900. Probes look for exposed VNC desktops.',
    probing: 'The same open or weakly protected VNC servers as on 5900.',
    advice: 'Disable the web viewer if unused, and reach VNC only through SSH or a VPN.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2006-2369')],
  },
  {
    id: 'modern-5985-5986',
    ports: [5985, 5986],
    protocols: ['tcp'],
    role: 'destination',
    service: 'WinRM',
    aliases: ['winrm', 'wsman', 'powershell remoting', 'omi', 'omigod'],
    summary:
      'Windows Remote Management (5985 HTTP, 5986 HTTPS), the transport of PowerShell remoting. Azure\'s Linux OMI agent listens on the same ports.',
    probing:
      'Stolen or guessed admin credentials for remote commands and lateral movement, or OMI agents with the "OMIGOD" flaw that runs code as root without logging in.',
    advice:
      'Allow WinRM only from admin jump hosts, never from the Internet, and update OMI to 1.6.8-1 or later.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2021-38647')],
  },
  {
    id: 'modern-1723',
    ports: [1723, 1723],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-500',
    ports: [500, 500],
    protocols: ['udp'],
    role: 'destination',
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
    role: 'destination',
    service: 'IPsec NAT traversal',
    aliases: ['ipsec-nat-t', 'nat-t', 'ipsec', 'ike'],
    summary:
      'IPsec traffic wrapped in UDP so it can pass through NAT; real VPN clients use it together with 500. Unsolicited hits are VPN gateway discovery.',
    probing: 'Whether an IPsec gateway exists and which vendor it is, before trying IKE weaknesses.',
    advice: 'Expected on VPN gateways; elsewhere drop it. On gateways follow the IKE hardening for 500/udp.',
    risk: 'low',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 3947 (IKE NAT traversal)'), ref('RFC 3948 (UDP encapsulation of ESP)')],
  },
];
