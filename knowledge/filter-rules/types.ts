// Types of the rule writers. Rules are text for the user to copy; PortLens never applies them.
import type { FirewallDialect } from './dialects';

export interface RuleContext {
  /** The interface the traffic came in on, from the log (FortiGate policies need one). */
  interface?: string;
  /** The ACL bound to the outside interface, from the log (Cisco ASA "by access-group"). */
  aclName?: string;
  /** What the rules are for, for the comment at their top: "port scan from 203.0.113.9". */
  reason: string;
}

export interface PortLimit {
  port: number;
  protocol: 'tcp' | 'udp';
}

/** One firewall's way of writing the three kinds of rule PortLens offers. */
export interface DialectWriter {
  dialect: FirewallDialect;
  block(v4: string[], v6: string[], ctx: RuleContext): string[];
  rateLimit(limit: PortLimit, ctx: RuleContext): string[];
  /** Rules that let the ICMP messages networks depend on through. */
  allowIcmp(ctx: RuleContext): string[];
  /** How to use the text (where to paste it), one sentence each. */
  notes: string[];
}

/** New connections per source address and minute above which a rate limit drops. */
export const RATE_LIMIT_PER_MINUTE = 10;
