// Types of the log engine (analyzeLog). Pure: no DOM, no browser APIs.
import type { Risk } from '../types';
import type { EventStore } from './event-store';

export type LogAction = 'allow' | 'deny';

/**
 * What a server-log line reports, in one word. Firewall lines leave it out; the action says it all.
 * - request: an HTTP request (allowed when answered 1xx-3xx, denied on 4xx/5xx)
 * - client-denied: the web server refused the client by its configuration
 * - login-accepted / login-failed / invalid-user / user-not-allowed: an sshd, SMTP AUTH or HTTP login
 * - connection-refused / connection-rejected: turned away before any login (tcp wrappers, mail ACL)
 * - preauth-disconnect / no-identification / negotiation-failed: left or failed before logging in
 * - relay-denied / recipient-rejected / sender-rejected / message-accepted: SMTP verdicts
 * - protocol-mismatch: something that does not speak the protocol (HTTP sent to a mail port)
 * - query / query-denied / zone-transfer / update-denied: DNS
 * - connection / error: a client showed up, or the server logged a problem with it
 */
export type ServerEventKind =
  | 'request' | 'client-denied'
  | 'login-accepted' | 'login-failed' | 'invalid-user' | 'user-not-allowed'
  | 'connection-refused' | 'connection-rejected' | 'preauth-disconnect' | 'no-identification' | 'negotiation-failed'
  | 'relay-denied' | 'recipient-rejected' | 'sender-rejected' | 'message-accepted' | 'protocol-mismatch'
  | 'query' | 'query-denied' | 'zone-transfer' | 'update-denied'
  | 'connection' | 'error';

/** One log line that carries traffic, normalised across formats. */
export interface LogEvent {
  /** 1-based line number in the input. */
  line: number;
  /** Parser id, equal to its file name: "netfilter", "pf-filterlog", ... */
  format: string;
  /** Parsed time as epoch milliseconds when the line has one we can read. */
  time?: number;
  /** The time exactly as written in the line. */
  timeText?: string;
  action?: LogAction;
  /** The original action word: "DROP", "block", "Deny", "REJECT" ... */
  actionText?: string;
  /** Lower-case protocol name: tcp, udp, icmp, icmpv6, gre, esp, or "proto-N". */
  protocol?: string;
  /** Addresses normalised: dotted quad, IPv6 compressed (RFC 5952). */
  src?: string;
  srcPort?: number;
  dst?: string;
  dstPort?: number;
  icmpType?: number;
  icmpCode?: number;
  interface?: string;
  direction?: 'in' | 'out' | 'forward';
  ttl?: number;
  /** The IP header's identification field (netfilter ID=, filterlog id). */
  ipId?: number;
  /** Upper-case flag letters or names as the log gives them: ["SYN"], ["FIN","PSH","URG"]. */
  tcpFlags?: string[];
  /** TCP window size as logged (netfilter WINDOW=, pfirewall tcpwin). */
  window?: number;
  length?: number;
  rule?: string;
  /** Server logs: the application the line is about: "http", "ssh", "smtp", "dns". */
  service?: string;
  /** Server logs: what happened. */
  kind?: ServerEventKind;
  /** HTTP request method as written ("GET", "CONNECT"). */
  method?: string;
  /** HTTP request target (path or absolute URI) or DNS query name. */
  target?: string;
  /** HTTP status or SMTP reply code. */
  status?: number;
  /** DNS query type: "A", "ANY", "AXFR", "IXFR", "TXT" ... */
  queryType?: string;
  /** The user name a login tried. */
  user?: string;
  /** The raw line, for display and evidence. */
  raw: string;
}

/**
 * The event as detectors see it while the log streams past: a LogEvent plus its row and interned ids.
 * The same object is refilled for every row: keep `row` (and read the store later), never the event.
 */
export interface StreamedEvent extends LogEvent {
  /** Row in the EventStore (0-based). */
  readonly row: number;
  /** Interned ids of src and dst (-1 when absent): equal ids mean equal addresses, and make cheap keys. */
  readonly srcId: number;
  readonly dstId: number;
}

export interface UnparsedLine {
  line: number;
  text: string;
  reason: string;
}

