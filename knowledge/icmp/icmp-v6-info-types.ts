// ICMPv6 informational types (128-255): echo, MLD, Neighbor Discovery and the later additions.
import type { IcmpCodeEntry, IcmpTypeEntry } from './icmp-v4-types';
import type { Reference, Risk } from '../types';
import { IANA_ICMPV6, rfc } from './icmp-refs';

const ONLY_CODE_0: readonly IcmpCodeEntry[] = [{ code: 0, name: 'No code (always 0)' }];
const RFC4890 = rfc(4890);

const LAN_ONLY =
  'Normal LAN housekeeping that must pass on the local link (RFC 4890). These messages are only valid with hop limit 255 from an on-link sender; arriving from the Internet they are spoofed or crafted.';
const LAN_ADVICE = 'Allow on the LAN (a host cannot work without it); drop at the border.';
const MLD_FORENSIC = 'Multicast Listener Discovery is how hosts tell routers which multicast groups they want; it must pass on the LAN (RFC 4890). From outside the link it is crafted.';

function row(
  type: number,
  name: string,
  summary: string,
  refs: readonly Reference[],
  extra: { forensic?: string; advice?: string; risk?: Risk; codes?: readonly IcmpCodeEntry[]; reserved?: boolean } = {},
): IcmpTypeEntry {
  return {
    type,
    name,
    summary,
    forensic: extra.forensic,
    advice: extra.advice,
    risk: extra.risk ?? 'info',
    reserved: extra.reserved,
    codes: extra.codes ?? ONLY_CODE_0,
    references: [...refs, IANA_ICMPV6],
  };
}

const ND = rfc(4861);
const lan = { forensic: LAN_ONLY, advice: LAN_ADVICE };
const mld = { forensic: MLD_FORENSIC, advice: LAN_ADVICE };
const mobile = { forensic: 'Only seen where Mobile IPv6 is deployed; otherwise unexpected.', risk: 'low' as const };
const experiment = {
  forensic: 'Outside a lab this is a test tool or a covert channel.',
  advice: 'Drop it at the border unless you run the experiment yourself.',
  risk: 'medium' as const,
  codes: [] as const,
  reserved: true,
};

