// Public entry point of the address knowledge: classification, CIDR description and the tables.
export { classifyAddress } from './classify-address';
export { describeCidr } from './describe-cidr';
export { SPECIAL_RANGES, SPECIAL_RANGES_V4, SPECIAL_RANGES_V6 } from './special-ranges';
export { MULTICAST_RANGES } from './multicast-groups';
export { WELL_KNOWN_HOSTS } from './well-known-hosts';
export { decodeEmbedded, decodeEmbeddedParts } from './embedded-addresses';
