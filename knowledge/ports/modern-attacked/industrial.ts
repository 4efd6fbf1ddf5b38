// Industrial control and building automation: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { ref } from './references';

export const MODERN_INDUSTRIAL: readonly PortFact[] = [
  {
    id: 'modern-502',
    ports: [502, 502],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-2404',
    ports: [2404, 2404],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-20256',
    ports: [20256, 20256],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Unitronics PCOM',
    aliases: ['unitronics', 'pcom', 'vision plc', 'cyberav3ngers'],
    summary:
      'Programming port of Unitronics PLCs. In November 2023 IRGC-linked "CyberAv3ngers" defaced water-utility controllers left on their default password.',
    probing: 'Reachable PLCs with default credentials, to deface or reprogram.',
    advice: 'Take the PLC off the Internet, change the default password, and put remote access behind a VPN with MFA.',
    risk: 'critical',
    category: 'ics',
    table: 'modern',
    references: [ref('CISA AA23-335A')],
  },
  {
    id: 'modern-47808',
    ports: [47808, 47808],
    protocols: ['udp'],
    role: 'destination',
    service: 'BACnet/IP',
    aliases: ['bacnet', 'bacnet/ip', 'bacnet-sc', 'hvac'],
    summary:
      'Building automation for HVAC, lighting and access control. Classic BACnet has no authentication, so exposed controllers can be listed and written to.',
    probing: 'Building controllers to enumerate or manipulate; also research scanners counting them.',
    advice: 'Keep BACnet inside the building network or a VPN; for remote links, move to BACnet/SC with TLS.',
    risk: 'high',
    category: 'ics',
    table: 'modern',
    references: [ref('ANSI/ASHRAE 135 (BACnet/SC, Addendum 135-2016bj)')],
  },
];
