// What to tell a user about filtering ICMP (FAQ §8, "ICMP filters"), in our own words.
import type { Reference } from '../types';
import { ICMP_V4_KEEP, ICMP_V6_KEEP, RFC_1191, RFC_4890, RFC_8201 } from './icmp-keep';

export interface IcmpAdvice {
  title: string;
  points: string[];
  references: readonly Reference[];
}

export const ICMP_FILTER_ADVICE: IcmpAdvice = {
  title: 'Filtering ICMP without breaking the network',
  points: [
    'Never drop ICMP type 3 code 4 ("fragmentation needed"). Routers send it to say a packet is too big for the next link; without it the sender keeps sending packets that vanish, and connections hang as soon as real data flows (web pages, VPNs, mail).',
    `Let the other ICMPv4 errors in too: ${ICMP_V4_KEEP.map((k) => `${k.type} ${k.name}`).join(', ')}. They carry no way in; they tell your systems why something failed.`,
    `For IPv6, RFC 4890 lists what must not be dropped: ${ICMP_V6_KEEP.filter((k) => !k.linkLocal).map((k) => `${k.type}${k.codes ? ` code ${k.codes.join(' and ')}` : ''} ${k.name}`).join(', ')}. Without type 2 (packet too big) IPv6 cannot work at all, because IPv6 routers never split packets.`,
    `Neighbour discovery and multicast listener messages (${ICMP_V6_KEEP.filter((k) => k.linkLocal).map((k) => k.type).join(', ')}) must pass on the local link; they have no business coming from the Internet.`,
    'What you can safely drop from outside: redirects (IPv4 5, IPv6 137), router advertisements and solicitations from the Internet, timestamp and address-mask requests. Pings may be rate-limited rather than dropped; answering them helps you troubleshoot.',
  ],
  references: [RFC_1191, RFC_8201, RFC_4890],
};
