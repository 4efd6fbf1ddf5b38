// Firewall rules per finding (FAQ §8): the log's own firewall first, every dialect written, addresses
// only ever plain addresses, and ICMP advice that never drops 3/4 and keeps what RFC 4890 lists.
import { describe, expect, it } from 'vitest';
import { ALL_DIALECTS, dialectsForFormat, ICMP_FILTER_ADVICE, rulesForFinding, type Finding } from '../../../knowledge';
import { ICMP_V4_KEEP, ICMP_V6_KEEP } from '../../../knowledge/filter-rules';

const finding = (remedy: Finding['remedy'], title = 'Port scan from 203.0.113.9'): Finding => ({
  id: 'port-scan', title, severity: 'low', explanation: 'x', sources: ['203.0.113.9'], lines: [1], actor: '203.0.113.9', remedy,
});

describe('dialectsForFormat', () => {
  it('puts the firewall that wrote the log first', () => {
    expect(dialectsForFormat('netfilter', '[UFW BLOCK]').dialects[0]).toBe('ufw');
    expect(dialectsForFormat('netfilter', 'DROP').dialects[0]).toBe('nftables');
    expect(dialectsForFormat('pf-filterlog').dialects[0]).toBe('pfsense-alias');
    expect(dialectsForFormat('pflog-tcpdump').dialects[0]).toBe('pf');
    expect(dialectsForFormat('mikrotik').dialects[0]).toBe('mikrotik');
    expect(dialectsForFormat('cisco-asa').dialects[0]).toBe('cisco-asa');
    expect(dialectsForFormat('fortigate').dialects[0]).toBe('fortigate');
    expect(dialectsForFormat('sshd').dialects.slice(0, 3)).toEqual(['nftables', 'ufw', 'iptables']);
  });

  it('offers every dialect, and says so, for a firewall it has no syntax for', () => {
    expect(dialectsForFormat('juniper-srx')).toEqual({ dialects: ALL_DIALECTS, matchesLog: false });
    for (const [f, rule] of [['netfilter', '[UFW BLOCK]'], ['netfilter', undefined], ['sshd', undefined], ['cisco-asa', undefined]] as const) {
      expect(new Set(dialectsForFormat(f, rule).dialects).size).toBe(ALL_DIALECTS.length);
    }
  });
});

