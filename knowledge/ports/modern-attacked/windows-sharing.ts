// Windows RPC, NetBIOS and file sharing: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

export const MODERN_WINDOWS_SHARING: readonly PortFact[] = [
  {
    id: 'modern-135',
    ports: [135, 135],
    protocols: ['tcp'],
    role: 'destination',
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
    role: 'destination',
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
    role: 'destination',
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
    id: 'modern-445',
    ports: [445, 445],
    protocols: ['tcp'],
    role: 'destination',
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
];
