// Internet-wide research scanners, by the address blocks they publish themselves and by the AS
// numbers registered to them. Left out on purpose (no list published by the scanner itself, or only
// single rented cloud addresses that change hands): Shodan, BinaryEdge, LeakIX, Criminal IP, Stretchoid.
import type { KnownNetwork } from './known-network';

export const RESEARCH_SCANNERS: readonly KnownNetwork[] = [
  {
    id: 'censys',
    name: 'Censys',
    kind: 'research-scanner',
    asns: [398324, 398705, 398722],
    asNameContains: 'Censys',
    prefixes: [
      '162.142.125.0/24', '167.94.138.0/24', '167.94.145.0/24', '167.94.146.0/24', '167.248.133.0/24',
      '199.45.154.0/23', '206.168.32.0/22', '66.132.148.0/24', '66.132.153.0/24', '66.132.159.0/24',
      '66.132.172.0/24', '66.132.186.0/24', '66.132.195.0/24', '66.132.198.0/24', '66.132.224.0/24',
      '66.132.228.0/24', '2602:80d:1000::/48', '2602:80d:1006::/47', '2602:80d:1008::/47', '2602:80d:100a::/48',
      '2620:96:e000::/48',
    ],
    references: [
      { label: 'Censys: opt out of data collection (scanning subnets)', url: 'https://docs.censys.com/docs/opt-out-of-data-collection' },
      { label: 'Censys: scans every IPv4 address each day', url: 'https://about.censys.io/' },
    ],
  },
  {
    id: 'shadowserver',
    name: 'The Shadowserver Foundation',
    kind: 'research-scanner',
    asns: [22168],
    asNameContains: 'Shadowserver',
    references: [
      { label: 'Shadowserver: Internet-wide scanning for its free network reports', url: 'https://www.shadowserver.org/what-we-do/network-reporting/' },
    ],
  },
  {
    id: 'rapid7-sonar',
    name: 'Rapid7 Project Sonar',
    kind: 'research-scanner',
    prefixes: [
      '71.6.233.0/24', '88.202.190.128/27', '146.185.25.160/27', '109.123.117.224/27', '5.63.151.96/27',
      '2607:ff10:c5:522::/64', '2a02:2498:e004:23::/64',
    ],
    references: [{ label: 'Rapid7 Open Data: about Project Sonar (scanner addresses)', url: 'https://opendata.rapid7.com/about/' }],
  },
  {
    id: 'cortex-xpanse',
    name: 'Palo Alto Networks Cortex Xpanse',
    kind: 'research-scanner',
    prefixes: [
      '144.86.173.0/24', '147.185.132.0/22', '162.216.148.0/22', '172.105.147.0/24', '198.235.24.0/24',
      '205.210.31.0/24', '216.25.88.0/21', '35.203.210.0/23', '2604:a940:300::/47', '2604:a940:302::/48',
    ],
    references: [{ label: 'Cortex Xpanse: scanning activity', url: 'https://docs-cortex.paloaltonetworks.com/r/1/Cortex-Xpanse/Scanning-activity' }],
  },
  {
    id: 'internet-measurement',
    name: 'Internet-Measurement.com (Driftnet)',
    kind: 'research-scanner',
    asns: [211298],
    asNameContains: 'Driftnet',
    prefixes: ['87.236.176.0/24', '193.163.125.0/24', '185.247.137.0/24', '2a06:4880::/29'],
    references: [{ label: 'Internet-Measurement.com: scanner IP addresses', url: 'https://internet-measurement.com/#ips' }],
  },
  {
    id: 'onyphe',
    name: 'ONYPHE',
    kind: 'research-scanner',
    asns: [213412],
    asNameContains: 'ONYPHE',
    prefixes: [
      '195.184.76.0/24', '91.196.152.0/24', '91.230.168.0/24', '91.231.89.0/24', '94.231.206.0/24',
      '139.99.35.32/28', '15.235.175.112/28', '15.235.189.144/28', '51.254.49.96/28', '91.134.185.80/28',
      '2001:41d0:33a:a00::400/124',
    ],
    references: [
      { label: 'ONYPHE: ip-ranges.txt served by its probes, as collected by OpenFilters/internet-scanners', url: 'https://github.com/OpenFilters/internet-scanners' },
      { label: 'ONYPHE', url: 'https://www.onyphe.io/' },
    ],
  },
];
