// IP cameras and video recorders: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

const RTSP_PROBING =
  'Camera streams that play without a password, and default or guessed logins on recorders that botnets then take over.';

export const MODERN_CAMERAS_AND_RECORDERS: readonly PortFact[] = [
  {
    id: 'modern-81',
    ports: [81, 81],
    protocols: ['tcp'],
    role: 'destination',
    service: 'HTTP-alt (IP cameras)',
    aliases: ['http-alt', 'wificam', 'persirai', 'ip camera'],
    summary:
      'An alternate web port used by the admin pages of cheap "WIFICAM"-type IP cameras. Hits are bots looking for those cameras.',
    probing: 'Cameras whose configuration files leak the login, which the Persirai botnet (2017) used to take them over.',
    advice:
      'Keep cameras off the public Internet (disable UPnP port forwarding on the router) and replace models that no longer get firmware updates.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('Trend Micro "Persirai" (May 2017)'), cve('CVE-2017-8225')],
  },
  {
    id: 'modern-554',
    ports: [554, 554],
    protocols: ['tcp', 'udp'],
    role: 'destination',
    service: 'RTSP (camera video streams)',
    aliases: ['rtsp', 'ip camera', 'nvr', 'onvif'],
    summary:
      'Real Time Streaming Protocol, which IP cameras, NVRs and media servers use to set up live video streams. Scanners sweep it to find cameras that answer from the Internet.',
    probing: RTSP_PROBING,
    advice:
      'Do not forward 554 to a camera: watch it through the recorder\'s app or a VPN instead, set a strong password on every stream, and update the firmware.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 2326'), ref('RFC 7826')],
  },
  {
    id: 'modern-8554',
    ports: [8554, 8554],
    protocols: ['tcp'],
    role: 'destination',
    service: 'RTSP (alternate port)',
    aliases: ['rtsp', 'rtsp-alt', 'ip camera'],
    summary:
      'The usual alternate RTSP port, chosen by streaming servers and cameras that cannot or should not use 554; scanners try it right after 554.',
    probing: RTSP_PROBING,
    advice: 'Same as for 554: keep camera streams behind a VPN and protected by a password.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 7826'), ref('IANA registry: 8554 rtsp-alt')],
  },
  {
    id: 'modern-37777',
    ports: [37777, 37777],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Dahua DVR / NVR service',
    aliases: ['dahua', 'dvr', 'nvr', 'dahua dvr'],
    summary:
      'The binary management port of Dahua recorders and the many brands built on them; the vendor\'s apps connect here to watch and configure. Old firmware answered requests on it without any login.',
    probing:
      'Recorders that hand over their user list and settings without a password (CVE-2013-6117), then default or leaked credentials to take the device over.',
    advice:
      'Remove the port forward for 37777 (and UPnP), update the recorder\'s firmware, change every password, and reach it through the vendor\'s cloud app or a VPN.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2013-6117')],
  },
];
