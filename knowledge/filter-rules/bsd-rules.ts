// Rule writers for pf (OpenBSD, FreeBSD) and for the alias lists of pfSense and OPNsense, which are
// managed in their web interface rather than by typing rules.
import type { DialectWriter } from './types';
import { RATE_LIMIT_PER_MINUTE } from './types';
import { ICMP_V4_KEEP, ICMP_V6_KEEP } from './icmp-keep';

const comment = (reason: string) => `# PortLens: ${reason}. Review before use; PortLens does not apply it.`;

export const pfWriter: DialectWriter = {
  dialect: 'pf',
  block(v4, v6, ctx) {
    const all = [...v4, ...v6];
    return [
      comment(ctx.reason),
      '# In /etc/pf.conf, before your pass rules:',
      `table <portlens_block> persist { ${all.join(' ')} }`,
      'block drop in quick from <portlens_block>',
      '# Or add them to the running pf at once (gone after a reboot):',
      `pfctl -t portlens_block -T add ${all.join(' ')}`,
    ];
  },
  rateLimit({ port, protocol }, ctx) {
    return [
      comment(ctx.reason),
      '# In /etc/pf.conf: an address opening more than the limit is added to <portlens_block> and cut off.',
      'table <portlens_block> persist',
      'block drop in quick from <portlens_block>',
      protocol === 'tcp'
        ? `pass in quick proto tcp to port ${port} flags S/SA keep state (max-src-conn-rate ${RATE_LIMIT_PER_MINUTE}/60, overload <portlens_block> flush global)`
        : `pass in quick proto udp to port ${port} keep state (max-src-states ${RATE_LIMIT_PER_MINUTE})`,
      'pfctl -f /etc/pf.conf',
    ];
  },
  allowIcmp(ctx) {
    return [
      comment(ctx.reason),
      `pass in quick inet proto icmp icmp-type { ${ICMP_V4_KEEP.map((k) => k.pf).join(', ')} }`,
      `pass in quick inet6 proto icmp6 icmp6-type { ${ICMP_V6_KEEP.map((k) => k.pf).join(', ')} }`,
    ];
  },
  notes: ['Reload with pfctl -f /etc/pf.conf after editing; "pfctl -t portlens_block -T show" lists the table.'],
};

export const pfsenseAliasWriter: DialectWriter = {
  dialect: 'pfsense-alias',
  block(v4, v6) {
    return [...v4, ...v6];
  },
  rateLimit({ port, protocol }) {
    return [
      `# On the WAN pass rule for ${protocol.toUpperCase()} port ${port}: Advanced Options →`,
      `#   Max. src. conn. Rate: ${RATE_LIMIT_PER_MINUTE}   Max. src. conn. Rates: 60   State timeout: leave empty`,
      '# (pfSense; on OPNsense the same fields are under the rule\'s "Advanced features")',
    ];
  },
  allowIcmp() {
    return [
      '# pfSense and OPNsense pass ICMP errors for known connections on their own.',
      '# Make sure no WAN block rule above them drops ICMP type 3 (unreachable) or ICMPv6 types 1-4;',
      '# for IPv6 keep the "Allow IPv6" and the automatic ICMPv6 neighbour-discovery rules.',
    ];
  },
  notes: [
    'pfSense: Firewall → Aliases → Import, name it PortLens_block, paste this list. OPNsense: Firewall → Aliases → +, type Host(s), paste it.',
    'Then add a Block rule at the top of the WAN rules with Source: PortLens_block.',
  ],
};
