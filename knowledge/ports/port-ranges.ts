// Port number classes (RFC 6335 §6) and the ephemeral ranges operating systems really use.
import type { PortRangeInfo } from '../types';

const RFC6335 = { label: 'RFC 6335 §6' };

export const IANA_PORT_CLASSES: readonly PortRangeInfo[] = [
  {
    id: 'system-ports',
    name: 'System (well-known) ports',
    ports: [0, 1023],
    kind: 'iana-class',
    summary:
      'Assigned by IANA to long-standing services. A hit here usually really is that protocol, and on Unix only root may listen on these ports.',
    references: [RFC6335, { label: 'Firewall Forensics FAQ §1' }],
  },
  {
    id: 'user-ports',
    name: 'User (registered) ports',
    ports: [1024, 49151],
    kind: 'iana-class',
    summary:
      'Registered with IANA but loosely bound: many programs use them for other things, and older systems hand them out as client ports.',
    references: [RFC6335, { label: 'Firewall Forensics FAQ §1' }],
  },
  {
    id: 'dynamic-ports',
    name: 'Dynamic / private ports',
    ports: [49152, 65535],
    kind: 'iana-class',
    summary: 'Never assigned to a service. Normally the client side of a connection, chosen by the operating system.',
    references: [RFC6335],
  },
];

export const EPHEMERAL_RANGES: readonly PortRangeInfo[] = [
  {
    id: 'ephemeral-legacy',
    name: 'Old Windows / BSD client ports',
    ports: [1024, 5000],
    kind: 'ephemeral',
    summary: 'Windows before Vista and classic BSD picked outgoing client ports from 1024 up to 5000.',
    references: [{ label: 'Firewall Forensics FAQ §1.2' }, { label: 'Microsoft KB 929851' }],
  },
  {
    id: 'ephemeral-linux',
    name: 'Linux client ports',
    ports: [32768, 60999],
    kind: 'ephemeral',
    summary: 'The default Linux range for outgoing connections (net.ipv4.ip_local_port_range).',
    references: [{ label: 'Linux ip-sysctl.rst: ip_local_port_range' }],
  },
  {
    id: 'ephemeral-windows',
    name: 'Windows / IANA client ports',
    ports: [49152, 65535],
    kind: 'ephemeral',
    summary: 'Windows Vista and later and macOS follow the IANA dynamic range for outgoing connections.',
    references: [RFC6335, { label: 'Microsoft KB 929851' }],
  },
  {
    id: 'ephemeral-freebsd',
    name: 'FreeBSD client ports',
    ports: [10000, 65535],
    kind: 'ephemeral',
    summary: 'FreeBSD hands out outgoing client ports from 10000 up to 65535 by default (net.inet.ip.portrange.first and .last).',
    references: [{ label: 'FreeBSD sys/netinet/in.h: IPPORT_EPHEMERALFIRST 10000, IPPORT_EPHEMERALLAST 65535' }],
  },
  {
    id: 'ephemeral-masquerade',
    name: 'Linux IP masquerade (NAT) ports',
    ports: [61000, 65095],
    kind: 'ephemeral',
    summary: 'Old Linux NAT ("IP masquerade") rewrote source ports into the range starting at 61000.',
    references: [{ label: 'Firewall Forensics FAQ §1.2' }],
  },
];

export function portClassOf(port: number): PortRangeInfo {
  return IANA_PORT_CLASSES.find((r) => port >= r.ports[0] && port <= r.ports[1]) ?? IANA_PORT_CLASSES[2];
}

export function rangesForPort(port: number): PortRangeInfo[] {
  return [portClassOf(port), ...EPHEMERAL_RANGES.filter((r) => port >= r.ports[0] && port <= r.ports[1])];
}

/** True when the port lies in a range that modern systems use for client (reply) ports. */
export function isModernEphemeral(port: number): boolean {
  return port >= 32768;
}

/** True when some common operating system may pick this port for the client end of a connection. */
export function isClientPort(port: number): boolean {
  return EPHEMERAL_RANGES.some((r) => port >= r.ports[0] && port <= r.ports[1]);
}
