// search(query): one box that understands ports, ranges, names, addresses, CIDRs, ICMP and topics.
// Who holds an address or an AS comes from the owner data, which the caller asks separately
// (see owner-lookups.ts): this search answers at once, without waiting for that data to load.
import { classifyAddress, describeCidr } from '../addresses';
import { specialAsn } from '../owners/special-asns';
import { explainIcmp, ICMP_V4_TYPES, ICMP_V6_TYPES } from '../icmp';
import { curatedFactsByName, curatedFactsForPort, CURATED_PORT_FACTS } from '../ports/curated-port-facts';
import { explainPortWith, type ExplainPortOptions } from '../ports/explain-port';
import type { IanaPortSource } from '../ports/iana-registry';
import { IANA_PORT_CLASSES, EPHEMERAL_RANGES } from '../ports/port-ranges';
import { TOPICS } from '../topics/topics';
import type { PortFact, SearchResult, Topic } from '../types';
import { parseQuery, type ParsedQuery } from './parse-query';

export const SEARCH_LIMIT = 20;

export interface SearchOutcome {
  query: ParsedQuery;
  results: SearchResult[];
  /** Set when the query could not be understood or was out of range. */
  message?: string;
}

function rangeResult(first: number, last: number, score: number, facts: PortFact[]): SearchResult {
  const classes = [...IANA_PORT_CLASSES, ...EPHEMERAL_RANGES].filter((r) => r.ports[0] <= last && r.ports[1] >= first);
  const label = first === last ? String(first) : `${first}–${last}`;
  const named = facts[0];
  const summary = named
    ? `${label}: ${named.service}. ${named.summary}`
    : `${label} spans ${last - first + 1} ports, in ${classes.filter((c) => c.kind === 'iana-class').map((c) => c.name).join(' and ')}.`;
  return { kind: 'port-range', score, label: named ? `${label} — ${named.service}` : `Ports ${label}`, ports: [first, last], summary, facts, ranges: classes };
}

function topicScore(topic: Topic, needle: string): number {
  if (topic.id === needle) return 90;
  // A keyword hit ranks below an exact port/trojan name: "netbus" is first the port 12345.
  if (topic.keywords.includes(needle)) return topic.id.startsWith(needle) ? 85 : 80;
  if (topic.title.toLowerCase().includes(needle) || topic.keywords.some((k) => k.startsWith(needle))) return needle.length >= 3 ? 60 : 0;
  return 0;
}

/** A port's card, then the curated ranges it falls in (traceroute 33434-33600, RealAudio 6970-7170). */
async function portResults(source: IanaPortSource, port: number, options: ExplainPortOptions): Promise<SearchResult[]> {
  const explanation = await explainPortWith(source, port, options);
  const results: SearchResult[] = [{ kind: 'port', score: 100, label: explanation.title, port, protocol: options.protocol, explanation }];
  for (const fact of curatedFactsForPort(port)) {
    if (fact.ports[0] !== fact.ports[1]) results.push(rangeResult(fact.ports[0], fact.ports[1], 80, [fact]));
  }
  return results;
}

