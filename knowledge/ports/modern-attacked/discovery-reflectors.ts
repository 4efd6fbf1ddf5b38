// LAN discovery protocols that answer from the Internet, hunted as UDP reflectors for amplified
// floods: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref, TA14_017A } from './references';

const DISCOVERY_ADVICE_TAIL = 'Discovery belongs on the local network: nothing should answer it from outside.';

export const MODERN_DISCOVERY_REFLECTORS: readonly PortFact[] = [
  {
    id: 'modern-427',
    ports: [427, 427],
    protocols: ['tcp', 'udp'],
    role: 'destination',
    service: 'SLP',
    aliases: ['slp', 'svrloc', 'openslp', 'esxi', 'esxiargs'],
    summary:
      'Service Location Protocol, found on VMware ESXi hosts and printers. Scanners look for it both as a huge reflector and as the way into ESXi.',
    probing:
      'ESXi hosts with the OpenSLP heap overflow that ESXiArgs ransomware mass-exploited in February 2023, or reflectors with up to about 2,200-fold amplification.',
    advice:
      'Block 427 at the edge and disable SLP on ESXi (stop slpd and its firewall rule set); patch ESXi, whose newer releases ship with SLP off.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2023-29552'), cve('CVE-2021-21974')],
  },
  {
    id: 'modern-1900',
    ports: [1900, 1900],
    protocols: ['udp'],
    role: 'destination',
    service: 'SSDP / UPnP',
    aliases: ['ssdp', 'upnp', 'callstranger'],
    summary:
      'UPnP device discovery, meant only for the local network. Queries from outside look for routers, TVs and media boxes that answer anyway.',
    probing:
      'Reflectors with roughly 30-fold amplification, and UPnP services open to the "CallStranger" SUBSCRIBE abuse.',
    advice: 'Drop UDP 1900 at the edge and turn off UPnP on the router\'s WAN side (or entirely).',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [TA14_017A, cve('CVE-2020-12695')],
  },
  {
    id: 'modern-3702',
    ports: [3702, 3702],
    protocols: ['udp'],
    role: 'destination',
    service: 'WS-Discovery',
    aliases: ['ws-discovery', 'wsd', 'onvif'],
    summary:
      'Web Services Discovery, used by cameras, printers and Windows to find each other on a LAN. Queries from the Internet look for devices that answer anyway.',
    probing: 'Reflectors for DDoS; exposed ONVIF cameras and printers reply with large XML messages.',
    advice: 'Drop UDP 3702 at the edge; it has no reason to cross it.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Akamai SIRT: WS-Discovery DDoS vector (Sept 2019)'), ref('Shadowserver: Accessible WS-Discovery Service report')],
  },
  {
    id: 'modern-5353',
    ports: [5353, 5353],
    protocols: ['udp'],
    role: 'destination',
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
    id: 'modern-3283',
    ports: [3283, 3283],
    protocols: ['udp', 'tcp'],
    role: 'destination',
    service: 'Apple Remote Desktop (ARMS)',
    aliases: ['apple remote desktop', 'ard', 'arms', 'net-assistant', 'remote management'],
    summary:
      'Apple Remote Desktop\'s management agent on Macs with Remote Management switched on; UDP 3283 carries discovery and control. Macs that answer it from the Internet have been abused as flood reflectors since 2019.',
    probing: 'Macs whose Remote Management answers from the outside, to bounce amplified floods off them and to list remotely managed machines.',
    advice: 'Turn Remote Management off where it is not needed, and never let UDP/TCP 3283 in from the Internet. ' + DISCOVERY_ADVICE_TAIL,
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('UCLA OCISO: ARD/ARMS DDoS amplification advisory (2019)'), ref('IANA registry: 3283 net-assistant')],
  },
  {
    id: 'modern-5683',
    ports: [5683, 5683],
    protocols: ['udp'],
    role: 'destination',
    service: 'CoAP (IoT)',
    aliases: ['coap', 'constrained application protocol', 'iot'],
    summary:
      'Constrained Application Protocol, a compact web-like protocol for IoT devices and smart-home hubs. Over UDP a short request can return a much longer answer, which its own RFC warns about.',
    probing: 'Devices answering CoAP from the Internet, to use as reflectors or to read and change their resources.',
    advice: 'Keep CoAP devices behind the router with no port forward; use CoAP over DTLS (5684) when remote access is needed.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('RFC 7252 §11.3 (amplification attacks)')],
  },
  {
    id: 'modern-10001',
    ports: [10001, 10001],
    protocols: ['udp'],
    role: 'destination',
    service: 'Ubiquiti device discovery',
    aliases: ['ubiquiti', 'ubnt', 'ubnt discovery', 'unifi'],
    summary:
      'Ubiquiti access points and routers answer a four-byte discovery request on UDP 10001 with their name, model, firmware and addresses. Many leave it open on their Internet side.',
    probing: 'Devices that leak their details and bounce amplified replies at a forged victim.',
    advice: 'Disable discovery on the WAN side (or update the firmware, which closes it) and block UDP 10001 inbound. ' + DISCOVERY_ADVICE_TAIL,
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('CERT-Bund: open Ubiquiti Device Discovery services'), ref('INCIBE-CERT: DrDoS attacks using the UBNT protocol')],
  },
  {
    id: 'modern-37810',
    ports: [37810, 37810],
    protocols: ['udp'],
    role: 'destination',
    service: 'DVR discovery (DHCPDiscover)',
    aliases: ['dhcpdiscover', 'dvr discovery', 'dvr', 'dahua'],
    summary:
      'A JSON discovery protocol of a large family of digital video recorders sold under many brands. Without authentication it answers anyone, so exposed recorders are used as flood reflectors.',
    probing: 'Recorders to use as reflectors, and a list of reachable DVRs to attack next.',
    advice: 'Remove any port forward to the recorder, update its firmware, and block UDP 37810 inbound. ' + DISCOVERY_ADVICE_TAIL,
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('NETSCOUT ASERT: DHCPDiscover reflection/amplification (Jul 2021)')],
  },
];
