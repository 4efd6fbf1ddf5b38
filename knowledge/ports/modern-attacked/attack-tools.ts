// Default ports of attack frameworks: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { ref } from './references';

export const MODERN_ATTACK_TOOLS: readonly PortFact[] = [
  {
    id: 'modern-4444',
    ports: [4444, 4444],
    protocols: ['tcp'],
    role: 'destination',
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
    id: 'modern-50050',
    ports: [50050, 50050],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Cobalt Strike team server',
    aliases: ['cobalt strike', 'cobaltstrike', 'c2', 'team server'],
    summary:
      'The default port of the Cobalt Strike team server, the C2 server of that attack framework. Inbound probes are threat hunters fingerprinting C2 infrastructure.',
    probing: 'Inbound: researchers mapping C2 servers. Outbound from your host: a beacon or operator talking to a team server.',
    advice: 'Inbound hits need no action; treat any outbound connection to 50050 as an incident and isolate the host.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Cobalt Strike documentation')],
  },
];