async function searchWords(source: IanaPortSource, text: string): Promise<SearchResult[]> {
  const results: SearchResult[] = [];
  for (const topic of TOPICS) {
    const score = topicScore(topic, text);
    if (score) results.push({ kind: 'topic', score, label: topic.title, topic });
  }
  const seenPorts = new Set<string>();
  for (const { fact, score } of curatedFactsByName(text).slice(0, 10)) {
    const [lo, hi] = fact.ports;
    const key = `${lo}-${hi}/${fact.protocols?.join('+') ?? ''}`;
    if (seenPorts.has(key)) continue;
    seenPorts.add(key);
    const protocol = fact.protocols?.length === 1 ? fact.protocols[0] : undefined;
    if (lo === hi) {
      const role = fact.role === 'source' ? 'source' : undefined;
      const explanation = await explainPortWith(source, lo, { protocol, role });
      results.push({ kind: 'port', score: 70 + Math.min(score, 3) * 5 + (score > 3 ? 2 : 0), label: `${lo}${protocol ? `/${protocol}` : ''} — ${fact.service}`, port: lo, protocol, explanation });
    } else {
      results.push(rangeResult(lo, hi, 70 + Math.min(score, 3) * 5 + (score > 3 ? 2 : 0), [fact]));
    }
  }
  const iana = await source.findByName(text, 12);
  for (const record of iana) {
    const key = `${record.port}-${record.range?.[1] ?? record.port}/${record.protocol}`;
    if (seenPorts.has(`${record.port}-${record.port}/`) || seenPorts.has(key)) continue;
    seenPorts.add(key);
    if (record.protocol !== 'tcp' && record.protocol !== 'udp') continue;
    const exact = record.names.some((n) => n.toLowerCase() === text);
    const score = exact ? 75 : 40;
    if (record.range) {
      results.push(rangeResult(record.range[0], record.range[1], score, []));
      continue;
    }
    const explanation = await explainPortWith(source, record.port, { protocol: record.protocol });
    results.push({ kind: 'port', score, label: `${record.port}/${record.protocol} — ${record.names[0] ?? ''}`, port: record.port, protocol: record.protocol, explanation });
  }
  for (const [version, table] of [[4, ICMP_V4_TYPES], [6, ICMP_V6_TYPES]] as const) {
    for (const entry of table) {
      if (text.length >= 4 && entry.name.toLowerCase().includes(text)) {
        results.push({ kind: 'icmp', score: 50, label: `ICMP${version === 6 ? 'v6' : ''} type ${entry.type} — ${entry.name}`, explanation: explainIcmp(entry.type, undefined, version) });
      }
    }
  }
  return results;
}

export async function searchWith(source: IanaPortSource, raw: string): Promise<SearchOutcome> {
  const query = parseQuery(raw.slice(0, 200));
  let results: SearchResult[] = [];
  switch (query.kind) {
    case 'empty':
      return { query, results };
    case 'invalid':
      return { query, results, message: query.message };
    case 'port':
      results = await portResults(source, query.port, { protocol: query.protocol, role: query.role, action: query.action });
      break;
    case 'endpoint': {
      // "203.0.113.5:22": the port says what the traffic is, the address who it is; both cards, port first.
      results = await portResults(source, query.port, { protocol: query.protocol, action: query.action });
      const classification = classifyAddress(query.address);
      if (classification) results.push({ kind: 'address', score: 95, label: classification.address, classification });
      break;
    }
    case 'port-range': {
      const facts = CURATED_PORT_FACTS.filter((f) => f.ports[0] === query.first && f.ports[1] === query.last);
      const inside = CURATED_PORT_FACTS.filter((f) => !facts.includes(f) && f.ports[0] >= query.first && f.ports[1] <= query.last);
      results.push(rangeResult(query.first, query.last, 100, facts.length ? facts : inside.slice(0, 8)));
      if (facts.length && inside.length) results.push(rangeResult(query.first, query.last, 70, inside.slice(0, 8)));
      break;
    }
    case 'icmp':
      results.push({ kind: 'icmp', score: 100, label: `ICMP${query.version === 6 ? 'v6' : ''} ${query.type}${query.code === undefined ? '' : `/${query.code}`}`, explanation: explainIcmp(query.type, query.code, query.version) });
      break;
    case 'address': {
      const classification = classifyAddress(query.text);
      if (classification) results.push({ kind: 'address', score: 100, label: classification.address, classification });
      else results = await searchWords(source, query.text.toLowerCase());
      break;
    }
    case 'cidr': {
      const cidr = describeCidr(query.text);
      if (cidr) results.push({ kind: 'cidr', score: 100, label: cidr.network, cidr });
      else return { query, results, message: `${query.text} is not a valid CIDR block (IPv4 prefixes run to /32, IPv6 to /128).` };
      break;
    }
    case 'as-number':
      // Special-purpose numbers are explained here; any other AS is the owner data's to answer.
      return { query, results, message: specialAsn(query.asn)?.summary ?? `AS${query.asn} is an autonomous system number: who holds it comes from the owner data.` };
    case 'words':
      results = await searchWords(source, query.text);
      break;
  }
  results.sort((a, b) => b.score - a.score);
  const message = results.length ? undefined : `Nothing matches "${raw.trim()}". Try a port (3389, tcp/3389, DPT=3389), a range (6970-7170), a name (ssh, netbus), an address, a CIDR, an AS (AS15169), "icmp 3/4" or a topic such as smurf.`;
  return { query, results: results.slice(0, SEARCH_LIMIT), message };
}
