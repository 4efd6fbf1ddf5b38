// Public types of the token detector (issue 4). Pure TypeScript: no DOM, no browser APIs.
import type { PacketField } from '../packet/types';

/** `packet-field`: a TTL, IP ID, window or TCP flags of a logged packet (`TTL=47`, `SYN URG PSH FIN`). */
export type TokenKind = 'ipv4' | 'ipv6' | 'endpoint' | 'port' | 'cidr' | 'port-range' | 'ip-range' | 'packet-field';
export type TokenRole = 'source' | 'destination';
export type TokenProtocol = 'tcp' | 'udp';

/** One address / port notation found in a string. Offsets are UTF-16 indexes into that string. */
export interface Token {
  start: number;
  /** Exclusive. */
  end: number;
  kind: TokenKind;
  /** `input.slice(start, end)`. */
  text: string;
  /** Normalised address: IPv4 without leading zeros, IPv6 in RFC 5952 form (lower case, compressed). */
  address?: string;
  port?: number;
  /** Last port of a `port-range`. */
  portEnd?: number;
  /** Last address of an `ip-range` (`address` is the first). */
  addressEnd?: string;
  prefixLength?: number;
  role?: TokenRole;
  protocol?: TokenProtocol;
  /** IPv6 zone index (`eth0` in `fe80::1%eth0`); not part of `address`. */
  zone?: string;
  /** Which field a `packet-field` token is. */
  field?: PacketField;
  /** A `packet-field` token's value as written: "47", "SYN URG PSH FIN", "S.". */
  fieldValue?: string;
}

/**
 * What the content script knows about the text it passes in: the table column header of the
 * cell, the text of the next cell, or a label near the text node ("External Port:", "Dest Port").
 */
export interface TokenContext {
  columnHeader?: string;
  nextCellText?: string;
  label?: string;
  /** Every column header of the text's table or grid, joined ("Port | Link | Speed | Duplex"). */
  tableHeaders?: string;
  /** The other short cells of the text's table row, joined ("PPTP | 192.168.1.5 | OTHER"). */
  rowCells?: string;
}
