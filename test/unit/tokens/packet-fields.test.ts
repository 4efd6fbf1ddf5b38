// Packet-field tokens: the TTL, IP ID, window and TCP flags of a log line are hoverable, and only
// inside a packet record. Ordinary text with the same words or keys yields nothing.
import { describe, expect, it } from 'vitest';
import { detectPacketFields, detectTokens } from '../../../knowledge/tokens';

const fields = (text: string) => detectTokens(text).filter((t) => t.kind === 'packet-field').map((t) => [t.field, t.text, t.fieldValue]);

const UFW =
  'Oct 12 14:03:22 gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00 SRC=203.0.113.9 DST=192.168.1.2 LEN=40 TOS=0x00 PREC=0x00 TTL=47 ID=54321 PROTO=TCP SPT=40000 DPT=445 WINDOW=1024 RES=0x00 SYN URG PSH FIN URGP=0';

describe('packet fields of a netfilter line', () => {
  it('finds TTL, ID, WINDOW and the flag words, with exact offsets and values', () => {
    expect(fields(UFW)).toEqual([
      ['ttl', 'TTL=47', '47'], ['ipId', 'ID=54321', '54321'], ['window', 'WINDOW=1024', '1024'], ['tcpFlags', 'SYN URG PSH FIN', 'SYN URG PSH FIN'],
    ]);
    for (const t of detectPacketFields(UFW)) expect(UFW.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps the line\'s addresses and ports as they were', () => {
    expect(detectTokens(UFW).filter((t) => t.kind !== 'packet-field').map((t) => t.text)).toEqual(['203.0.113.9', '192.168.1.2', '40000', '445']);
  });

  it('reads HOPLIMIT as the TTL of an IPv6 line, and a single flag', () => {
    const v6 = 'IN=eth0 OUT= SRC=2001:db8::1 DST=2001:db8::2 LEN=80 TC=0 HOPLIMIT=57 FLOWLBL=0 PROTO=TCP SPT=1 DPT=22 WINDOW=65535 RES=0x00 ACK SYN URGP=0';
    expect(fields(v6)).toEqual([['ttl', 'HOPLIMIT=57', '57'], ['window', 'WINDOW=65535', '65535'], ['tcpFlags', 'ACK SYN', 'ACK SYN']]);
  });

  it('finds tcpdump\'s TCP flags, but not its IP flags', () => {
    const line = 'IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60) 203.0.113.9.4000 > 192.168.1.2.22: Flags [S.], seq 1, win 1024';
    expect(fields(line)).toEqual([['tcpFlags', 'Flags [S.]', 'S.']]);
    expect(fields('192.168.1.2.22: Flags [none], win 0')).toEqual([['tcpFlags', 'Flags [none]', 'none']]);
    expect(fields('(ttl 64, id 0, offset 0, flags [none], proto TCP (6))')).toEqual([]);
  });
});

describe('no packet fields in ordinary text', () => {
  it.each([
    'user ID=4 logged in', 'SYN flood protection enabled', 'the ACK was lost', 'TTL=5 minutes', 'cache TTL=300', '?ID=3&TTL=4',
    'https://example.com/x?ID=12', 'ORDER_ID=12 TTL=3', 'ID=5', 'RES=0x00 SYNC', 'SYN URG PSH FIN', 'WINDOW=12ab LEN=3', 'TTL=1.5 LEN=2',
    'DNS TTL=3600 for example.com', 'x.TTL=47 LEN=40', 'flags [DF]', 'flags [SYN]',
  ])('%s', (text) => expect(fields(text)).toEqual([]));
});

describe('linear by design', () => {
  it.each([['TTL=1 '], ['RES=0x00 SYN '], ['Flags [S'], ['LEN=1 ID=']])('returns on 200k of "%s"', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(Array.isArray(detectPacketFields(text))).toBe(true);
  });
});
