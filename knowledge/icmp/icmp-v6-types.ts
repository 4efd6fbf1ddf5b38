// ICMPv6 types and codes (IANA "ICMPv6 Parameters", RFC 4443 and later), written by hand.
// Error messages are types 0-127, informational messages 128-255. Filtering advice follows RFC 4890.
import type { IcmpCodeEntry, IcmpTypeEntry } from './icmp-v4-types';
import { IANA_ICMPV6, rfc } from './icmp-refs';
import { ICMP_V6_INFO_TYPES } from './icmp-v6-info-types';

const RFC4890 = rfc(4890);

const MUST_PASS_ERROR =
  'RFC 4890: ICMPv6 error messages that belong to your own connections must not be dropped; IPv6 relies on them far more than IPv4 did.';

const EXPERIMENT = 'Set aside for private experiments (RFC 4443); must never appear in production traffic.';

function reserved(type: number, name: string, summary: string, forensic: string): IcmpTypeEntry {
  return {
    type,
    name,
    summary,
    forensic,
    advice: 'Drop it at the border unless you run the experiment yourself.',
    risk: 'medium',
    reserved: true,
    codes: [],
    references: [rfc(4443), IANA_ICMPV6],
  };
}

const PARAMETER_CODES: readonly IcmpCodeEntry[] = [
  { code: 0, name: 'Erroneous header field encountered' },
  { code: 1, name: 'Unrecognized Next Header type encountered' },
  { code: 2, name: 'Unrecognized IPv6 option encountered' },
  {
    code: 3,
    name: 'IPv6 First Fragment has incomplete IPv6 Header Chain',
    summary: 'The first fragment did not carry the whole header chain (RFC 7112), a trick used to hide the upper-layer header from filters.',
  },
  { code: 4, name: 'SR Upper-layer Header Error', summary: 'Segment Routing could not process the upper-layer header (RFC 8754).' },
  { code: 5, name: 'Unrecognized Next Header type encountered by intermediate node', summary: 'RFC 8883.' },
  { code: 6, name: 'Extension header too big', summary: 'RFC 8883.' },
  { code: 7, name: 'Extension header chain too long', summary: 'RFC 8883.' },
  { code: 8, name: 'Too many extension headers', summary: 'RFC 8883.' },
  { code: 9, name: 'Too many options in extension header', summary: 'RFC 8883.' },
  { code: 10, name: 'Option too big', summary: 'RFC 8883.' },
];

const ERRORS: readonly IcmpTypeEntry[] = [
  reserved(0, 'Reserved', 'Type 0 is reserved in the ICMPv6 registry; no message uses it.', 'A packet with type 0 is malformed or crafted.'),
  {
    type: 1,
    name: 'Destination Unreachable',
    summary: 'A router or the target reports that an IPv6 packet could not be delivered; the code says why.',
    forensic: 'Normal in reply to your own traffic. Unreachables about connections you never made are backscatter from someone forging your address.',
    advice: MUST_PASS_ERROR,
    risk: 'info',
    codes: [
      { code: 0, name: 'No route to destination' },
      {
        code: 1,
        name: 'Communication with destination administratively prohibited',
        summary: 'A firewall or filter on the path refused the packet.',
      },
      { code: 2, name: 'Beyond scope of source address', summary: 'For example a link-local source sent toward a global destination.' },
      { code: 3, name: 'Address unreachable', summary: 'The last router could not resolve the target on its link (Neighbor Discovery failed).' },
      {
        code: 4,
        name: 'Port unreachable',
        summary: 'No program listens on the UDP port that was tried.',
        forensic: 'Many of them leaving your network mean someone is sweeping your UDP ports.',
      },
      { code: 5, name: 'Source address failed ingress/egress policy', summary: 'The source address is not allowed out of (or into) that network (RFC 4443).' },
      { code: 6, name: 'Reject route to destination', summary: 'A route that deliberately rejects traffic matched.' },
      { code: 7, name: 'Error in Source Routing Header', summary: 'RFC 6554.' },
      { code: 8, name: 'Headers too long', summary: 'The header chain was longer than the path can handle (RFC 8883).' },
    ],
    references: [rfc(4443, '3.1'), rfc(6554), rfc(8883), RFC4890, IANA_ICMPV6],
  },
  {
    type: 2,
    name: 'Packet Too Big',
    summary: 'A router could not forward a packet because it is larger than the next link\'s MTU; it reports that MTU. IPv6 routers never fragment, so this is the only way senders learn to shrink packets (Path MTU Discovery, RFC 8201).',
    forensic: 'If your firewall drops these, connections stall whenever full-size packets are sent (a PMTUD black hole): a misconfiguration, not an attack.',
    advice: 'Never block Packet Too Big, inbound or outbound (RFC 4890).',
    risk: 'info',
    codes: [{ code: 0, name: 'No code (always 0)' }],
    references: [rfc(4443, '3.2'), rfc(8201), RFC4890, IANA_ICMPV6],
  },
  {
    type: 3,
    name: 'Time Exceeded',
    summary: 'A packet was dropped because its hop limit ran out, or because its fragments were not all reassembled in time.',
    advice: MUST_PASS_ERROR,
    risk: 'low',
    codes: [
      {
        code: 0,
        name: 'Hop limit exceeded in transit',
        summary: 'A router dropped the packet because its hop limit reached zero.',
        forensic: 'A routing loop, or a traceroute: a run of these coming back from successive routers is someone tracing a path.',
      },
      {
        code: 1,
        name: 'Fragment reassembly time exceeded',
        summary: 'Some fragments of the packet never arrived.',
        forensic: 'Lossy links cause it, and so do fragment attacks that send incomplete fragment sets.',
      },
    ],
    references: [rfc(4443, '3.3'), RFC4890, IANA_ICMPV6],
  },
  {
    type: 4,
    name: 'Parameter Problem',
    summary: 'A node could not process some field of the IPv6 header or its extension headers; the code says which kind of problem.',
    forensic: 'Ordinary stacks rarely cause it; from a stranger it usually points at crafted extension-header chains used for evasion or fingerprinting.',
    advice: MUST_PASS_ERROR,
    risk: 'low',
    codes: PARAMETER_CODES,
    references: [rfc(4443, '3.4'), rfc(7112), rfc(8754), rfc(8883), RFC4890, IANA_ICMPV6],
  },
  reserved(100, 'Private experimentation', EXPERIMENT, 'Outside a lab, a test tool or a covert channel.'),
  reserved(101, 'Private experimentation', EXPERIMENT, 'Outside a lab, a test tool or a covert channel.'),
  reserved(
    127,
    'Reserved for expansion of ICMPv6 error messages',
    'Held back in case the error range ever runs out; no message uses it.',
    'A packet with this type is crafted.',
  ),
];

/** Every ICMPv6 type IANA lists (assigned, experimental or reserved), in type order. */
export const ICMP_V6_TYPES: readonly IcmpTypeEntry[] = [...ERRORS, ...ICMP_V6_INFO_TYPES];
