// Public entry point of the owner knowledge (re-exported by knowledge/index.ts).
export type * from './types';
export type { OwnerSource } from './owner-source';
export type { KnownNetwork } from './known-network';
export type { CountryInfo } from './countries';
export type { NetworkKindInfo } from './network-kinds';
export { createOwnerKnowledge, createOwnerSource, createOwnerSourceFrom, loadOwnerDatabase, UNAVAILABLE as OWNER_DATA_UNAVAILABLE } from './owner-source';
export { OwnerDatabase } from './owner-database';
export { decodeOwnerAsset, isDecodedOwnerAsset, OwnerAssetError, type DecodedOwnerAsset } from './owner-asset';
export { ipOwnerWith, describeRange } from './ip-owner';
export { asLookupWith, MIN_AS_NAME_QUERY } from './as-directory';
export { createOwnerMemo, ownersFor } from './owners-for';
export { bundledOwnerSource } from './bundled-owner-source';
export { COUNTRY_NAMES, countryFlag, describeCountry } from './countries';
export { NETWORK_KINDS } from './network-kinds';
export { KNOWN_NETWORKS, networkByAddress, networkByAsn } from './known-networks';
export { kindFromAsName } from './as-name-rules';
