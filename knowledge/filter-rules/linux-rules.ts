// Rule writers for Linux: nftables (in a table of its own, so nothing else is touched), iptables with
// ipset for long lists, and UFW.
import type { DialectWriter } from './types';
import { RATE_LIMIT_PER_MINUTE } from './types';
import { ICMP_V4_KEEP, ICMP_V6_KEEP } from './icmp-keep';

const comment = (reason: string) => `# PortLens: ${reason}. Review before use; PortLens does not apply it.`;

export const nftablesWriter: DialectWriter = {
  dialect: 'nftables',
  block(v4, v6, ctx) {
    const out = [comment(ctx.reason), 'nft add table inet portlens'];
    for (const hook of ['input', 'forward']) out.push(`nft add chain inet portlens ${hook} '{ type filter hook ${hook} priority -10; policy accept; }'`);
    if (v4.length) {
      out.push("nft add set inet portlens blocked4 '{ type ipv4_addr; flags interval; }'");
      for (const hook of ['input', 'forward']) out.push(`nft add rule inet portlens ${hook} ip saddr @blocked4 drop`);
      out.push(`nft add element inet portlens blocked4 '{ ${v4.join(', ')} }'`);
    }
    if (v6.length) {
      out.push("nft add set inet portlens blocked6 '{ type ipv6_addr; flags interval; }'");
      for (const hook of ['input', 'forward']) out.push(`nft add rule inet portlens ${hook} ip6 saddr @blocked6 drop`);
      out.push(`nft add element inet portlens blocked6 '{ ${v6.join(', ')} }'`);
    }
    return out;
  },
  rateLimit({ port, protocol }, ctx) {
    return [
      comment(ctx.reason),
      'nft add table inet portlens',
      "nft add chain inet portlens input '{ type filter hook input priority -10; policy accept; }'",
      `nft add rule inet portlens input ${protocol} dport ${port} ct state new meter portlens_v4_${port} '{ ip saddr limit rate over ${RATE_LIMIT_PER_MINUTE}/minute burst 5 packets }' drop`,
      `nft add rule inet portlens input ${protocol} dport ${port} ct state new meter portlens_v6_${port} '{ ip6 saddr limit rate over ${RATE_LIMIT_PER_MINUTE}/minute burst 5 packets }' drop`,
    ];
  },
  allowIcmp(ctx) {
    return [
      comment(ctx.reason),
      'nft add table inet portlens',
      "nft add chain inet portlens input '{ type filter hook input priority -20; policy accept; }'",
      `nft add rule inet portlens input icmp type { ${ICMP_V4_KEEP.map((k) => k.nft).join(', ')} } accept`,
      `nft add rule inet portlens input icmpv6 type { ${ICMP_V6_KEEP.map((k) => k.nft).join(', ')} } accept`,
    ];
  },
  notes: ['Run as root. The rules live in their own table "portlens"; remove them all with: nft delete table inet portlens. Save them with your ruleset (/etc/nftables.conf) to keep them after a reboot.'],
};

export const iptablesWriter: DialectWriter = {
  dialect: 'iptables',
  block(v4, v6, ctx) {
    const out = [comment(ctx.reason)];
    const family = (cmd: string, set: string, list: string[]) => {
      if (!list.length) return;
      if (list.length <= 3) {
        for (const a of list) for (const chain of ['INPUT', 'FORWARD']) out.push(`${cmd} -I ${chain} -s ${a} -j DROP`);
        return;
      }
      out.push(`ipset create ${set} hash:net${cmd === 'ip6tables' ? ' family inet6' : ''} -exist`);
      for (const a of list) out.push(`ipset add ${set} ${a} -exist`);
      for (const chain of ['INPUT', 'FORWARD']) out.push(`${cmd} -I ${chain} -m set --match-set ${set} src -j DROP`);
    };
    family('iptables', 'portlens-block4', v4);
    family('ip6tables', 'portlens-block6', v6);
    return out;
  },
  rateLimit({ port, protocol }, ctx) {
    return [
      comment(ctx.reason),
      ...['iptables', 'ip6tables'].map((cmd) =>
        `${cmd} -I INPUT -p ${protocol} --dport ${port} -m conntrack --ctstate NEW -m hashlimit --hashlimit-name portlens-${port}${cmd === 'ip6tables' ? '-v6' : ''} ` +
        `--hashlimit-mode srcip --hashlimit-above ${RATE_LIMIT_PER_MINUTE}/minute --hashlimit-burst 5 -j DROP`),
    ];
  },
  allowIcmp(ctx) {
    return [
      comment(ctx.reason),
      ...ICMP_V4_KEEP.map((k) => `iptables -I INPUT -p icmp --icmp-type ${k.iptables} -j ACCEPT`),
      ...ICMP_V6_KEEP.map((k) => `ip6tables -I INPUT -p ipv6-icmp --icmpv6-type ${k.iptables} -j ACCEPT`),
    ];
  },
  notes: ['Run as root. Rules are inserted at the top and are lost on reboot unless saved (iptables-save, netfilter-persistent save).'],
};

export const ufwWriter: DialectWriter = {
  dialect: 'ufw',
  block(v4, v6, ctx) {
    return [comment(ctx.reason), ...[...v4, ...v6].map((a) => `ufw insert 1 deny from ${a} to any`)];
  },
  rateLimit({ port, protocol }, ctx) {
    return [comment(ctx.reason), `ufw limit ${port}/${protocol}`];
  },
  allowIcmp(ctx) {
    return [
      comment(ctx.reason),
      '# UFW already accepts the essential ICMP and ICMPv6 types (see /etc/ufw/before.rules and before6.rules).',
      '# Check that no rule there was changed to DROP for destination-unreachable, time-exceeded, parameter-problem or packet-too-big.',
      "grep -nE 'icmp(v6)?-type (destination-unreachable|time-exceeded|parameter-problem|packet-too-big)' /etc/ufw/before.rules /etc/ufw/before6.rules",
    ];
  },
  notes: ['Run as root. "ufw limit" denies an address that opens 6 or more connections in 30 seconds. "ufw status numbered" lists the rules; "ufw delete N" removes one.'],
};
