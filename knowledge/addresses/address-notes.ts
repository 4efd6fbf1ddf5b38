// Plain-words notes for log readers, by address scope: what an address of that kind means when
// it shows up in a firewall log. Data only; classify-address.ts picks the notes that apply.
import type { AddressScope, Reference } from '../types';

export const FAQ3: Reference = { label: 'Firewall Forensics FAQ §3' };

export interface Note {
  text: string;
  refs: readonly Reference[];
}

export const SCOPE_NOTES: Partial<Record<AddressScope, Note>> = {
  private: {
    text:
      'Private (RFC 1918) addresses are not routed on the Internet. Normal inside your LAN, but seen arriving from the ' +
      'Internet on your WAN side it is spoofed, or the ISP or modem is misconfigured.',
    refs: [FAQ3],
  },
  shared: {
    text:
      'Normal on the WAN side of a router whose ISP uses carrier-grade NAT (incoming connections then cannot reach you ' +
      'directly); arriving from the wider Internet it is spoofed or leaked.',
    refs: [],
  },
  documentation: {
    text: 'Documentation addresses should never appear in real traffic: this is test or example data, or a spoofed packet.',
    refs: [],
  },
  benchmarking: {
    text: 'Outside a test lab this should not appear: a misconfigured device or a spoofed source.',
    refs: [],
  },
  loopback: {
    text: 'A loopback address arriving on a network interface, rather than from the machine itself, is spoofed (a "martian").',
    refs: [],
  },
  broadcast: {
    text:
      'Local broadcast used by DHCP requests, NetBIOS and device discovery. Routers never forward it, so it cannot come ' +
      'from the Internet.',
    refs: [],
  },
  multicast: {
    text: 'Multicast is only ever a destination: a packet with a multicast source address is forged.',
    refs: [],
  },
  'unique-local': {
    text: 'IPv6 private space: fine inside a site, but arriving from the Internet it is spoofed or leaked.',
    refs: [],
  },
  reserved: {
    text: 'Reserved space with no use on the public Internet: as a source it is spoofed or a bogon.',
    refs: [],
  },
};

export const LINK_LOCAL_V4: Note = {
  text:
    'The host gave itself this address because DHCP failed (no server answered): check that machine\'s cable, Wi-Fi ' +
    'or DHCP server. It never crosses a router.',
  refs: [FAQ3],
};
export const LINK_LOCAL_V6: Note = {
  text: 'Normal on every IPv6 LAN (neighbour discovery, router adverts); it never crosses a router, and the zone id names the interface.',
  refs: [],
};
export const UNSPECIFIED: Record<4 | 6, Note> = {
  4: { text: 'As a source this is normal only for a host asking DHCP for an address (to 255.255.255.255, UDP 67); elsewhere it is bogus.', refs: [] },
  6: { text: 'As a source this is normal only while a host checks that its new address is unique (duplicate address detection).', refs: [] },
};
export const TUNNEL: Note = {
  text:
    'Tunnelled IPv6 can pass through an IPv4-only firewall without inspection: block Teredo (UDP 3544) and IP protocol 41 ' +
    '(6to4) if you do not use them.',
  refs: [],
};
export const NOT_GLOBAL: Note = {
  text: 'Not routed on the public Internet: from outside it is spoofed or leaked (a "martian").',
  refs: [],
};
export const DIRECTED_BROADCAST_REFS: readonly Reference[] = [
  FAQ3,
  { label: 'Firewall Forensics FAQ §5 (smurf, fraggle)' },
  { label: 'RFC 2644', url: 'https://www.rfc-editor.org/rfc/rfc2644' },
  { label: 'CERT CA-1998-01 (smurf)' },
];
export const SMURF =
  'Smurf (ICMP echo) and fraggle (UDP echo 7 / chargen 19) attacks send to directed-broadcast addresses with the victim ' +
  'as forged source, so every host on the subnet answers the victim. Routers should drop them (`no ip directed-broadcast`, ' +
  'the default since RFC 2644).';

