// Internet services hunted as UDP reflectors for amplified floods: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

export const MODERN_UDP_REFLECTORS: readonly PortFact[] = [
  {
    id: 'modern-19',
    ports: [19, 19],
    protocols: ['udp'],
    role: 'destination',
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
    id: 'modern-53',
    ports: [53, 53],
    protocols: ['tcp', 'udp'],
    role: 'destination',
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
    id: 'modern-111',
    ports: [111, 111],
    protocols: ['tcp', 'udp'],
    role: 'destination',
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
    role: 'destination',
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
    id: 'modern-161',
    ports: [161, 161],
    protocols: ['udp'],
    role: 'destination',
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
    role: 'destination',
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
    id: 'modern-1434',
    ports: [1434, 1434],
    protocols: ['udp'],
    role: 'destination',
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
    id: 'modern-10074',
    ports: [10074, 10074],
    protocols: ['udp'],
    role: 'destination',
    service: 'Mitel TP-240',
    aliases: ['mitel', 'tp240', 'tp-240', 'tp240phonehome'],
    summary:
      'A test interface on Mitel MiCollab and MiVoice Business Express systems. A single spoofed packet could make it send about 4 billion times as much data back ("TP240PhoneHome", 2022).',
    probing: 'Exposed Mitel systems to use as extreme DDoS amplifiers.',
    advice: 'Apply Mitel\'s patch and block UDP 10074 from the Internet.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2022-26143'), ref('CISA KEV')],
  },
  {
    id: 'modern-11211',
    ports: [11211, 11211],
    protocols: ['tcp', 'udp'],
    role: 'destination',
    service: 'memcached',
    aliases: ['memcached', 'memcache'],
    summary:
      'The memcached cache server. Over UDP it amplified traffic up to about 51,000-fold and powered the 1.35 Tbps attack on GitHub in February 2018.',
    probing: 'Servers answering UDP to use as reflectors, or open caches to read session data from.',
    advice:
      'Run memcached 1.5.6 or later (UDP off by default) or start it with `-U 0`, bind to localhost, and never expose it.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2018-1000115'), ref('US-CERT TA14-017A (revised 2018-02-27)')],
  },
  {
    id: 'modern-27015',
    ports: [27015, 27015],
    protocols: ['udp'],
    role: 'destination',
    service: 'Steam / Source game query',
    aliases: ['steam', 'source engine', 'srcds', 'a2s'],
    summary:
      'Source-engine game servers and Steam server queries. Hits are usually server browsers or leftovers for an address that hosted a game.',
    probing: 'Game-server listings, or a reflector for small DDoS amplification.',
    advice: 'Ignore unless you host a game server; if you do, keep it patched and rate-limit queries.',
    risk: 'low',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A],
  },
];
