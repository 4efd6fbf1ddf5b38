// Ports that are attacked today, each backed by CVE ids, US-CERT/CISA alerts or named vendor reports,
// one file per service family under modern-attacked/. Every fact reads the port as a destination:
// what a scanner wants from a service here. Written in our own words; re-check CVE ids against NVD
// and the CISA KEV catalog before release.
import type { PortFact } from '../types';
import { MODERN_ATTACK_TOOLS } from './modern-attacked/attack-tools';
import { MODERN_CAMERAS_AND_RECORDERS } from './modern-attacked/cameras-and-recorders';
import { MODERN_CONTAINERS_AND_AI } from './modern-attacked/containers-and-ai';
import { MODERN_DATA_STORES } from './modern-attacked/data-stores';
import { MODERN_DEVICES_AND_ROUTERS } from './modern-attacked/devices-and-routers';
import { MODERN_DISCOVERY_REFLECTORS } from './modern-attacked/discovery-reflectors';
import { MODERN_INDUSTRIAL } from './modern-attacked/industrial';
import { MODERN_MAIL_AND_VOIP } from './modern-attacked/mail-and-voip';
import { MODERN_REMOTE_ACCESS } from './modern-attacked/remote-access';
import { MODERN_UDP_REFLECTORS } from './modern-attacked/udp-reflectors';
import { MODERN_WEB_AND_APP_SERVERS } from './modern-attacked/web-and-app-servers';
import { MODERN_WINDOWS_SHARING } from './modern-attacked/windows-sharing';

export const MODERN_ATTACKED_PORTS: readonly PortFact[] = [
  ...MODERN_REMOTE_ACCESS,
  ...MODERN_WINDOWS_SHARING,
  ...MODERN_UDP_REFLECTORS,
  ...MODERN_DISCOVERY_REFLECTORS,
  ...MODERN_WEB_AND_APP_SERVERS,
  ...MODERN_DATA_STORES,
  ...MODERN_CONTAINERS_AND_AI,
  ...MODERN_DEVICES_AND_ROUTERS,
  ...MODERN_CAMERAS_AND_RECORDERS,
  ...MODERN_INDUSTRIAL,
  ...MODERN_MAIL_AND_VOIP,
  ...MODERN_ATTACK_TOOLS,
];