export const ICMP_V6_INFO_TYPES: readonly IcmpTypeEntry[] = [
  row(128, 'Echo Request', 'An IPv6 ping: asks the target to send back an echo reply.', [rfc(4443, '4.1'), RFC4890], {
    forensic: 'A few are troubleshooting. A flood of them from the Internet, or one source walking through your addresses, is a ping sweep looking for live hosts.',
    advice: 'Allowing inbound echo is recommended for troubleshooting (RFC 4890); rate-limit it.',
    risk: 'low',
  }),
  row(129, 'Echo Reply', 'The answer to an IPv6 ping.', [rfc(4443, '4.2'), RFC4890], {
    forensic: 'A flood of replies you never asked for means someone forged your address in their pings.',
    risk: 'low',
  }),
  row(130, 'Multicast Listener Query', 'A router asks which multicast groups hosts on the link want (MLD, RFC 2710).', [rfc(2710), RFC4890], mld),
  row(131, 'Multicast Listener Report', 'A host tells routers it wants traffic for a multicast group (MLDv1, RFC 2710).', [rfc(2710), RFC4890], mld),
  row(132, 'Multicast Listener Done', 'A host says it no longer wants a multicast group (MLDv1, RFC 2710).', [rfc(2710), RFC4890], mld),
  row(133, 'Router Solicitation', 'A host asks the routers on its link to announce themselves, usually at start-up (Neighbor Discovery).', [ND, RFC4890], lan),
  row(134, 'Router Advertisement', 'A router announces itself, the prefixes of the link and how hosts should configure addresses (SLAAC).', [ND, rfc(6104), rfc(6105), RFC4890], {
    forensic: 'Rogue advertisements from a misconfigured box or an attacker on the LAN make hosts use the wrong gateway or prefix (DoS or man-in-the-middle). From the Internet they are crafted.',
    advice: 'Allow from your real routers on the LAN; use RA Guard (RFC 6105) on switches; drop at the border.',
    risk: 'low',
  }),
  row(135, 'Neighbor Solicitation', 'The IPv6 replacement for an ARP request: asks which link-layer address owns an IPv6 address, and checks that a new address is not already in use (duplicate address detection).', [ND, RFC4890], lan),
  row(136, 'Neighbor Advertisement', 'The IPv6 replacement for an ARP reply: a node announces the link-layer address of one of its IPv6 addresses.', [ND, RFC4890], {
    forensic: `${LAN_ONLY} Unsolicited forged advertisements are the IPv6 form of ARP spoofing.`,
    advice: LAN_ADVICE,
  }),
  row(137, 'Redirect', 'A router tells a host about a better first hop for a destination on the same link.', [ND, RFC4890], {
    forensic: 'Only valid from your own router on your own link; otherwise an attempt to reroute your traffic (man-in-the-middle).',
    advice: 'Ignore redirects that do not come from the local router; drop at the border.',
    risk: 'medium',
  }),
  row(138, 'Router Renumbering', 'Lets an operator change the prefixes configured on many routers at once (RFC 2894).', [rfc(2894), RFC4890], {
    forensic: 'Rarely deployed; an unauthenticated one from outside could try to renumber your routers.',
    advice: 'Drop at the border (RFC 4890).',
    risk: 'medium',
    codes: [
      { code: 0, name: 'Router Renumbering Command' },
      { code: 1, name: 'Router Renumbering Result' },
      { code: 255, name: 'Sequence Number Reset' },
    ],
  }),
  row(139, 'ICMP Node Information Query', 'Asks a node for its name or addresses (RFC 4620).', [rfc(4620), RFC4890], {
    forensic: 'From a stranger it is reconnaissance: the answer reveals host names and addresses.',
    advice: 'Drop at the border.',
    risk: 'low',
    codes: [
      { code: 0, name: 'Subject is an IPv6 address' },
      { code: 1, name: 'Subject is a name (or empty, as a no-op)' },
      { code: 2, name: 'Subject is an IPv4 address' },
    ],
  }),
  row(140, 'ICMP Node Information Response', 'The answer to a node information query (RFC 4620).', [rfc(4620), RFC4890], {
    forensic: 'Your hosts sending these to outsiders are disclosing names and addresses.',
    risk: 'low',
    codes: [
      { code: 0, name: 'Successful reply' },
      { code: 1, name: 'Responder refuses to answer' },
      { code: 2, name: 'Query type unknown to the responder' },
    ],
  }),
  row(141, 'Inverse Neighbor Discovery Solicitation', 'Asks which IPv6 addresses belong to a known link-layer address (RFC 3122, used on frame relay).', [rfc(3122), RFC4890], lan),
  row(142, 'Inverse Neighbor Discovery Advertisement', 'The answer to an inverse ND solicitation (RFC 3122).', [rfc(3122), RFC4890], lan),
  row(143, 'Version 2 Multicast Listener Report', 'An MLDv2 membership report (RFC 3810); the usual way modern hosts join multicast groups.', [rfc(3810), RFC4890], mld),
  row(144, 'Home Agent Address Discovery Request', 'A Mobile IPv6 node looks for a home agent (RFC 6275).', [rfc(6275), RFC4890], mobile),
  row(145, 'Home Agent Address Discovery Reply', 'The list of home agents sent back to a mobile node (RFC 6275).', [rfc(6275), RFC4890], mobile),
  row(146, 'Mobile Prefix Solicitation', 'A mobile node away from home asks for its home prefixes (RFC 6275).', [rfc(6275), RFC4890], mobile),
  row(147, 'Mobile Prefix Advertisement', 'A home agent sends prefix information to a mobile node (RFC 6275).', [rfc(6275), RFC4890], mobile),
  row(148, 'Certification Path Solicitation', 'Secure Neighbor Discovery (SEND) asks for the certificates proving a router may advertise (RFC 3971).', [rfc(3971), RFC4890], lan),
  row(149, 'Certification Path Advertisement', 'The SEND answer carrying that certificate chain (RFC 3971).', [rfc(3971), RFC4890], lan),
  row(150, 'Experimental mobility protocols (Seamoby)', 'A container for experimental mobility messages such as Seamoby (RFC 4065).', [rfc(4065)], {
    forensic: 'Research use only; unexpected in an ordinary network.',
    risk: 'low',
    codes: [],
  }),
  row(151, 'Multicast Router Advertisement', 'A multicast router announces itself on the link (RFC 4286).', [rfc(4286), RFC4890], lan),
  row(152, 'Multicast Router Solicitation', 'A node asks multicast routers on the link to announce themselves (RFC 4286).', [rfc(4286), RFC4890], lan),
  row(153, 'Multicast Router Termination', 'A multicast router says it is stopping (RFC 4286).', [rfc(4286), RFC4890], lan),
  row(154, 'FMIPv6 Messages', 'Fast handover signalling for Mobile IPv6 (RFC 5568).', [rfc(5568)], mobile),
  row(155, 'RPL Control Message', 'Routing control for low-power and lossy networks such as sensor meshes (RPL, RFC 6550).', [rfc(6550)], {
    forensic: 'Only expected inside IoT / 6LoWPAN meshes; elsewhere it is crafted.',
    risk: 'low',
    codes: [
      { code: 0x00, name: 'DODAG Information Solicitation (DIS)' },
      { code: 0x01, name: 'DODAG Information Object (DIO)' },
      { code: 0x02, name: 'Destination Advertisement Object (DAO)' },
      { code: 0x03, name: 'Destination Advertisement Object Acknowledgment (DAO-ACK)' },
      { code: 0x80, name: 'Secure DIS' },
      { code: 0x81, name: 'Secure DIO' },
      { code: 0x82, name: 'Secure DAO' },
      { code: 0x83, name: 'Secure DAO-ACK' },
      { code: 0x8a, name: 'Consistency Check' },
    ],
  }),
  row(156, 'ILNPv6 Locator Update Message', 'Tells correspondents about new locators in the Identifier-Locator Network Protocol (RFC 6743).', [rfc(6743)], {
    forensic: 'Experimental; unexpected in an ordinary network.',
    risk: 'low',
  }),
  row(157, 'Duplicate Address Request', 'A 6LoWPAN router asks a border router whether an address is already taken (RFC 6775).', [rfc(6775), rfc(8505)], {
    forensic: 'Only expected inside 6LoWPAN / IoT networks.',
  }),
  row(158, 'Duplicate Address Confirmation', 'The border router\'s answer to a duplicate address request (RFC 6775).', [rfc(6775), rfc(8505)], {
    forensic: 'Only expected inside 6LoWPAN / IoT networks.',
  }),
  row(159, 'MPL Control Message', 'Control traffic of the Multicast Protocol for Low-Power and Lossy Networks (RFC 7731).', [rfc(7731)], {
    forensic: 'Only expected inside IoT meshes.',
  }),
  row(160, 'Extended Echo Request', 'A "PROBE" request (RFC 8335): asks a node about the status of one of its interfaces.', [rfc(8335)], {
    forensic: 'Legitimate diagnostics, but from a stranger it is reconnaissance of your interfaces.',
    advice: 'Only answer PROBE from management networks.',
    risk: 'low',
    codes: [{ code: 0, name: 'No error' }],
  }),
  row(161, 'Extended Echo Reply', 'The answer to a PROBE request, telling whether the interface exists and is up (RFC 8335).', [rfc(8335)], {
    codes: [
      { code: 0, name: 'No error' },
      { code: 1, name: 'Malformed query' },
      { code: 2, name: 'No such interface' },
      { code: 3, name: 'No such table entry' },
      { code: 4, name: 'Multiple interfaces satisfy query' },
    ],
  }),
  row(200, 'Private experimentation', 'Set aside for private experiments (RFC 4443); must never appear in production traffic.', [rfc(4443)], experiment),
  row(201, 'Private experimentation', 'Set aside for private experiments (RFC 4443); must never appear in production traffic.', [rfc(4443)], experiment),
  row(255, 'Reserved for expansion of ICMPv6 informational messages', 'Held back in case the informational range runs out; no message uses it.', [rfc(4443)], {
    ...experiment,
    forensic: 'A packet with this type is crafted.',
  }),
];
