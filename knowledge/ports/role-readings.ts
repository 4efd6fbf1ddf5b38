// Readings of a port that follow from the side it was seen on, for ports without a curated story
// on that side. A source port names the sender's end: a server answering, or just a client's
// port. A high destination port with no story is most likely the client end of a reply.
import type { PortFact, Reference } from '../types';
import { isClientPort, isModernEphemeral } from './port-ranges';

const FAQ_SOURCE_PORTS: Reference = { label: 'Firewall Forensics FAQ §1.2' };
const FAQ_DNS_NAT: Reference = { label: 'Firewall Forensics FAQ §1.9' };
const FAQ_DIALUP: Reference = { label: 'Firewall Forensics FAQ §1.10' };
const RFC_6335: Reference = { label: 'RFC 6335 §6' };

/** A destination port in a client range, with nothing better known, is most likely a reply. */
export function ephemeralDestinationFact(port: number): PortFact {
  return {
    id: 'role-ephemeral-destination',
    ports: [port, port],
    role: 'destination',
    service: 'Reply to a connection you made',
    summary:
      'Operating systems pick ports in this range for the client side of outgoing connections, so traffic to it is most likely the answer to something a machine here sent (a web page, a DNS lookup, a game).',
    probing: 'Usually nobody. Blocked replies appear when a stateful firewall has already forgotten the connection, or after an IP address changed hands.',
    advice: 'Look at the source port instead: that is the service on the other side. Only worry if the same port is hit again and again from many sources.',
    risk: 'info',
    category: 'reply',
    table: 'role',
    references: [RFC_6335, FAQ_DIALUP],
  };
}

/** What is known about a port that has no curated source-side story. */
export interface SourcePortContext {
  port: number;
  /** A service that listens on this port: the best curated destination fact's name, or IANA's. */
  serviceName?: string;
  /** The name comes from a curated fact: a service people really run, not just an IANA registration. */
  curatedService?: boolean;
  /** Set when the number is known for a trojan or scanner rather than a service (its name). */
  notoriousFor?: string;
}

function serverReply(port: number, name: string): PortFact {
  return {
    id: 'role-src-reply',
    ports: [port, port],
    role: 'source',
    service: `${name} server reply`,
    summary:
      `Source port ${port} is the ${name} end of a connection, so this packet most likely comes from a ${name} server answering a connection that a machine here opened. ` +
      'A reply that arrives after the firewall has already dropped the connection from its state table (a slow server, a retransmission, a long-idle session) is blocked and logged; that is normal.',
    probing:
      'Nobody is probing: the sender is the server and the packet only answers. A stream of such replies to many of your ports, from servers nobody here contacted, would be backscatter from someone forging your address instead.',
    advice: 'Nothing to do. Judge the packet by its destination port, which should be one of your client ports, and do not open or forward this port because of it.',
    risk: 'info',
    category: 'reply',
    table: 'role',
    references: [FAQ_SOURCE_PORTS, RFC_6335],
  };
}

function clientPortSummary(port: number, name: string | undefined): string {
  if (name) {
    return `${port} is registered for ${name}, but the number also lies in a range operating systems hand out for client connections, so it is most likely just the port the sender's system picked for its own end. If a ${name} server does run there, this is its reply.`;
  }
  if (port < 1024) {
    return `No service uses source port ${port}. Ordinary clients pick high ports, but NAT devices may map them onto any number, low ones included, so this is most likely a client behind someone's NAT, or a hand-made packet.`;
  }
  if (isClientPort(port)) {
    return `Nothing is registered on ${port}, and it lies in a range operating systems hand out for outgoing connections: it is the port the sender's system picked for its own end of the conversation.`;
  }
  return `Nothing is registered on ${port}, and few systems pick it for client connections, so the sending program chose it: a custom service answering, or a tool sending from a fixed port.`;
}

function clientPort(port: number, name: string | undefined): PortFact {
  return {
    id: 'role-src-client',
    ports: [port, port],
    role: 'source',
    service: "Sender's client port",
    summary: clientPortSummary(port, name),
    probing: 'A client port says nothing about intent: what the sender wanted is in the destination port of the same packet.',
    advice: 'Look up the destination port instead. Do not block, open or forward anything because of this number.',
    risk: 'info',
    category: 'reply',
    table: 'role',
    references: port < 1024 ? [FAQ_SOURCE_PORTS, FAQ_DNS_NAT] : [FAQ_SOURCE_PORTS, RFC_6335],
  };
}

function chosenNumber(port: number, notoriousFor: string): PortFact {
  return {
    id: 'role-src-chosen',
    ports: [port, port],
    role: 'source',
    service: `Sent from the ${notoriousFor} port`,
    summary:
      `${port} is known as the port ${notoriousFor} listens on. As the source of a packet it only means the sender used that number for its own end, as some scanners and backdoor controllers do on purpose, or that its system happened to pick it for a client connection.`,
    probing: 'Possibly a scanner sending from a memorable number; the destination port of the same packet shows what it was after.',
    advice:
      'Judge the packet by its destination port. Only a machine inside your network sending from this port deserves a check for the trojan (`netstat -an`, `ss -tulpn`).',
    risk: 'low',
    category: 'scan-signature',
    table: 'role',
    references: [FAQ_SOURCE_PORTS],
  };
}

/**
 * Could the sender's system have picked this port for a client connection, making that the better
 * reading than a server replying? A service people really run (RDP on 3389, SQL Server on 1433)
 * keeps the reply reading unless the port is in today's client ranges (32768 and up); a number
 * known only from the IANA registry loses it in any client range, the old 1024-5000 one included.
 */
function likelyClientPort(port: number, curatedService: boolean | undefined): boolean {
  return curatedService ? isModernEphemeral(port) : isClientPort(port);
}

/** The reading of a source port that has no curated source-side fact. Never "listen on it". */
export function sourcePortReading({ port, serviceName, curatedService, notoriousFor }: SourcePortContext): PortFact {
  if (notoriousFor) return chosenNumber(port, notoriousFor);
  if (serviceName && !likelyClientPort(port, curatedService)) return serverReply(port, serviceName);
  return clientPort(port, serviceName);
}
