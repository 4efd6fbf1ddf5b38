// Focused cases for every notation detectTokens supports and every precision trap it must avoid.
import { describe, expect, it } from 'vitest';
import { detectTokens, type Token, type TokenContext } from '../../../knowledge/tokens';

/** Compact view: `kind:text` for each token. */
const seen = (text: string, ctx?: TokenContext) => detectTokens(text, ctx).map((t) => `${t.kind}:${t.text}`);
const one = (text: string, ctx?: TokenContext): Token => {
  const tokens = detectTokens(text, ctx);
  expect(tokens, JSON.stringify(text)).toHaveLength(1);
  return tokens[0];
};
const nothing = (text: string, ctx?: TokenContext) => expect(seen(text, ctx), JSON.stringify(text)).toEqual([]);

describe('IPv4', () => {
  it('finds a dotted quad with exact offsets', () => {
    const text = 'ping 8.8.8.8 now';
    expect(detectTokens(text)).toEqual([{ start: 5, end: 12, kind: 'ipv4', text: '8.8.8.8', address: '8.8.8.8' }]);
  });
  it('normalises leading zeros', () => expect(one('192.168.001.010').address).toBe('192.168.1.10'));
  it.each(['!192.0.2.31', '[AF_INET]192.0.2.31', 'admin@192.0.2.31', '(192.0.2.31)', 'DNS server 192.0.2.31.', 'IP:192.0.2.31'])(
    'keeps punctuation out of %s', (s) => expect(one(s).text).toBe('192.0.2.31'));
  it('reads an address range as one token', () => {
    expect(seen('192.0.2.100-192.0.2.150')).toEqual(['ip-range:192.0.2.100-192.0.2.150']);
    expect(one('192.0.2.100-192.0.2.150')).toMatchObject({ address: '192.0.2.100', addressEnd: '192.0.2.150' });
  });
  it('keeps the address of an ip:* listener', () => expect(seen('0.0.0.0:*')).toEqual(['ipv4:0.0.0.0']));
});

