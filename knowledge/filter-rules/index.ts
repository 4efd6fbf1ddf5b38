// Copyable firewall rules for a finding (FAQ §8, "How do I configure filters?"): block the actors,
// rate-limit the attacked login port, keep the ICMP messages networks need, in the dialect of the
// firewall that wrote the log. Text only: PortLens never applies a rule.
import type { Finding } from '../logs/types';
import { ALL_DIALECTS, DIALECT_NAMES, type FirewallDialect } from './dialects';
import { ciscoAsaWriter, fortigateWriter, mikrotikWriter } from './appliance-rules';
import { pfsenseAliasWriter, pfWriter } from './bsd-rules';
import { iptablesWriter, nftablesWriter, ufwWriter } from './linux-rules';
import type { DialectWriter, RuleContext } from './types';

export { ALL_DIALECTS, DIALECT_NAMES, dialectsForFormat, type DialectChoice, type FirewallDialect } from './dialects';
export { ICMP_FILTER_ADVICE, type IcmpAdvice } from './icmp-advice';
export { ICMP_V4_KEEP, ICMP_V6_KEEP } from './icmp-keep';
export { RATE_LIMIT_PER_MINUTE, type RuleContext } from './types';

const WRITERS: Readonly<Record<FirewallDialect, DialectWriter>> = {
  nftables: nftablesWriter,
  iptables: iptablesWriter,
  ufw: ufwWriter,
  pf: pfWriter,
  'pfsense-alias': pfsenseAliasWriter,
  mikrotik: mikrotikWriter,
  'cisco-asa': ciscoAsaWriter,
  fortigate: fortigateWriter,
};

export interface RuleSet {
  kind: 'block' | 'rate-limit' | 'allow-icmp';
  /** "Block 203.0.113.9", "Rate-limit new connections to 22/tcp". */
  title: string;
  /** The text to copy. */
  text: string;
}

export interface FindingRules {
  dialect: FirewallDialect;
  dialectName: string;
  sets: RuleSet[];
  /** How to use them, and what a rule cannot fix. */
  notes: string[];
}

// Only plain addresses ever reach a rule: a log line cannot smuggle text into a command.
const V4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const V6 = /^[0-9a-f:]{2,39}(?:\.\d{1,3}){0,3}$/i;
/** Most addresses one rule set lists; longer lists belong in a managed block list. */
export const MAX_BLOCKED = 200;

/** The rules that deal with a finding, in one dialect; undefined when the finding calls for none. */
export function rulesForFinding(finding: Finding, dialect: FirewallDialect, context: Omit<RuleContext, 'reason'> = {}): FindingRules | undefined {
  const remedy = finding.remedy;
  if (!remedy) return undefined;
  const writer = WRITERS[dialect];
  const reason = finding.title.replace(/[\r\n#!]/g, ' ').slice(0, 120);
  const ctx: RuleContext = { ...context, reason };
  const addresses = remedy.block.slice(0, MAX_BLOCKED);
  const v4 = addresses.filter((a) => V4.test(a));
  const v6 = addresses.filter((a) => a.includes(':') && V6.test(a));
  const sets: RuleSet[] = [];
  if (v4.length || v6.length) {
    sets.push({ kind: 'block', title: `Block ${v4.length + v6.length === 1 ? [...v4, ...v6][0] : `${v4.length + v6.length} addresses`}`, text: writer.block(v4, v6, ctx).join('\n') });
  }
  for (const limit of remedy.rateLimit ?? []) {
    if (!Number.isInteger(limit.port) || limit.port < 1 || limit.port > 65535) continue;
    sets.push({ kind: 'rate-limit', title: `Rate-limit new connections to ${limit.port}/${limit.protocol}`, text: writer.rateLimit(limit, ctx).join('\n') });
  }
  if (remedy.icmpAdvice) sets.push({ kind: 'allow-icmp', title: 'Let the ICMP messages networks need through', text: writer.allowIcmp(ctx).join('\n') });
  const notes = [...writer.notes];
  if (remedy.note) notes.unshift(remedy.note);
  if (remedy.block.length > MAX_BLOCKED) notes.push(`Only the first ${MAX_BLOCKED} of ${remedy.block.length} addresses are listed.`);
  if (!sets.length && !remedy.note) return undefined;
  return { dialect, dialectName: DIALECT_NAMES[dialect], sets, notes };
}

/** True when PortLens writes rules in this dialect. */
export function isFirewallDialect(value: string): value is FirewallDialect {
  return (ALL_DIALECTS as string[]).includes(value);
}
