// Web servers, application servers and admin consoles: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

export const MODERN_WEB_AND_APP_SERVERS: readonly PortFact[] = [
  {
    id: 'modern-80',
    ports: [80, 80],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTP',
    aliases: ['http', 'www', 'web'],
    summary:
      'Plain web traffic. Besides ordinary visits, bots spray known exploits at routers, cameras and web apps all day.',
    probing:
      'A vulnerable device or app; payloads often try to run `wget …/x.sh` to install a Mirai variant, for example through the Hikvision camera command injection. PBX admin pages are hunted too: the FreePBX login bypass of 2019 joined the CISA KEV list in February 2026.',
    advice:
      'Don\'t publish device admin pages to the Internet, patch anything that is published (check the CISA KEV list), and redirect real sites to HTTPS.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2021-36260'), cve('CVE-2019-19006'), ref('CISA KEV (CVE-2019-19006 added 3 Feb 2026)'), ref('CISA KEV')],
  },
  {
    id: 'modern-443',
    ports: [443, 443],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-3000',
    ports: [3000, 3000],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-7001',
    ports: [7001, 7001],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Oracle WebLogic',
    aliases: ['weblogic', 'oracle weblogic'],
    summary:
      'Default port of Oracle WebLogic Server. It has a long record of exploited deserialization and admin-console bugs.',
    probing: 'Unpatched WebLogic to run code on, typically to install miners or ransomware.',
    advice:
      'Apply Oracle\'s quarterly Critical Patch Updates, keep the /console admin interface off the Internet, and disable T3/IIOP from outside.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-2725'), cve('CVE-2020-14882')],
  },
  {
    id: 'modern-8009',
    ports: [8009, 8009],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Apache JServ (AJP)',
    aliases: ['ajp', 'ajp13', 'tomcat', 'ghostcat'],
    summary:
      'Tomcat\'s binary AJP connector for front-end web servers. The "Ghostcat" bug lets anyone who reaches it read web-app files and sometimes run code.',
    probing: 'Exposed AJP connectors, to read WEB-INF configuration and credentials.',
    advice:
      'Disable the AJP connector if unused; otherwise bind it to localhost with a `secret`, and upgrade Tomcat (9.0.31, 8.5.51, 7.0.100 or later).',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2020-1938')],
  },
  {
    id: 'modern-8080',
    ports: [8080, 8080],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTP alternate',
    aliases: ['http-alt', 'http-proxy', 'jenkins', 'tomcat', 'proxy'],
    summary:
      'The usual second web port: admin consoles, proxies, Jenkins, Tomcat and router UIs. Expect heavy exploit spraying.',
    probing:
      'Open proxies and vulnerable consoles, e.g. the Jenkins CLI flaw that reads arbitrary files, keys included.',
    advice:
      'Keep admin consoles off the Internet, require login, and patch Jenkins to 2.442 or LTS 2.426.3 or later.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2024-23897')],
  },
  {
    id: 'modern-8081',
    ports: [8081, 8081],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTP alternate',
    aliases: ['http-alt', 'proxy', 'admin console'],
    summary:
      'Another common alternate web port for admin panels, proxies and development tools; Sonatype Nexus Repository listens here by default. Sprayed like 8080.',
    probing: 'Exposed consoles and vulnerable web apps, such as the Nexus Repository 3 path traversal (before 3.68.1) that reads server files without a login.',
    advice: 'Find out what listens here, keep it behind a VPN or login, and patch it.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2024-4956')],
  },
  {
    id: 'modern-8443',
    ports: [8443, 8443],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTPS alternate',
    aliases: ['https-alt', 'admin console'],
    summary:
      'The usual alternate HTTPS port: management pages of firewalls, VPN appliances, hypervisors and web apps. Tomcat\'s HTTPS connector and the UniFi Network controller default to it.',
    probing: 'Exposed admin interfaces and appliance bugs, as on 443 and 8080.',
    advice: 'Never leave management HTTPS open to the Internet; allow it from admin networks only and patch quickly.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Apache Tomcat SSL/TLS configuration (port 8443)'), ref('Ubiquiti UniFi required ports (8443)')],
  },
  {
    id: 'modern-8888',
    ports: [8888, 8888],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTP alternate',
    aliases: ['http-alt', 'jupyter', 'proxy'],
    summary:
      'Alternate web port popular with Jupyter notebooks, proxies and dev tools. An open notebook is a shell on the server.',
    probing: 'Jupyter servers without a token or password, open proxies and admin panels.',
    advice: 'Keep tokens/passwords enabled on Jupyter, bind it to localhost and use SSH tunnels instead.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Jupyter Server docs: security (token authentication)'), ref('Jupyter default port 8888')],
  },
  {
    id: 'modern-10000',
    ports: [10000, 10000],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Webmin',
    aliases: ['webmin'],
    summary:
      'Webmin\'s web admin panel. Some official Webmin downloads (1.882 to 1.921) carried a planted backdoor in the password-change page.',
    probing: 'Webmin servers with that backdoor, which yields root command execution without logging in.',
    advice: 'Upgrade to Webmin 1.930 or later, and allow the panel only from admin networks or over a VPN.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2019-15107')],
  },
];
