// Types of the log engine (analyzeLog). Pure: no DOM, no browser APIs.
import type { Risk } from '../types';

export type LogAction = 'allow' | 'deny';

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
  /** Upper-case flag letters or names as the log gives them: ["SYN"], ["FIN","PSH","URG"]. */
  tcpFlags?: string[];
  length?: number;
  rule?: string;
  /** The raw line, for display and evidence. */
  raw: string;
}

export interface UnparsedLine {
  line: number;
  text: string;
  reason: string;
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
}

export interface LogStats {
  topSources: { address: string; count: number }[];
  topDestinationPorts: { port: number; protocol?: string; count: number }[];
  actions: Record<string, number>;
  protocols: Record<string, number>;
  /** Events per time bucket; empty when no line had a readable time. */
  timeline: { start: number; count: number; denied: number }[];
  totalLines: number;
  parsedLines: number;
}

export interface LogAnalysis {
  events: LogEvent[];
  unparsed: UnparsedLine[];
  findings: Finding[];
  stats: LogStats;
}

/** A parser reads one format. Registered in parsers/registry.ts; id equals file name. */
export interface LogParser {
  id: string;
  /** Human name for the UI. */
  name: string;
  /** Cheap check: could this line be this format? */
  test(line: string, context: ParseContext): boolean;
  /** Parse one line (syslog header already stripped into context) or return null. */
  parse(line: string, context: ParseContext): Omit<LogEvent, 'line' | 'raw' | 'format'> | null;
}

/** State carried across lines: header-driven formats (Windows #Fields, Zeek #fields) keep it here. */
export interface ParseContext {
  lineNumber: number;
  /** Time parsed from a syslog header, if one was stripped. */
  headerTime?: { time?: number; text: string };
  /** Per-parser state, keyed by parser id. */
  state: Record<string, unknown>;
  /** Year to assume for RFC 3164 timestamps, which carry none. */
  assumedYear: number;
}

/** A detector looks at all events and reports findings. Registered in detectors/registry.ts. */
export interface Detector {
  id: string;
  detect(events: readonly LogEvent[]): Finding[];
}
