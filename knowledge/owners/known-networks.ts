// The registry of curated networks and how an address or AS is matched against it: a published
// block wins (most specific first), then the AS number, then the AS-name rule for home and mobile.
import { maskOf, parseAddressText } from '../addresses/classify-address';
import { kindFromAsName } from './as-name-rules';
import type { KnownNetwork } from './known-network';
import { RESEARCH_SCANNERS } from './known-networks-scanners';
import { PROVIDERS } from './known-networks-providers';
import { PUBLIC_SERVICES } from './known-networks-services';
import { NETWORK_KINDS } from './network-kinds';
import type { KnownNetworkMatch, NetworkKind } from './types';

export type { KnownNetwork } from './known-network';

export const KNOWN_NETWORKS: readonly KnownNetwork[] = [...RESEARCH_SCANNERS, ...PUBLIC_SERVICES, ...PROVIDERS];

interface CompiledBlock {
  version: 4 | 6;
  first: bigint;
  last: bigint;
  network: KnownNetwork;
}

function compileBlocks(networks: readonly KnownNetwork[]): CompiledBlock[] {
  const blocks: CompiledBlock[] = [];
  for (const network of networks) {
    for (const prefix of network.prefixes ?? []) {
      const p = parseAddressText(prefix);
      if (!p || p.prefixLength === undefined) throw new Error(`known network ${network.id}: bad prefix ${prefix}`);
      const mask = maskOf(p.version, p.prefixLength);
      const all = p.version === 4 ? 0xffffffffn : (1n << 128n) - 1n;
      if ((p.value & mask) !== p.value) throw new Error(`known network ${network.id}: ${prefix} has host bits set`);
      blocks.push({ version: p.version, first: p.value, last: p.value | (~mask & all), network });
    }
  }
  // Narrowest first, so the first hit is the most specific.
  return blocks.sort((a, b) => (a.last - a.first < b.last - b.first ? -1 : a.last - a.first > b.last - b.first ? 1 : 0));
}

const BLOCKS = compileBlocks(KNOWN_NETWORKS);
// IPv4 bounds as plain numbers: this check runs on every lookup and must stay cheap.
const V4_BLOCKS = BLOCKS.filter((b) => b.version === 4).map((b) => ({ first: Number(b.first), last: Number(b.last), network: b.network }));
const V6_BLOCKS = BLOCKS.filter((b) => b.version === 6);
const BY_ASN = new Map<number, KnownNetwork>();
for (const network of KNOWN_NETWORKS) {
  for (const asn of network.asns ?? []) {
    if (BY_ASN.has(asn)) throw new Error(`AS${asn} is listed twice in the known networks`);
    BY_ASN.set(asn, network);
  }
}

// Built once per network and kind of match, and shared by every answer (they are read-only data).
const MATCHES = new Map<string, KnownNetworkMatch>();
function matchOf(network: KnownNetwork, by: KnownNetworkMatch['by']): KnownNetworkMatch {
  const key = `${by}:${network.id}`;
  let match = MATCHES.get(key);
  if (!match) {
    match = { id: network.id, name: network.name, kind: network.kind, by, references: network.references };
    MATCHES.set(key, match);
  }
  return match;
}

/** The curated network whose published block holds the address, most specific first. */
export function networkByAddress(version: 4 | 6, value: bigint | number): KnownNetworkMatch | undefined {
  if (version === 4) {
    const v = Number(value);
    for (const b of V4_BLOCKS) if (v >= b.first && v <= b.last) return matchOf(b.network, 'prefix');
    return undefined;
  }
  const v6 = BigInt(value);
  for (const b of V6_BLOCKS) if (v6 >= b.first && v6 <= b.last) return matchOf(b.network, 'prefix');
  return undefined;
}

export function networkByAsn(asn: number | null): KnownNetworkMatch | undefined {
  const network = asn === null ? undefined : BY_ASN.get(asn);
  return network && matchOf(network, 'asn');
}

export interface NetworkVerdict {
  kind?: NetworkKind;
  note?: string;
  network?: KnownNetworkMatch;
}

/** The kind of network, its meaning for the reader and the curated entry behind it, if any. */
export function judgeNetwork(match: KnownNetworkMatch | undefined, asName: string | null): NetworkVerdict {
  const kind = match?.kind ?? kindFromAsName(asName);
  if (!kind) return {};
  const verdict: NetworkVerdict = { kind, note: NETWORK_KINDS[kind].meaning };
  if (match) verdict.network = match;
  return verdict;
}
