// The shape of a curated network entry. Every entry names the public page its numbers come from.
import type { Reference } from '../types';
import type { NetworkKind } from './types';

export interface KnownNetwork {
  id: string;
  name: string;
  kind: NetworkKind;
  /** AS numbers the operator holds itself (matched when no published block matches). */
  asns?: readonly number[];
  /** Address blocks the operator publishes (matched first: they are more precise than an AS). */
  prefixes?: readonly string[];
  /** Words the bundled data's AS name must contain for each of `asns` (tests check it). */
  asNameContains?: string;
  references: readonly Reference[];
}

export const peeringDb = (asn: number, name: string): Reference => ({
  label: `PeeringDB: ${name} (AS${asn})`,
  url: `https://www.peeringdb.com/asn/${asn}`,
});
