// Every explanatory topic, and lookup by id. Entries are short and in our own words; each one
// cites the Firewall Forensics FAQ section it draws on, plus RFCs and advisories.
import type { Topic } from '../types';
import { NETWORK_TOPICS } from './topics-network';
import { LOG_TOPICS } from './topics-logs';
import { SIGNATURE_TOPICS } from './topics-signatures';
import { TRAFFIC_TOPICS } from './topics-traffic';

export const TOPICS: readonly Topic[] = [...NETWORK_TOPICS, ...LOG_TOPICS, ...SIGNATURE_TOPICS, ...TRAFFIC_TOPICS];

const byId = new Map<string, Topic>(TOPICS.map((t) => [t.id, t]));

/** The topic with this id ("smurf", "decoy-scan"), ignoring case and surrounding spaces. */
export function findTopic(id: string): Topic | undefined {
  return byId.get(id.trim().toLowerCase());
}
