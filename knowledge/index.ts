// Public API of the PortLens knowledge base. Pure TypeScript: runs in plain Node and in every
// extension context. Entry points and components import from here only.
import { explainPortWith, type ExplainPortOptions } from './ports/explain-port';
import { bundledIanaSource } from './ports/bundled-iana-source';
import { searchWith, type SearchOutcome } from './search/search';
import type { IanaPortSource } from './ports/iana-registry';
import type { PortExplanation } from './types';
import { analyzeLog as analyzeLogWith, type AnalyzeLogOptions } from './logs/analyze-log';
import { LOG_DETECTORS } from './logs/detectors/registry';
import type { LogAnalysis } from './logs/types';
import { asLookupWith, bundledOwnerSource, ipOwnerWith } from './owners';
import type { AsDirectoryEntry, IpOwner } from './owners/types';

export type * from './types';
export type { ExplainPortOptions } from './ports/explain-port';
export type { SearchOutcome } from './search/search';
export type { ParsedQuery } from './search/parse-query';
export type { IanaPortAsset, IanaPortSource, IanaPortGroup } from './ports/iana-registry';
export type * from './logs/types';
export type { AnalyzeLogOptions } from './logs/analyze-log';

export { classifyAddress, describeCidr } from './addresses';
export { explainIcmp } from './icmp';
export { TOPICS, findTopic } from './topics/topics';
export { parseQuery } from './search/parse-query';
export { CURATED_PORT_FACTS } from './ports/curated-port-facts';
export { IANA_PORT_CLASSES, EPHEMERAL_RANGES, rangesForPort } from './ports/port-ranges';
export { decodeIanaAsset, createMemoryIanaSource, rankByName, rangesContaining } from './ports/iana-registry';
export { loadBundledIanaAsset } from './ports/bundled-iana-source';
export { LOG_PARSERS } from './logs/parsers/registry';
export { lineAction, parseLogLine } from './logs/read-line';
export { detectTokens } from './tokens';
export type { Token, TokenContext, TokenKind } from './tokens';
export { LOG_DETECTORS } from './logs/detectors/registry';
export { explainPacketFields, guessInitialTtl, readTcpFlags } from './packet';
export type { PacketField, PacketFieldNote, PacketFieldsExplanation, PacketFieldsInput } from './packet';
export { EventStore, chunkTransferables, type EventChunk, type EventSequence } from './logs/event-store';
export {
  ALL_DIALECTS, DIALECT_NAMES, ICMP_FILTER_ADVICE, dialectsForFormat, isFirewallDialect, rulesForFinding,
  type DialectChoice, type FindingRules, type FirewallDialect, type IcmpAdvice, type RuleContext, type RuleSet,
} from './filter-rules';
export * from './owners';
export { KNOWLEDGE_SOURCES, type KnowledgeSource } from './sources';

/** Explains a port, using the IANA table bundled with the knowledge base. */
export async function explainPort(port: number, options?: ExplainPortOptions): Promise<PortExplanation> {
  return explainPortWith(await bundledIanaSource(), port, options);
}

/** Ranked results for anything a person may type in the popup. */
export async function search(query: string): Promise<SearchOutcome> {
  return searchWith(await bundledIanaSource(), query);
}

/** The same API over another IANA source, e.g. the background's IndexedDB store. */
export function createKnowledge(source: IanaPortSource) {
  return {
    explainPort: (port: number, options?: ExplainPortOptions) => explainPortWith(source, port, options),
    search: (query: string) => searchWith(source, query),
  };
}

/**
 * Reads a firewall log: events, unparsed lines with reasons, stats, and the findings of every
 * registered detector (pass `detectors` to choose others).
 */
export function analyzeLog(text: string, options: AnalyzeLogOptions = {}): LogAnalysis {
  return analyzeLogWith(text, { ...options, detectors: options.detectors ?? LOG_DETECTORS });
}

/**
 * Who owns an address (AS number and name, registration country, kind of network), from the data
 * bundled with the knowledge base. Null for special-purpose addresses, zone ids and bad input.
 */
export async function ipOwner(address: string): Promise<IpOwner | null> {
  return ipOwnerWith(await bundledOwnerSource().database(), address);
}

/** What the bundled data knows about an AS: "AS15169", "as15169", "15169" or part of a name. */
export async function asLookup(query: string, limit?: number): Promise<AsDirectoryEntry[]> {
  return asLookupWith(await bundledOwnerSource().database(), query, limit);
}