describe('rulesForFinding', () => {
  const scan = finding({ block: ['203.0.113.9', '2001:db8::9'] });

  it.each(ALL_DIALECTS)('writes a block rule naming each address in %s', (dialect) => {
    const rules = rulesForFinding(scan, dialect);
    const block = rules?.sets.find((s) => s.kind === 'block');
    expect(block?.text).toContain('203.0.113.9');
    expect(block?.text).toContain('2001:db8::9');
    expect(rules?.notes.length).toBeGreaterThan(0);
  });

  it('writes the usual syntax of each firewall', () => {
    const text = (d: Parameters<typeof rulesForFinding>[1], f: Finding = scan, ctx = {}) => rulesForFinding(f, d, ctx)?.sets.map((s) => s.text).join('\n') ?? '';
    expect(text('nftables')).toContain("nft add element inet portlens blocked4 '{ 203.0.113.9 }'");
    expect(text('iptables')).toContain('iptables -I INPUT -s 203.0.113.9 -j DROP');
    expect(text('iptables')).toContain('ip6tables -I INPUT -s 2001:db8::9 -j DROP');
    expect(text('ufw')).toContain('ufw insert 1 deny from 203.0.113.9 to any');
    expect(text('pf')).toContain('pfctl -t portlens_block -T add 203.0.113.9 2001:db8::9');
    expect(text('pfsense-alias')).toBe('203.0.113.9\n2001:db8::9');
    expect(text('mikrotik')).toContain('/ip firewall address-list add list=portlens-block address=203.0.113.9');
    expect(text('mikrotik')).toContain('/ipv6 firewall address-list add list=portlens-block address=2001:db8::9');
    expect(text('cisco-asa', scan, { aclName: 'outside_access_in' })).toContain('access-list outside_access_in line 1 extended deny ip object-group PORTLENS-BLOCK any');
    expect(text('fortigate', scan, { interface: 'port1' })).toContain('set srcintf "port1"');
    expect(text('fortigate')).toContain('set subnet 203.0.113.9 255.255.255.255');
  });

  it('uses ipset for long iptables lists, and caps what it lists', () => {
    const many = finding({ block: Array.from({ length: 250 }, (_, i) => `198.51.100.${i % 250}`) });
    const rules = rulesForFinding(many, 'iptables');
    expect(rules?.sets[0].text).toContain('ipset create portlens-block4 hash:net -exist');
    expect(rules?.notes.join(' ')).toContain('first 200 of 250');
  });

  it('rate-limits the attacked login port', () => {
    const brute = finding({ block: ['203.0.113.9'], rateLimit: [{ port: 22, protocol: 'tcp' }] }, 'Password guessing from 203.0.113.9');
    expect(rulesForFinding(brute, 'ufw')?.sets.map((s) => s.title)).toEqual(['Block 203.0.113.9', 'Rate-limit new connections to 22/tcp']);
    expect(rulesForFinding(brute, 'ufw')?.sets[1].text).toContain('ufw limit 22/tcp');
    expect(rulesForFinding(brute, 'nftables')?.sets[1].text).toContain('tcp dport 22 ct state new meter');
    expect(rulesForFinding(brute, 'pf')?.sets[1].text).toContain('max-src-conn-rate 10/60, overload <portlens_block>');
  });

  it('never puts anything but a plain address into a rule, and names from the log only when they are names', () => {
    const evil = finding({ block: ['203.0.113.9; rm -rf /', '$(pwned-now)', '203.0.113.10'] }, 'Scan\nfrom # x');
    for (const dialect of ALL_DIALECTS) {
      const text = rulesForFinding(evil, dialect, { interface: 'eth9"; x', aclName: 'A B' })?.sets.map((s) => s.text).join('\n') ?? '';
      expect(text).not.toContain('rm -rf');
      expect(text).not.toContain('pwned');
      expect(text).not.toContain('eth9');
      expect(text).not.toContain('A B');
      expect(text).toContain('203.0.113.10');
    }
  });

  it('offers no block rule where blocking would hit victims, but keeps the note', () => {
    const forged = finding({ block: [], note: 'Most of these senders are forged.' });
    expect(rulesForFinding(forged, 'nftables')).toMatchObject({ sets: [], notes: expect.arrayContaining(['Most of these senders are forged.']) });
    expect(rulesForFinding({ ...forged, remedy: undefined }, 'nftables')).toBeUndefined();
  });
});

describe('ICMP filter advice', () => {
  it('never drops ICMP 3/4 and keeps the ICMPv6 types RFC 4890 says must pass', () => {
    expect(ICMP_FILTER_ADVICE.points[0]).toContain('Never drop ICMP type 3 code 4');
    expect(ICMP_V4_KEEP.map((k) => k.type)).toEqual([3, 11, 12]);
    expect(ICMP_V6_KEEP.filter((k) => !k.linkLocal).map((k) => k.type)).toEqual([1, 2, 3, 4, 128, 129]);
    expect(ICMP_V6_KEEP.filter((k) => k.linkLocal).map((k) => k.type)).toEqual([130, 131, 132, 133, 134, 135, 136, 141, 142, 143, 148, 149, 151, 152, 153]);
    expect(ICMP_FILTER_ADVICE.references.map((r) => r.label).join(' ')).toContain('RFC 4890');
  });

  it('turns a blocked "fragmentation needed" finding into allow rules in every dialect', () => {
    const frag = finding({ block: [], icmpAdvice: true }, 'Firewall blocks "fragmentation needed" messages');
    expect(rulesForFinding(frag, 'nftables')?.sets[0].text).toContain('icmp type { destination-unreachable, time-exceeded, parameter-problem } accept');
    expect(rulesForFinding(frag, 'iptables')?.sets[0].text).toContain('ip6tables -I INPUT -p ipv6-icmp --icmpv6-type packet-too-big -j ACCEPT');
    expect(rulesForFinding(frag, 'pf')?.sets[0].text).toContain('icmp6-type { unreach, toobig');
    expect(rulesForFinding(frag, 'mikrotik')?.sets[0].text).toContain('icmp-options=3:0-255 action=accept');
    for (const d of ALL_DIALECTS) expect(rulesForFinding(frag, d)?.sets[0].kind).toBe('allow-icmp');
  });
});
