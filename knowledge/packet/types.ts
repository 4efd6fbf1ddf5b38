// Types of the packet-field explanations (FAQ §9, "Packet Zen"). Pure data.
import type { Reference } from '../types';

export type PacketField = 'ttl' | 'ipId' | 'tcpFlags' | 'window' | 'length';

export interface PacketFieldsInput {
  ttl?: number;
  ipId?: number;
  /** Flag names (["FIN","PSH","URG"]), a spaced list ("SYN ACK") or letters ("FPU", "S."). */
  tcpFlags?: readonly string[] | string;
  window?: number;
  /** IP packet length in bytes (netfilter LEN=). */
  length?: number;
  /** "tcp", "udp", "icmp" ... */
  protocol?: string;
  /** 'forward': logged by a router forwarding the packet (a Linux FORWARD-chain line), which shows TTL minus one. */
  direction?: 'in' | 'out' | 'forward';
  /** IP IDs of the same sender's other packets, in the order seen, to tell a counter from random values. */
  ipIdSeries?: readonly number[];
}

export interface PacketFieldNote {
  field: PacketField;
  /** The value as written: "47", "FIN PSH URG". */
  value: string;
  /** One line: what it most likely means. */
  title: string;
  /** Plain words: why, and what to make of it. */
  detail: string;
  /** Something normal traffic never shows: a scan or a hand-made packet. */
  suspicious: boolean;
  references: readonly Reference[];
}

export interface PacketFieldsExplanation {
  notes: PacketFieldNote[];
  /** The scanning tool the fields point at, when they match one ("nmap SYN scan"). */
  tool?: string;
}
