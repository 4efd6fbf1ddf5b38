// The firewalls PortLens writes rules for, and which one most likely wrote a given log.

export type FirewallDialect = 'nftables' | 'iptables' | 'ufw' | 'pf' | 'pfsense-alias' | 'mikrotik' | 'cisco-asa' | 'fortigate';

export const DIALECT_NAMES: Readonly<Record<FirewallDialect, string>> = Object.freeze({
  nftables: 'nftables',
  iptables: 'iptables / ip6tables',
  ufw: 'UFW',
  pf: 'pf (OpenBSD, FreeBSD)',
  'pfsense-alias': 'pfSense / OPNsense alias list',
  mikrotik: 'MikroTik RouterOS',
  'cisco-asa': 'Cisco ASA',
  fortigate: 'FortiGate (FortiOS)',
});

export const ALL_DIALECTS = Object.keys(DIALECT_NAMES) as FirewallDialect[];

/** Linux hosts: the web, mail, DNS and SSH servers whose logs we read run on them. */
const LINUX: FirewallDialect[] = ['nftables', 'ufw', 'iptables'];

const BY_FORMAT: Readonly<Record<string, FirewallDialect[]>> = {
  netfilter: ['nftables', 'iptables', 'ufw'],
  'pf-filterlog': ['pfsense-alias', 'pf'],
  'pflog-tcpdump': ['pf', 'pfsense-alias'],
  mikrotik: ['mikrotik'],
  'cisco-asa': ['cisco-asa'],
  fortigate: ['fortigate'],
  conntrack: ['nftables', 'iptables'],
  'http-access': LINUX,
  'apache-error': LINUX,
  'nginx-error': LINUX,
  sshd: LINUX,
  postfix: LINUX,
  exim: LINUX,
  bind: LINUX,
  dnsmasq: LINUX,
};

export interface DialectChoice {
  /** Best first. */
  dialects: FirewallDialect[];
  /** False when PortLens has no rule syntax for the firewall that wrote the log (the user picks one). */
  matchesLog: boolean;
}

/**
 * The dialects for a log format, the one of the firewall that wrote it first. A netfilter line whose
 * rule prefix names UFW ("[UFW BLOCK]") comes from UFW.
 */
export function dialectsForFormat(format: string | undefined, rule?: string): DialectChoice {
  let known = format ? BY_FORMAT[format] : undefined;
  if (!known) return { dialects: ALL_DIALECTS, matchesLog: false };
  if (format === 'netfilter' && rule && /\bUFW\b/.test(rule)) known = ['ufw', 'nftables', 'iptables'];
  const first = known;
  return { dialects: [...first, ...ALL_DIALECTS.filter((d) => !first.includes(d))], matchesLog: true };
}
