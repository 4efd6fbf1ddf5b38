// Rule writers for router and firewall appliances: MikroTik RouterOS, Cisco ASA and FortiGate. Names
// from the log (the ASA's access group, the FortiGate's incoming interface) are used when known.
import type { DialectWriter, RuleContext } from './types';
import { RATE_LIMIT_PER_MINUTE } from './types';
import { ICMP_V4_KEEP, ICMP_V6_KEEP } from './icmp-keep';

/** A name taken from the log, used in a rule only when it is plainly a name. */
const SAFE_NAME = /^[\w.:/-]{1,64}$/;
const named = (value: string | undefined, placeholder: string) => (value && SAFE_NAME.test(value) ? value : placeholder);
const quote = (text: string) => text.replace(/["\\]/g, '');

export const mikrotikWriter: DialectWriter = {
  dialect: 'mikrotik',
  block(v4, v6, ctx) {
    const note = quote(`PortLens: ${ctx.reason}`);
    const out = [`# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`];
    for (const a of v4) out.push(`/ip firewall address-list add list=portlens-block address=${a} comment="${note}"`);
    if (v4.length) out.push('/ip firewall raw add chain=prerouting src-address-list=portlens-block action=drop comment="PortLens block list" place-before=0');
    for (const a of v6) out.push(`/ipv6 firewall address-list add list=portlens-block address=${a} comment="${note}"`);
    if (v6.length) out.push('/ipv6 firewall raw add chain=prerouting src-address-list=portlens-block action=drop comment="PortLens block list" place-before=0');
    return out;
  },
  rateLimit({ port, protocol }, ctx) {
    // Two stages: a second new connection within a minute puts the address on the block list for a day.
    return [
      `# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      `/ip firewall filter add chain=input protocol=${protocol} dst-port=${port} connection-state=new src-address-list=portlens-stage-${port} action=add-src-to-address-list address-list=portlens-block address-list-timeout=1d comment="PortLens rate limit" place-before=0`,
      `/ip firewall filter add chain=input protocol=${protocol} dst-port=${port} connection-state=new action=add-src-to-address-list address-list=portlens-stage-${port} address-list-timeout=${Math.round(60 / RATE_LIMIT_PER_MINUTE)}s comment="PortLens rate limit" place-before=1`,
      '/ip firewall raw add chain=prerouting src-address-list=portlens-block action=drop comment="PortLens block list" place-before=0',
    ];
  },
  allowIcmp(ctx) {
    return [
      `# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      ...ICMP_V4_KEEP.map((k) => `/ip firewall filter add chain=input protocol=icmp icmp-options=${k.type}:0-255 action=accept comment="PortLens: keep ICMP ${k.name}" place-before=0`),
      ...ICMP_V6_KEEP.map((k) => `/ipv6 firewall filter add chain=input protocol=icmpv6 icmp-options=${k.type}:${k.codes ? `${Math.min(...k.codes)}-${Math.max(...k.codes)}` : '0-255'} action=accept comment="PortLens: keep ICMPv6 ${k.name}" place-before=0`),
    ];
  },
  notes: ['Paste into a RouterOS terminal (WinBox → New Terminal, or SSH). The raw rule drops listed addresses before connection tracking; list them with /ip firewall address-list print where list=portlens-block.'],
};

function asaAcl(ctx: RuleContext): string {
  return named(ctx.aclName, 'OUTSIDE_IN');
}

export const ciscoAsaWriter: DialectWriter = {
  dialect: 'cisco-asa',
  block(v4, v6, ctx) {
    return [
      `! PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      'object-group network PORTLENS-BLOCK',
      ...[...v4, ...v6].map((a) => ` network-object host ${a}`),
      'exit',
      `access-list ${asaAcl(ctx)} line 1 extended deny ip object-group PORTLENS-BLOCK any`,
      '! To cut off current connections at once as well:',
      ...[...v4, ...v6].slice(0, 20).map((a) => `shun ${a}`),
    ];
  },
  rateLimit({ port, protocol }, ctx) {
    return [
      `! PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      '! The ASA limits per client through a service policy: at most this many half-open and open connections per address.',
      `access-list PORTLENS-LIMIT-${port} extended permit ${protocol} any any eq ${port}`,
      `class-map PORTLENS-LIMIT-${port}`,
      ` match access-list PORTLENS-LIMIT-${port}`,
      'policy-map global_policy',
      ` class PORTLENS-LIMIT-${port}`,
      `  set connection per-client-embryonic-max ${RATE_LIMIT_PER_MINUTE} per-client-max ${RATE_LIMIT_PER_MINUTE * 2}`,
    ];
  },
  allowIcmp(ctx) {
    return [
      `! PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      ...ICMP_V4_KEEP.map((k, i) => `access-list ${asaAcl(ctx)} line ${i + 1} extended permit icmp any any ${k.asa}`),
      ...ICMP_V6_KEEP.filter((k) => !k.linkLocal).map((k, i) => `access-list ${asaAcl(ctx)} line ${ICMP_V4_KEEP.length + i + 1} extended permit icmp6 any any ${k.asa}`),
      'policy-map global_policy',
      ' class inspection_default',
      '  inspect icmp',
      '  inspect icmp error',
    ];
  },
  notes: [
    'Enter in configuration mode (configure terminal). The access list is the one bound to the outside interface (show run access-group); replace OUTSIDE_IN if the log did not name it.',
    'shun takes effect at once but is lost on reload; the access-list line stays with write memory.',
  ],
};

export const fortigateWriter: DialectWriter = {
  dialect: 'fortigate',
  block(v4, v6, ctx) {
    const out = [`# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`];
    const group = (kind: 'address' | 'address6', list: string[], grp: string) => {
      if (!list.length) return;
      out.push(`config firewall ${kind}`);
      for (const a of list) {
        out.push(`    edit "PortLens-${a}"`, kind === 'address' ? `        set subnet ${a} 255.255.255.255` : `        set ip6 ${a}/128`, '    next');
      }
      out.push('end', `config firewall ${kind === 'address' ? 'addrgrp' : 'addrgrp6'}`, `    edit "${grp}"`);
      out.push(`        append member ${list.map((a) => `"PortLens-${a}"`).join(' ')}`, '    next', 'end');
    };
    group('address', v4, 'PortLens-block');
    group('address6', v6, 'PortLens-block6');
    out.push(
      'config firewall policy',
      '    edit 0',
      '        set name "PortLens block"',
      `        set srcintf "${named(ctx.interface, 'wan1')}"`,
      '        set dstintf "any"',
      ...(v4.length ? ['        set srcaddr "PortLens-block"', '        set dstaddr "all"'] : []),
      ...(v6.length ? ['        set srcaddr6 "PortLens-block6"', '        set dstaddr6 "all"'] : []),
      '        set action deny',
      '        set schedule "always"',
      '        set service "ALL"',
      '    next',
      'end',
    );
    return out;
  },
  rateLimit({ port, protocol }, ctx) {
    return [
      `# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      '# A DoS policy on the incoming interface blocks sources that open too many sessions to the port.',
      'config firewall DoS-policy',
      '    edit 0',
      `        set interface "${named(ctx.interface, 'wan1')}"`,
      '        set srcaddr "all"',
      '        set dstaddr "all"',
      `        set service "${protocol.toUpperCase()}-${port}"`,
      '        config anomaly',
      `            edit "${protocol}_src_session"`,
      '                set status enable',
      '                set action block',
      `                set threshold ${RATE_LIMIT_PER_MINUTE}`,
      '            next',
      '        end',
      '    next',
      'end',
      `# Needs a service named ${protocol.toUpperCase()}-${port}: config firewall service custom / edit "${protocol.toUpperCase()}-${port}" / set ${protocol}-portrange ${port} / next / end`,
    ];
  },
  allowIcmp(ctx) {
    return [
      `# PortLens: ${ctx.reason}. Review before use; PortLens does not apply it.`,
      '# FortiGate lets ICMP errors for existing sessions through by itself. Check that no policy or',
      '# local-in policy denies these, and allow them where one does:',
      'config firewall service custom',
      '    edit "PortLens-ICMP-errors"',
      '        set protocol ICMP',
      '        set icmptype 3',
      '    next',
      '    edit "PortLens-ICMP6-too-big"',
      '        set protocol ICMP6',
      '        set icmptype 2',
      '    next',
      'end',
    ];
  },
  notes: [
    'Paste in the CLI console. "edit 0" creates a new policy at the end: move it above the others (config firewall policy / move <id> before <first id>).',
    'Traffic to the FortiGate itself is filtered by local-in policies (config firewall local-in-policy), not by these.',
  ],
};
