// Modern attacked ports, part 2 (modern-427 … modern-1900). Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

export const MODERN_ATTACKED_PART_2: readonly PortFact[] = [
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
];