/** What a finding suggests doing about it; knowledge/filter-rules turns it into firewall rules. */
export interface FindingRemedy {
  /** Addresses to block (the actors). Empty when blocking would hurt (forged senders, victims). */
  block: string[];
  /** Ports to limit or close: new connections to them should be rate-limited per source. */
  rateLimit?: { port: number; protocol: 'tcp' | 'udp' }[];
  /** The finding is about ICMP filtering: show the ICMP filter advice. */
  icmpAdvice?: boolean;
  /** One sentence for what a firewall rule cannot fix (server settings, the provider). */
  note?: string;
}

export interface Finding {
  /** One of the fixed detector ids: "port-scan", "host-sweep", ... */
  id: string;
  title: string;
  severity: Risk;
  /** Plain words: what it is and why it matters. */
  explanation: string;
  /** Source addresses involved. */
  sources: string[];
  /** Evidence: 1-based line numbers. */
  lines: number[];
  /** The one address this finding is about, when there is one (one finding per actor and detector). */
  actor?: string;
  /** A name for the actor (e.g. its network's owner), filled in by whoever knows it; shown beside the address. */
  actorLabel?: string;
  /** The ports or services it is about, as "22/tcp" or "HTTP": what a scanner got an answer on. */
  targets?: string[];
  /** What to do: addresses to block, ports to rate-limit. */
  remedy?: FindingRemedy;
}

export interface LogStats {
  topSources: { address: string; count: number }[];
  topDestinationPorts: { port: number; protocol?: string; count: number }[];
  actions: Record<string, number>;
  protocols: Record<string, number>;
  /** Events per parser id. */
  formats: Record<string, number>;
  /** Events per time bucket; empty when no line had a readable time. */
  timeline: { start: number; count: number; denied: number }[];
  /** Every input line read: parsedLines + unparsed + blankLines + commentLines. */
  totalLines: number;
  parsedLines: number;
  /** Empty or white-space-only lines. */
  blankLines: number;
  /** Comment and column-header lines (# …, an AWS flow-log header). */
  commentLines: number;
}

/** The one-line gist of the findings: "3 scanners, 1 brute force, 1 scanner got an answer on 22/tcp". */
export interface AnalysisSummary {
  text: string;
  /** The parts of the text, most important first. */
  parts: string[];
}

export interface LogAnalysis {
  /** The events, stored column by column; `at(i)` gives a LogEvent. */
  events: EventStore;
  unparsed: UnparsedLine[];
  findings: Finding[];
  stats: LogStats;
  summary: AnalysisSummary;
}

/** A parser's result: the event's fields without the ones the engine fills in. */
export type ParsedFields = Omit<LogEvent, 'line' | 'raw' | 'format'>;

/** A parser reads one format. Registered in parsers/registry.ts; id equals file name. */
export interface LogParser {
  id: string;
  /** Human name for the UI. */
  name: string;
  /** Cheap check: could this line be this format? */
  test(line: string, context: ParseContext): boolean;
  /** Parse one line (syslog header already stripped into context) or return null. */
  parse(line: string, context: ParseContext): ParsedFields | null;
}

/** State carried across lines: header-driven formats (Windows #Fields, Zeek #fields) keep it here. */
export interface ParseContext {
  lineNumber: number;
  /** Program name from the syslog header ("sshd", "postfix/smtpd", "named"), if one was stripped. */
  program?: string;
  /** Per-parser state, keyed by parser id. */
  state: Record<string, unknown>;
  /** Year to assume for RFC 3164 timestamps, which carry none. */
  assumedYear: number;
}

/** What a detector may look at when the log has been read. */
export interface FinishContext {
  store: EventStore;
  /** Findings of the detectors that finished before (all others, for detectors that read findings). */
  findings: readonly Finding[];
}

/** One pass of a detector over one log: sees every event once, in line order, then reports. */
export interface DetectorRun {
  consume(event: StreamedEvent): void;
  finish(context: FinishContext): Finding[];
}

/** A detector looks at the events as they stream past and reports findings. Registered in detectors/registry.ts. */
export interface Detector {
  id: string;
  /** True when the detector builds on the other detectors' findings: it finishes after them. */
  readsFindings?: boolean;
  /** The only event protocols the detector reads; events of others (or of none) are not passed to its run. */
  protocols?: readonly string[];
  /** The only services (server-log events) the detector reads; other events are not passed to its run. */
  services?: readonly string[];
  start(): DetectorRun;
  /** Runs the detector alone over a list of events (tests, one-off checks). */
  detect(events: readonly LogEvent[]): Finding[];
}
