// ICMP and ICMPv6 knowledge: the hand-written IANA tables and the explainer.
export { explainIcmp, findIcmpType, describeCodes } from './explain-icmp';
export { ICMP_V4_TYPES } from './icmp-v4-types';
export type { IcmpTypeEntry, IcmpCodeEntry } from './icmp-v4-types';
export { ICMP_V6_TYPES } from './icmp-v6-types';
