// Databases, caches, search engines and file sync: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

export const MODERN_DATA_STORES: readonly PortFact[] = [
  {
    id: 'modern-873',
    ports: [873, 873],
    protocols: ['tcp'],
    role: 'destination',
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
    role: 'destination',
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
    id: 'modern-3306',
    ports: [3306, 3306],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-5432',
    ports: [5432, 5432],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-6379',
    ports: [6379, 6379],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Redis',
    aliases: ['redis', 'kinsing', 'p2pinfect', 'redishell'],
    summary:
      'The Redis in-memory database. An instance without a password is taken over within hours: attackers write SSH keys or cron jobs and install miners (Kinsing, the P2PInfect worm of 2023).',
    probing:
      'Unauthenticated Redis, plus Lua sandbox escapes such as the Debian/Ubuntu packaging bug and "RediShell" (CVSS 10, 2025).',
    advice:
      'Bind to 127.0.0.1 with `protected-mode yes`, require a password or ACL users, and upgrade to a Redis release from October 2025 or later.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2022-0543'), cve('CVE-2025-49844')],
  },
  {
    id: 'modern-9200',
    ports: [9200, 9200],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Elasticsearch',
    aliases: ['elasticsearch', 'elastic', 'opensearch', 'meow'],
    summary:
      'Elasticsearch\'s REST API. Open clusters have leaked billions of records, and the "Meow" bot (2020) simply deleted thousands of them.',
    probing: 'Clusters without authentication to read, ransom or wipe; old 1.x servers with a Groovy sandbox escape.',
    advice:
      'Run Elasticsearch 8 or later with security on (the default since 8.0), keep it off the Internet, and require authentication.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2015-1427')],
  },
  {
    id: 'modern-9300',
    ports: [9300, 9300],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Elasticsearch transport',
    aliases: ['elasticsearch', 'elastic'],
    summary: 'Elasticsearch\'s node-to-node transport port. It belongs only on the cluster network.',
    probing: 'Exposed clusters, as on 9200.',
    advice: 'Firewall 9300 to cluster members only and enable transport TLS.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2015-1427')],
  },
  {
    id: 'modern-27017',
    ports: [27017, 27017],
    protocols: ['tcp'],
    role: 'destination',
    service: 'MongoDB',
    aliases: ['mongodb', 'mongo', 'mongobleed'],
    summary:
      'The MongoDB database port. A ransom wave in January 2017 wiped tens of thousands of open databases; "MongoBleed" (December 2025, in CISA KEV) leaks server memory before login via zlib compression.',
    probing: 'Open databases to copy or wipe, and servers leaking memory through MongoBleed.',
    advice:
      'Enable authentication, keep the localhost bind (default since 3.6), upgrade to a patched release or disable zlib network compression.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2025-14847')],
  },
];
