// Source ports of reflection/amplification floods. Each of these UDP services answers a small
// request with a much larger reply and checks nothing, so attackers send it requests with the
// victim's address forged as the sender: the victim then receives big, unrequested UDP packets
// FROM the service's port. Read as a source port, these numbers therefore describe a flood aimed
// at the receiver (unless a machine here really queried that service). Our own words.
import type { PortFact, Reference } from '../types';
import { ref, TA14_017A } from './modern-attacked/references';

interface Reflector {
  port: number;
  service: string;
  aliases: readonly string[];
  /** What the reflector answers, in a few words. */
  answers: string;
  /** Set for discovery protocols that are normal inside a LAN, where the same packets are harmless. */
  onLan?: string;
  references: readonly Reference[];
}

const REFLECTORS: readonly Reflector[] = [
  { port: 19, service: 'CharGEN', aliases: ['chargen', 'fraggle'], answers: 'a packet of filler characters for every datagram it receives', references: [TA14_017A, ref('CERT CA-96.01')] },
  { port: 53, service: 'DNS', aliases: ['dns amplification', 'open resolver'], answers: 'large DNS answers (ANY, DNSSEC) from open resolvers', references: [TA14_017A, ref('US-CERT TA13-088A')] },
  { port: 123, service: 'NTP', aliases: ['ntp amplification', 'monlist'], answers: 'the list of recent clients to an old `monlist` query', references: [TA14_017A, ref('US-CERT TA14-013A'), ref('CVE-2013-5211')] },
  { port: 161, service: 'SNMP', aliases: ['snmp amplification', 'getbulk'], answers: 'long GetBulk tables to anyone who knows the community string "public"', references: [TA14_017A] },
  { port: 389, service: 'CLDAP', aliases: ['cldap amplification', 'ldap'], answers: 'a large description of the Active Directory domain', references: [TA14_017A] },
  {
    port: 1900, service: 'SSDP (UPnP)', aliases: ['ssdp amplification', 'upnp'], answers: 'device descriptions to UPnP search requests',
    onLan: 'Inside your LAN, replies from port 1900 are your own TVs, printers and routers answering a UPnP search.', references: [TA14_017A],
  },
  {
    port: 3283, service: 'Apple Remote Desktop (ARMS)', aliases: ['ard amplification', 'arms'], answers: 'status data to remote-management queries on Macs that expose it',
    references: [ref('UCLA OCISO: ARD/ARMS DDoS amplification advisory (2019)')],
  },
  {
    port: 3702, service: 'WS-Discovery', aliases: ['wsd amplification', 'ws-discovery'], answers: 'large XML descriptions from cameras, printers and Windows hosts',
    onLan: 'Inside your LAN, WS-Discovery from 3702 is Windows and printers finding each other.', references: [ref('Akamai SIRT: WS-Discovery DDoS vector (Sept 2019)')],
  },
  {
    port: 5353, service: 'mDNS', aliases: ['mdns amplification', 'bonjour'], answers: 'service and host lists from devices that answer unicast mDNS from outside',
    onLan: 'Inside your LAN, mDNS from 5353 (usually to 224.0.0.251 or ff02::fb) is Bonjour/Avahi device discovery.', references: [TA14_017A, ref('CERT/CC VU#550620')],
  },
  { port: 5683, service: 'CoAP', aliases: ['coap amplification'], answers: 'resource listings from IoT devices', references: [ref('RFC 7252 §11.3 (amplification attacks)')] },
  {
    port: 10001, service: 'Ubiquiti discovery', aliases: ['ubnt amplification', 'ubiquiti'], answers: 'device name, model and firmware details',
    onLan: 'Inside your LAN, packets from 10001 are Ubiquiti gear announcing itself to its controller.', references: [ref('CERT-Bund: open Ubiquiti Device Discovery services')],
  },
  { port: 11211, service: 'memcached', aliases: ['memcached amplification'], answers: 'whole cached values to tiny requests, by far the largest amplification known', references: [TA14_017A, ref('CVE-2018-1000115')] },
  { port: 37810, service: 'DVR discovery (DHCPDiscover)', aliases: ['dvr amplification', 'dhcpdiscover'], answers: 'JSON device details from video recorders', references: [ref('NETSCOUT ASERT: DHCPDiscover reflection/amplification (Jul 2021)')] },
];

function reflectionFact(r: Reflector): PortFact {
  return {
    id: `reflect-src-${r.port}`,
    ports: [r.port, r.port],
    protocols: ['udp'],
    role: 'source',
    service: `${r.service} reflection flood`,
    aliases: r.aliases,
    summary:
      `UDP from source port ${r.port} is ${r.service} answering, and ${r.service} servers send ${r.answers}. Unless a machine here asked, ` +
      'someone forged your address in requests to many such servers, and the amplified answers are a flood aimed at you.' +
      (r.onLan ? ` ${r.onLan}` : ''),
    probing: 'Nobody is probing you: you are the target. The senders are innocent but badly configured servers, and the attacker who aims them stays hidden.',
    advice:
      'A few packets need nothing. A sustained flood fills your line before your firewall sees it, so only your ISP can filter it upstream; ask them, and give them the source port and times from this log.',
    risk: 'medium',
    category: 'reflection',
    table: 'role',
    references: r.references,
  };
}

/** Source-port readings of the UDP amplification services of TA14-017A and later reports. */
export const REFLECTION_SOURCE_PORTS: readonly PortFact[] = REFLECTORS.map(reflectionFact);