describe('IPv6 in every form', () => {
  it.each([
    ['2001:db8::4', '2001:db8::4'],
    ['2001:0db8:0000:0000:0000:0000:0000:0005', '2001:db8::5'],
    ['2001:DB8::6', '2001:db8::6'],
    ['::1', '::1'],
    ['fe80::a236:bcff:fe12:3456', 'fe80::a236:bcff:fe12:3456'],
    ['::ffff:192.0.2.9', '::ffff:192.0.2.9'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['ff02::fb', 'ff02::fb'],
  ])('%s -> %s', (text, address) => {
    const t = one(text);
    expect([t.kind, t.text, t.address]).toEqual(['ipv6', text, address]);
  });
  it('reads a zone id apart from the address', () => {
    const t = one('gateway fe80::1%eth0, metric 5');
    expect([t.text, t.address, t.zone]).toEqual(['fe80::1%eth0', 'fe80::1', 'eth0']);
  });
  it('takes two addresses separated by a blank', () =>
    expect(seen('2001:db8:100::20 fd12:3456:789a::20')).toEqual(['ipv6:2001:db8:100::20', 'ipv6:fd12:3456:789a::20']));
  it('treats a trailing colon as punctuation', () => expect(seen('from 2001:db8::1: denied')).toEqual(['ipv6:2001:db8::1']));
  it('accepts the unspecified address only in brackets or as a CIDR', () => {
    expect(seen('[::]:8080')).toEqual(['endpoint:[::]:8080']);
    expect(seen('::/0')).toEqual(['cidr:::/0']);
    nothing('a :: b');
  });
});

describe('endpoints (address + port)', () => {
  it.each([
    ['192.0.2.2:8080', '192.0.2.2', 8080],
    ['[2001:db8::3]:443', '2001:db8::3', 443],
    ['192.168.1.10.51234', '192.168.1.10', 51234], // tcpdump
    ['2001:db8:100::10.53000', '2001:db8:100::10', 53000], // tcpdump IPv6
    ['outside:192.0.2.21/51234', '192.0.2.21', 51234], // Cisco ASA, port > 32
    ['inside:10.1.1.5/23', '10.1.1.5', 23], // Cisco ASA interface prefix: /23 is a port
    ['outside:2001:db8:aaaa::53/53', '2001:db8:aaaa::53', 53],
    ['2001:db8:10::20/50123', '2001:db8:10::20', 50123], // > 128: a port
    ['198.51.100.23(51514)', '198.51.100.23', 51514], // Cisco IOS
    ['2001:DB8:BEEF::7(40112)', '2001:db8:beef::7', 40112],
    ['2001:db8::18[443]', '2001:db8::18', 443], // pf states
    ['2001:db8::19:[443]', '2001:db8::19', 443], // OPNsense states
    ['Source:198.51.100.9,4787,WAN', '198.51.100.9', 4787], // NETGEAR
    ['Destination:203.0.113.45,21[FTP Control] ,LAN', '203.0.113.45', 21],
    ['from source: 192.0.2.77, port 443, Saturday', '192.0.2.77', 443],
    ['from 2001:db8:beef::7 port 40112 on', '2001:db8:beef::7', 40112], // OpenSSH
    ['192.0.2.1:443:X1', '192.0.2.1', 443], // SonicWall ip:port:iface
    ['client1/198.51.100.7:49877', '198.51.100.7', 49877], // OpenVPN
    ['http://192.0.2.30:8080/admin', '192.0.2.30', 8080],
  ])('%s', (text, address, port) => {
    const t = one(text);
    expect([t.kind, t.address, t.port]).toEqual(['endpoint', address, port]);
  });
  it('gives arrow pairs their roles', () => {
    const [a, b] = detectTokens('198.51.100.7/40222->203.0.113.45/22');
    expect([a.role, a.port, b.role, b.port]).toEqual(['source', 40222, 'destination', 22]);
    expect(detectTokens('IP 192.168.1.10.51234 > 93.184.216.34.443: Flags').map((t) => t.role)).toEqual(['source', 'destination']);
  });
  it('gives keyed addresses their roles', () => {
    expect(detectTokens('SRC=198.51.100.23 DST=203.0.113.45').map((t) => t.role)).toEqual(['source', 'destination']);
    expect(one('"destination.ip": "10.0.0.1"').role).toBe('destination');
    expect(one('Deny tcp src outside:198.51.100.77/4444').role).toBe('source');
  });
  it('reads a container port mapping', () =>
    expect(seen('0.0.0.0:8080->80/tcp')).toEqual(['endpoint:0.0.0.0:8080', 'port:80']));
});

describe('CIDR', () => {
  it.each([
    ['192.0.2.0/24', '192.0.2.0', 24],
    ['203.0.113.45/24', '203.0.113.45', 24],
    ['0.0.0.0/0', '0.0.0.0', 0],
    ['2001:db8:11::/48', '2001:db8:11::', 48],
    ['192.0.2.12/255.255.255.0', '192.0.2.12', 24],
    ['from 192.168.1.128/25 lookup 100', '192.168.1.128', 25],
  ])('%s', (text, address, prefix) => {
    const t = one(text);
    expect([t.kind, t.address, t.prefixLength]).toEqual(['cidr', address, prefix]);
  });
  it('reads ip/N <= 32 as a port on a Cisco ASA line', () =>
    expect(one('%ASA-6-302015: Built outbound UDP connection (2001:db8:aaaa::53/53)').kind).toBe('endpoint'));
});

describe('ports from keywords and notations', () => {
  it.each([
    ['SPT=51514', 51514, 'source'], ['DPT=22', 22, 'destination'], ['spt=1024', 1024, 'source'], ['dpt=53', 53, 'destination'],
    ['sport=1234', 1234, 'source'], ['dport=443', 443, 'destination'], ['srcport=53312', 53312, 'source'],
    ['dstport=443', 443, 'destination'], ['"source.port": 51234', 51234, 'source'], ['"remote_port":40222', 40222, undefined],
    ['dst_port=8080', 8080, 'destination'], ['--dport 22', 22, 'destination'], ['port 443', 443, undefined],
    ['The default port is 514.', 514, undefined], ['ssh -p 2222 admin@host', 2222, undefined],
  ])('%s', (text, port, role) => {
    const t = one(text);
    expect([t.kind, t.port, t.role]).toEqual(['port', port, role]);
  });
  it.each([['443/tcp', 443, 'tcp'], ['53/udp', 53, 'udp'], ['tcp/443', 443, 'tcp'], ['udp/53', 53, 'udp']])('%s', (text, port, protocol) => {
    const t = one(text);
    expect([t.kind, t.text, t.port, t.protocol]).toEqual(['port', String(port), port, protocol]);
  });
  it('reads lists and ranges after a port keyword', () => {
    expect(seen('To this device, port 22, 80, 443')).toEqual(['port:22', 'port:80', 'port:443']);
    expect(seen('tcp dport { 25, 465, 587 }')).toEqual(['port:25', 'port:465', 'port:587']);
    expect(seen('From wan, port 1024-65535')).toEqual(['port-range:1024-65535']);
    expect(seen('iptables -m multiport --dports 1024:65535')).toEqual(['port-range:1024:65535']);
  });
  it('reads a port next to a well-known service name', () => expect(seen('443 (HTTPS)')).toEqual(['port:443']));
  it('reads a whole "Service (ports)" option', () => {
    expect(seen('FTP (20,21)')).toEqual(['port:20', 'port:21']);
    expect(seen('Age of Empires (2302:2400,6073)')).toEqual(['port-range:2302:2400', 'port:6073']);
  });
});

describe('bare numbers need a port context', () => {
  it.each(['Port', 'Dest Port', 'External Port', 'Internal Port', 'Src Port', 'Local Port', 'Remote Port', 'Port Range', 'Service Port', 'DPT', 'SPT', 'Dest. Ports', 'source.port', 'dst_port'])(
    'column header %s', (columnHeader) => expect(seen('8443', { columnHeader })).toEqual(['port:8443']));
  it.each(['TCP', 'UDP', 'TCP/UDP', 'Both', 'BOTH'])('next cell %s', (nextCellText) =>
    expect(seen('27015', { nextCellText })).toEqual(['port:27015']));
  it('label', () => expect(seen('514', { label: 'Remote Log Server Port' })).toEqual(['port:514']));
  it('ranges and lists in a port column', () => {
    expect(seen('1024-65535', { columnHeader: 'Port Range' })).toEqual(['port-range:1024-65535']);
    expect(seen('5000 - 5100', { columnHeader: 'Dest. Ports' })).toEqual(['port-range:5000 - 5100']);
    expect(seen('6881:6889', { columnHeader: 'External Port' })).toEqual(['port-range:6881:6889']);
    expect(seen('80,443', { columnHeader: 'Port' })).toEqual(['port:80', 'port:443']);
    expect(seen('27000:27015,1200', { columnHeader: 'External Port' })).toEqual(['port-range:27000:27015', 'port:1200']);
  });
  it('roles and protocol from the context', () => {
    const t = one('22', { columnHeader: 'Dest Port', nextCellText: 'TCP' });
    expect([t.role, t.protocol]).toEqual(['destination', 'tcp']);
    expect(one('51514', { columnHeader: 'Src Port' }).role).toBe('source');
  });
  it.each([
    ['8080', undefined], ['8080', { columnHeader: 'Stock' }], ['1024', { columnHeader: 'Metric' }], ['80,443', undefined],
    ['1024-65535', undefined], ['6881:6889', undefined], ['22', { label: 'Port Forwarding' }], ['1', { label: 'LAN Port' }],
    ['0', { columnHeader: 'Port from' }], ['70000', { columnHeader: 'Port' }], ['1452 Pkts.', { columnHeader: 'Port' }],
    ['12345 packets', { label: 'port' }], ['0.08', { columnHeader: 'Port' }],
  ] as [string, TokenContext | undefined][])('not %s with %j', (text, ctx) => nothing(text, ctx));
});

describe('precision traps', () => {
  it.each([
    'v1.2.3.4', 'a1.2.3.4', '1.2.3.4a', 'V1.0.11.116_10.2.100', 'Firmware 3.0.0.4.388', 'Firmware 1.2.3.4 is now available',
    'busybox 1.36.1.2', 'OpenWrt 23.05.3', 'Linux 5.15.0', 'Version 4.4.3 (2024.10.12)', 'build 2024.10.12.1', 'Chrome 126.0.6478.126',
    '2024-01-02', '12:34:56', '10:30', 'timer 10:30:45.123', '2024-10-12T14:03:22.880Z', '[12/Oct/2024:14:03:21 +0000]',
    '00:11:22:33:44:55', '00-11-22-33-44-55', '9E:11:22:33:44:55', 'MAC=a0:36:bc:12:34:56:00:00:5e:00:01:01:08:00',
    'a0:36:bc:12:34:56:00:00', '0000:00:1f.6', 'SN 1234-5678-9012', 'S/N: 2A3B-44C1-9F', '1.2 MB', '12345 packets',
    'up 3 days, 4:12, load average: 0.08, 0.03, 0.01', '$1,299.99', '€ 19.99', '£443.00', '+1 (555) 010-4477', '1-800-555-0199',
    'Fax 555.010.4478', 'port 70000', 'SPT=70000', '256.1.1.1', '192.168.1', '1.2.3.4.5.6', 'OID 1.3.6.1.2.1', '1.3.6.1.2',
    'sshd[18223]', 'wlceventd_proc_event(530)', '1299:notify_rc', 'filter.go:214',
    'audit(1728741402.123:456)', 'a::b(ports)', 'std::vector', 'Foo::Bar::baz()', 'dead:beef:cafe', 'ace:bad', '16:9', 'John 3:16',
    'ports = {1, 2, 3};', 'transport=6', 'Port Forwarding', 'LAN Port 1', 'GRE (47)', 'IPv6 Tunnel (41)', 'Counter Strike(UDP)',
    '10.000.000 visitors', '1.234.567,89 €', '48.8584, 2.2945', 'ISBN 978-3-16-148410-0', 'gate 22', 'flight LH 443',
    '[1:2001219:20]', '[0x0, 0x0]', '6(0)', 'ge-0/0/0.0', 'curl/8.5.0', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', '5 / 27 connections shown.',
  ])('%s', (text) => nothing(text));
  it('ignores a version field even when it looks like an address', () => nothing('1.0.4.126', { label: 'Firmware Version' }));
  it('ignores an unset 0.0.0.0 default value', () => nothing('0.0.0.0', { columnHeader: 'IP Address' }));
});

describe('linear by design', () => {
  it('gives the same tokens for a log scanned whole or line by line', () => {
    const line = 'Oct 12 14:01:02 kernel: DROP MAC=a0:36:bc:12:34:56:00:00:5e:00:01:01:08:00 SRC=198.51.100.23 DST=203.0.113.45 TTL=49 SPT=51514 DPT=22';
    const text = Array.from({ length: 200 }, () => line).join('\n');
    const whole = detectTokens(text);
    const perLine = detectTokens(line);
    expect(whole).toHaveLength(200 * perLine.length);
    expect(perLine.map((t) => t.kind)).toEqual(['ipv4', 'ipv4', 'packet-field', 'port', 'port']);
  });
  it.each([['1.1.1.1.'], ['a:'], ['['], ['::'], ['1:'], ['port '], ['0.'], ['1-']])('returns on 200k of "%s"', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(Array.isArray(detectTokens(text))).toBe(true);
  });
});
