// Modern attacked ports, part 3 (modern-2323 … modern-5555). Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

export const MODERN_ATTACKED_PART_3: readonly PortFact[] = [
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
  {
    id: 'modern-3000',
    ports: [3000, 3000],
    protocols: ['tcp'],
    service: 'Grafana, dev servers',
    aliases: ['grafana', 'node', 'react dev server'],
    summary:
      'Grafana\'s default port, and the default of many Node.js and React development servers that get left reachable by accident.',
    probing:
      'Grafana\'s plugin path-traversal bug, which reads any file on the server (config, database, keys), or an unprotected dev server.',
    advice:
      'Upgrade Grafana (8.3.1 or later, or 8.2.7 / 8.1.8 / 8.0.7 on older lines), keep it behind a login or VPN, and bind dev servers to 127.0.0.1.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2021-43798')],
  },
  {
    id: 'modern-3306',
    ports: [3306, 3306],
    protocols: ['tcp'],
    service: 'MySQL / MariaDB',
    aliases: ['mysql', 'mariadb'],
    summary:
      'The MySQL and MariaDB database port. Internet hits are password guessing and extortion crews that copy or delete tables and leave a ransom note.',
    probing: 'A weak root password, or an old server with the 2012 bug that let a repeated wrong password log in.',
    advice:
      'Set `bind-address = 127.0.0.1` or firewall 3306 to application hosts, give every account a strong password, and keep the server on a supported release.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2012-2122')],
  },
  {
    id: 'modern-3389',
    ports: [3389, 3389],
    protocols: ['tcp', 'udp'],
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
    id: 'modern-3702',
    ports: [3702, 3702],
    protocols: ['udp'],
    service: 'WS-Discovery',
    aliases: ['ws-discovery', 'wsd', 'onvif'],
    summary:
      'Web Services Discovery, used by cameras, printers and Windows to find each other on a LAN. Queries from the Internet look for devices that answer anyway.',
    probing: 'Reflectors for DDoS; exposed ONVIF cameras and printers reply with large XML messages.',
    advice: 'Drop UDP 3702 at the edge; it has no reason to cross it.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Vendor DDoS reports (2019)')],
  },
  {
    id: 'modern-4444',
    ports: [4444, 4444],
    protocols: ['tcp'],
    service: 'Metasploit default / Blaster shell',
    aliases: ['metasploit', 'meterpreter', 'blaster', 'reverse shell'],
    summary:
      'The default listener port of Metasploit payloads, and the port where Blaster opened a remote shell in 2003. Inbound probes are scanners checking for leftover shells.',
    probing: 'A bind shell left behind on the host. Traffic from your host to 4444 elsewhere is a reverse shell calling out.',
    advice:
      'Treat any outbound connection to port 4444 as a possible compromise: find the process (`ss -tnp`, `netstat -anob`) and investigate.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Metasploit docs (default LPORT)'), ref('MS03-026')],
  },
  {
    id: 'modern-4786',
    ports: [4786, 4786],
    protocols: ['tcp'],
    service: 'Cisco Smart Install',
    aliases: ['smart install', 'smi', 'cisco', 'vstack'],
    summary:
      'Zero-touch provisioning for Cisco switches, with no authentication at all. State actors used it to download and replace switch configurations.',
    probing: 'Switches with Smart Install on, to copy their config (passwords included) or push a new one.',
    advice: 'Run `no vstack` on every switch that does not need it, block 4786 at the edge, and patch IOS.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2018-0171'), ref('US-CERT TA18-106A')],
  },
  {
    id: 'modern-5060',
    ports: [5060, 5060],
    protocols: ['tcp', 'udp'],
    service: 'SIP',
    aliases: ['sip', 'voip', 'sipvicious', 'friendly-scanner', 'freepbx', 'asterisk'],
    summary:
      'Session Initiation Protocol for VoIP calls. Nearly all unsolicited hits are SIPVicious-style sweeps (often user agent "friendly-scanner").',
    probing:
      'PBX extensions to enumerate and brute-force, then fraudulent calls to premium-rate numbers (toll fraud); also a FreePBX authentication bypass added to CISA KEV in February 2026.',
    advice:
      'Allow SIP only from your provider\'s addresses, use long extension secrets plus fail2ban, restrict international dialling, and keep FreePBX patched.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-19006')],
  },
  {
    id: 'modern-5061',
    ports: [5061, 5061],
    protocols: ['tcp'],
    service: 'SIP over TLS',
    aliases: ['sips', 'sip-tls', 'sip', 'voip'],
    summary: 'SIP signalling over TLS. Scanners sweep it like 5060, only encrypted.',
    probing: 'Extensions to guess and PBX bugs to exploit.',
    advice: 'Same as 5060: limit it to your provider and phones, with strong secrets and patched PBX software.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-19006')],
  },
  {
    id: 'modern-5353',
    ports: [5353, 5353],
    protocols: ['udp'],
    service: 'mDNS',
    aliases: ['mdns', 'bonjour', 'avahi', 'zeroconf'],
    summary:
      'Multicast DNS (Bonjour/Avahi) for naming devices on a LAN. Unicast queries from the Internet check whether a device answers off-link.',
    probing: 'Device and service names for reconnaissance, and reflectors with about 10-fold amplification.',
    advice: 'Drop UDP 5353 at the edge; mDNS should never leave the local network.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('CERT/CC VU#550620'), TA14_017A],
  },
  {
    id: 'modern-5432',
    ports: [5432, 5432],
    protocols: ['tcp'],
    service: 'PostgreSQL',
    aliases: ['postgresql', 'postgres', 'pgminer'],
    summary:
      'The PostgreSQL database port. Internet hits are password guessing, usually against the `postgres` superuser.',
    probing:
      'A superuser login, which can run shell commands through `COPY … FROM PROGRAM`; the PGMiner botnet (2020) used this to install miners.',
    advice:
      'Restrict `listen_addresses` and pg_hba.conf to known hosts, use scram-sha-256 passwords, and never let applications log in as a superuser.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-9193'), ref('Unit 42 "PGMiner" (Dec 2020)')],
  },
  {
    id: 'modern-5555',
    ports: [5555, 5555],
    protocols: ['tcp'],
    service: 'Android Debug Bridge',
    aliases: ['adb', 'android debug bridge', 'adb.miner'],
    summary:
      'ADB over TCP, which gives a root or shell prompt with no password on many TV boxes and phones. Some ISPs also use 5555 for TR-069 router management.',
    probing: 'Devices with network ADB enabled, to plant miners and bots (ADB.Miner worm, 2018, and later botnets).',
    advice:
      'Turn off network/wireless debugging on Android devices, run `adb usb` to leave TCP mode, and block 5555 inbound.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('360 Netlab ADB.Miner (Feb 2018)'), ref('CERT.at (Dec 2016)')],
  },
];
