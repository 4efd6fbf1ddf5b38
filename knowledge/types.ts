// Shared vocabulary of the knowledge base. Pure data types: no DOM, no browser APIs.

/** How worrying a hit is, from "ignore" to "act now". */
export type Risk = 'info' | 'low' | 'medium' | 'high' | 'critical';

export const RISK_ORDER: readonly Risk[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Where a fact comes from. Every curated entry carries at least one. */
export interface Reference {
  /** Short label shown in the UI: "FAQ §1.4", "CVE-2024-6387", "RFC 6598", "IANA registry". */
  label: string;
  /** Optional locator (a URL or RFC section); never fetched at run time. */
  url?: string;
}

export type TransportProtocol = 'tcp' | 'udp' | 'sctp' | 'dccp';
export type PortRole = 'source' | 'destination';
/** What the firewall did with the packet, when the log says so. */
export type PortAction = 'allow' | 'deny';

export type PortCategory =
  | 'service' // a well-known service probed for what it does
  | 'trojan' // backdoor / remote-access trojan default port
  | 'game-chat' // games, chat and streaming: leftovers for dial-up / reassigned IPs
  | 'proxy' // SOCKS, HTTP proxies, open relays
  | 'remapped' // a service moved to a "clever" alternate port
  | 'reply' // the port is the client side, or a server answering: traffic is a reply
  | 'reflection' // unsolicited replies from an amplifying service: a flood aimed at the receiver
  | 'scan-signature' // the port itself points at a scanner or scan tool
  | 'attacked' // ports attacked today (CVE / advisory backed)
  | 'ics' // industrial control / building automation
  | 'registered' // IANA name only, no curated story
  | 'unassigned';

/** A hand-written fact about a port or a range of ports, in our own words. */
export interface PortFact {
  /** Stable id, unique across all curated tables, e.g. "faq-31337" or "modern-6379". */
  id: string;
  /** Inclusive range; a single port is [p, p]. */
  ports: readonly [number, number];
  /** Transports this fact is about; omitted means both tcp and udp. */
  protocols?: readonly ('tcp' | 'udp')[];
  /**
   * The side of the packet this fact reads the port on: 'destination' (what the sender wants here),
   * 'source' (the sender's own end: a server answering, a game server, a flood source) or 'any'.
   * Required, so that every fact's side is chosen on purpose.
   */
  role: PortRole | 'any';
  /** Service or program name, e.g. "SubSeven", "Redis". */
  service: string;
  /** Other names a person may type: "sub7", "back orifice", "bo2k". Lower-case. */
  aliases?: readonly string[];
  /** What the traffic is, in plain words. */
  summary: string;
  /** What someone probing it is probably after. */
  probing?: string;
  /** What to do about it. */
  advice?: string;
  risk: Risk;
  category: PortCategory;
  /** The table the fact comes from, for provenance. */
  table: 'faq' | 'faq-source' | 'trojan' | 'game-chat' | 'remapped' | 'modern' | 'everyday' | 'role';
  references: readonly Reference[];
}

/** One IANA registry row for a port/protocol, with every name IANA gave it. */
export interface IanaPortRecord {
  port: number;
  protocol: TransportProtocol;
  /** First name is the display name ("http"); the rest are aliases ("www", "www-http"). */
  names: string[];
  descriptions: string[];
  /** Set when the row is a named range (x11 6000-6063) rather than a single port. */
  range?: readonly [number, number];
}

/** The class of a port number under RFC 6335, or an OS ephemeral range. */
export interface PortRangeInfo {
  id: string;
  name: string;
  ports: readonly [number, number];
  summary: string;
  kind: 'iana-class' | 'ephemeral';
  references: readonly Reference[];
}

/**
 * What the packet most likely was, given the port's side and the firewall's action:
 * - blocked-probe / exposed-service / probe: something aimed at a service here (dropped, let in, unknown);
 * - blocked-reply / allowed-reply / reply: an answer to a connection from here, or a client's port;
 * - blocked-flood / allowed-flood / flood: unsolicited replies of a reflection attack.
 */
export type PortOutcomeKind =
  | 'blocked-probe'
  | 'exposed-service'
  | 'probe'
  | 'blocked-reply'
  | 'allowed-reply'
  | 'reply'
  | 'blocked-flood'
  | 'allowed-flood'
  | 'flood';

/** The one line every card shows about what the firewall's action means here. */
export interface PortOutcome {
  kind: PortOutcomeKind;
  text: string;
}

export interface PortExplanation {
  port: number;
  protocol?: 'tcp' | 'udp';
  role?: PortRole;
  action?: PortAction;
  /** What the side the port was seen on means, in plain words; present when a role was given. */
  roleNote?: string;
  /** What the firewall's action (or its absence) means for this packet. */
  outcome: PortOutcome;
  /** "3389/tcp — RDP (ms-wbt-server)" style headline. */
  title: string;
  /** IANA rows for this port, one per transport, with all names and descriptions. */
  iana: IanaPortRecord[];
  /** Plain words: what this traffic likely is. */
  summary: string;
  /** What a prober is probably after, when known. */
  probing?: string;
  /** What to do. Always present, even for unknown ports (FAQ §1.13 advice). */
  advice: string;
  /** How worrying this packet is: capped for a blocked probe, the worst story for an exposed service. */
  risk: Risk;
  category: PortCategory;
  /** RFC 6335 class and the OS ephemeral ranges the port falls in. */
  ranges: PortRangeInfo[];
  /** Curated facts that matched, most relevant first. */
  facts: PortFact[];
  references: Reference[];
}

export type AddressScope =
  | 'public'
  | 'private'
  | 'shared'
  | 'loopback'
  | 'link-local'
  | 'multicast'
  | 'broadcast'
  | 'unspecified'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'unique-local'
  | 'translation'
  | 'tunnel'
  | 'anycast'
  | 'discard';

export interface AddressRange {
  prefix: string; // "100.64.0.0/10"
  name: string; // "Shared Address Space (CGNAT)"
  scope: AddressScope;
  /** Globally reachable per the IANA registry; null where the registry says N/A. */
  globallyReachable: boolean | null;
  summary: string;
  /** What this block means in a log when it is the most specific match; replaces the scope's generic note. */
  note?: string;
  references: readonly Reference[];
}

/** Facts decoded from inside an address: Teredo, 6to4, NAT64, IPv4-mapped, EUI-64. */
export interface EmbeddedInfo {
  kind: 'ipv4-mapped' | '6to4' | 'teredo' | 'nat64' | 'eui64';
  summary: string;
  ipv4?: string;
  teredoServer?: string;
  teredoClient?: string;
  teredoClientPort?: number;
  mac?: string;
}

export interface AddressClassification {
  version: 4 | 6;
  /** Canonical text: dotted quad, or RFC 5952 compressed IPv6. A zone id is kept after %. */
  address: string;
  /** Present when the input was a CIDR. */
  prefixLength?: number;
  /** Most specific first. */
  ranges: AddressRange[];
  scope: AddressScope;
  summary: string;
  /** Advice / forensic notes (spoofed 10.x from outside, smurf amplifier, ...). */
  notes: string[];
  embedded: EmbeddedInfo[];
  references: Reference[];
}

export interface IcmpCodeInfo {
  code: number;
  name: string;
  summary?: string;
}

export interface IcmpExplanation {
  version: 4 | 6;
  type: number;
  code?: number;
  typeName: string;
  codeName?: string;
  /** What this message means when it shows up in a log. */
  summary: string;
  /** What an attacker might be doing with it, when relevant. */
  forensic?: string;
  advice?: string;
  risk: Risk;
  deprecated: boolean;
  /** True when the type is not assigned by IANA. */
  unassigned: boolean;
  codes: IcmpCodeInfo[];
  references: Reference[];
}

export interface Topic {
  id: string; // "smurf"
  title: string;
  keywords: readonly string[];
  summary: string;
  body: readonly string[];
  related: readonly string[]; // other topic ids, or "port:31337"
  references: readonly Reference[];
}

export type SearchResult =
  | { kind: 'port'; score: number; label: string; port: number; protocol?: 'tcp' | 'udp'; explanation: PortExplanation }
  | { kind: 'port-range'; score: number; label: string; ports: readonly [number, number]; summary: string; facts: PortFact[]; ranges: PortRangeInfo[] }
  | { kind: 'address'; score: number; label: string; classification: AddressClassification }
  | { kind: 'cidr'; score: number; label: string; cidr: CidrInfo }
  | { kind: 'icmp'; score: number; label: string; explanation: IcmpExplanation }
  | { kind: 'topic'; score: number; label: string; topic: Topic };

export interface CidrInfo {
  version: 4 | 6;
  network: string; // normalised "10.0.0.0/8"
  prefixLength: number;
  /** Number of addresses as a decimal string (IPv6 sizes overflow numbers). */
  size: string;
  first: string;
  last: string;
  /** Special ranges the block overlaps (contains, or is contained in). */
  overlaps: AddressRange[];
  classification: AddressClassification;
}
