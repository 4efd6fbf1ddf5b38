// ICMPv4 types 19 and up: reserved rows, the types RFC 6918 deprecated, and the newer ones.
import type { IcmpCodeEntry, IcmpTypeEntry } from './icmp-v4-types';
import { IANA_ICMP, rfc } from './icmp-refs';

const ONLY_CODE_0: readonly IcmpCodeEntry[] = [{ code: 0, name: 'No code (always 0)' }];

const CRAFTED =
  'Nothing in use today sends this type, so a live packet is most likely hand-crafted, a fingerprinting probe or a covert channel.';

/** A type RFC 6918 declared deprecated; it was never widely deployed. */
function deprecated(type: number, name: string, summary: string, extra: readonly number[] = []): IcmpTypeEntry {
  return {
    type,
    name,
    summary: `${summary} Deprecated by RFC 6918.`,
    forensic: CRAFTED,
    advice: 'Safe to drop.',
    risk: 'low',
    deprecated: true,
    codes: ONLY_CODE_0,
    references: [...extra.map((n) => rfc(n)), rfc(6918), IANA_ICMP],
  };
}

function reserved(type: number, name: string, summary: string, refs = [IANA_ICMP]): IcmpTypeEntry {
  return {
    type,
    name,
    summary,
    forensic: CRAFTED,
    advice: 'Drop it; no legitimate traffic uses a reserved type.',
    risk: 'medium',
    reserved: true,
    codes: [],
    references: refs,
  };
}

const ROBUSTNESS: IcmpTypeEntry[] = [];
for (let t = 20; t <= 29; t++) {
  ROBUSTNESS.push(
    reserved(t, 'Reserved (for Robustness Experiment)', 'Set aside by IANA for a robustness experiment; never carried real messages.'),
  );
}

export const ICMP_V4_EXTRA_TYPES: readonly IcmpTypeEntry[] = [
  reserved(19, 'Reserved (for Security)', 'Held back by IANA for security use; no message was ever defined.'),
  ...ROBUSTNESS,
  deprecated(30, 'Traceroute', 'A proposed one-packet traceroute (RFC 1393) that routers never adopted.', [1393]),
  deprecated(31, 'Datagram Conversion Error', 'Reported failures of a proposed IPv4-to-IPv7 (TP/IX) conversion (RFC 1475).', [1475]),
  deprecated(32, 'Mobile Host Redirect', 'An early mobile-host routing proposal.'),
  deprecated(33, 'IPv6 Where-Are-You', 'An early IPv6 transition proposal for locating a host.'),
  deprecated(34, 'IPv6 I-Am-Here', 'The answer to IPv6 Where-Are-You, from the same early proposal.'),
  deprecated(35, 'Mobile Registration Request', 'An early mobile-host registration proposal.'),
  deprecated(36, 'Mobile Registration Reply', 'The answer to a mobile registration request.'),
  deprecated(37, 'Domain Name Request', 'Asked a host for its DNS name over ICMP (RFC 1788).', [1788]),
  deprecated(38, 'Domain Name Reply', 'The answer to a domain name request (RFC 1788).', [1788]),
  deprecated(39, 'SKIP', 'Used by the SKIP key-management protocol for IPsec, long abandoned.'),
  {
    type: 40,
    name: 'Photuris',
    summary: 'Error messages of the Photuris session-key protocol for IPsec (RFC 2521), which IKE replaced.',
    forensic: 'Almost never seen; unless you run Photuris, treat it as crafted.',
    risk: 'low',
    codes: [
      { code: 0, name: 'Bad SPI' },
      { code: 1, name: 'Authentication failed' },
      { code: 2, name: 'Decompression failed' },
      { code: 3, name: 'Decryption failed' },
      { code: 4, name: 'Need authentication' },
      { code: 5, name: 'Need authorization' },
    ],
    references: [rfc(2521), IANA_ICMP],
  },
  {
    type: 41,
    name: 'Experimental mobility protocols (Seamoby)',
    summary: 'A container for messages of experimental mobility protocols such as Seamoby (RFC 4065).',
    forensic: 'Research use only; in an ordinary network it is unexpected.',
    risk: 'low',
    codes: [],
    references: [rfc(4065), IANA_ICMP],
  },
  {
    type: 42,
    name: 'Extended Echo Request',
    summary: 'A "PROBE" request (RFC 8335): asks a node about the status of one of its interfaces, possibly one that cannot be pinged directly.',
    forensic: 'Legitimate diagnostics, but from a stranger it is reconnaissance of your interfaces.',
    advice: 'Only answer PROBE from management networks.',
    risk: 'low',
    codes: [{ code: 0, name: 'No error' }],
    references: [rfc(8335), IANA_ICMP],
  },
  {
    type: 43,
    name: 'Extended Echo Reply',
    summary: 'The answer to a PROBE request (RFC 8335), telling whether the interface asked about exists and is up.',
    risk: 'info',
    codes: [
      { code: 0, name: 'No error' },
      { code: 1, name: 'Malformed query' },
      { code: 2, name: 'No such interface' },
      { code: 3, name: 'No such table entry' },
      { code: 4, name: 'Multiple interfaces satisfy query' },
    ],
    references: [rfc(8335), IANA_ICMP],
  },
  {
    type: 253,
    name: 'RFC 3692-style Experiment 1',
    summary: 'Free for experiments and testing (RFC 4727); must never appear in production traffic.',
    forensic: 'Outside a lab, this is a test tool or a covert channel.',
    risk: 'medium',
    codes: [],
    references: [rfc(4727), rfc(3692), IANA_ICMP],
  },
  {
    type: 254,
    name: 'RFC 3692-style Experiment 2',
    summary: 'Free for experiments and testing (RFC 4727); must never appear in production traffic.',
    forensic: 'Outside a lab, this is a test tool or a covert channel.',
    risk: 'medium',
    codes: [],
    references: [rfc(4727), rfc(3692), IANA_ICMP],
  },
  reserved(255, 'Reserved', 'The last type number, kept in reserve by IANA.'),
];
