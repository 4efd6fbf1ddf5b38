// explainPacketFields: TTL, IP ID, TCP flags, window and length of a logged packet (FAQ §9).
import { describe, expect, it } from 'vitest';
import { explainPacketFields, guessInitialTtl } from '../../../knowledge';

const note = (input: Parameters<typeof explainPacketFields>[0], field: string) => explainPacketFields(input).notes.find((n) => n.field === field);

describe('TTL', () => {
  it('rounds up to the likely initial TTL and counts the hops, always as "likely"', () => {
    expect(note({ ttl: 47 }, 'ttl')?.title).toBe('TTL 47: likely started at 64, about 17 hops away');
    expect(note({ ttl: 113 }, 'ttl')?.title).toBe('TTL 113: likely started at 128, about 15 hops away');
    expect(note({ ttl: 240 }, 'ttl')?.title).toBe('TTL 240: likely started at 255, about 15 hops away');
    expect(note({ ttl: 30 }, 'ttl')?.title).toBe('TTL 30: likely started at 32, about 2 hops away');
    expect(note({ ttl: 64 }, 'ttl')?.title).toBe('TTL 64: likely started at 64, sent from the same network link');
    expect(note({ ttl: 113 }, 'ttl')?.detail).toContain('Windows');
    for (const ttl of [1, 47, 113, 230]) expect(note({ ttl }, 'ttl')?.detail).toMatch(/likely/);
  });

  it('says "unknown" beyond 35 hops, and "same link" for 255 on arrival', () => {
    expect(note({ ttl: 90 }, 'ttl')?.title).toBe('TTL 90: starting value unknown');
    expect(guessInitialTtl(93)).toMatchObject({ initial: 128, hops: 35 });
    expect(guessInitialTtl(92)).toBeUndefined();
    expect(note({ ttl: 200 }, 'ttl')?.title).toBe('TTL 200: starting value unknown');
    expect(note({ ttl: 255 }, 'ttl')?.title).toBe('TTL 255: sent from the same network link');
  });

  it('allows for the hop the logging router already took off on a FORWARD-chain line, and warns that ICMP may start elsewhere', () => {
    expect(note({ ttl: 47, direction: 'forward' }, 'ttl')?.title).toBe('TTL 47: likely started at 64, about 16 hops away');
    expect(note({ ttl: 63, direction: 'forward' }, 'ttl')?.title).toBe('TTL 63: likely started at 64, sent from the same network link');
    expect(note({ ttl: 254, direction: 'forward' }, 'ttl')?.title).toBe('TTL 254: sent from the same network link');
    expect(note({ ttl: 47, direction: 'forward' }, 'ttl')?.detail).toContain('already taken its own one off');
    expect(note({ ttl: 240, protocol: 'icmp' }, 'ttl')?.detail).toContain('compare ICMP with ICMP');
    expect(note({ ttl: 240, protocol: 'tcp' }, 'ttl')?.detail).not.toContain('ICMP');
  });
});

describe('TCP flags', () => {
  it.each([
    [[], 'NULL: no flag set'],
    [['FIN'], 'FIN alone: a FIN scan'],
    [['FIN', 'PSH', 'URG'], 'XMAS: FIN, PSH and URG lit up'],
    [['SYN', 'FIN'], 'SYN+FIN: open and close at once'],
    [['SYN', 'RST'], 'SYN+RST: open and abort at once'],
  ])('%j never occurs in normal traffic: %s', (flags, title) => {
    const n = note({ tcpFlags: flags, protocol: 'tcp' }, 'tcpFlags');
    expect(n).toMatchObject({ title, suspicious: true });
    expect(n?.references.map((r) => r.label).join(' ')).toContain('RFC 793');
  });

  it('reads letters and spaced lists, and finds ordinary flags unremarkable', () => {
    expect(note({ tcpFlags: 'FPU' }, 'tcpFlags')).toMatchObject({ value: 'FIN PSH URG', suspicious: true });
    expect(note({ tcpFlags: 'S.' }, 'tcpFlags')).toMatchObject({ value: 'SYN ACK', suspicious: false });
    expect(note({ tcpFlags: 'SYN' }, 'tcpFlags')).toMatchObject({ title: 'SYN: someone opening a connection', suspicious: false });
    expect(note({ tcpFlags: ['ACK', 'FIN'] }, 'tcpFlags')?.suspicious).toBe(false);
  });

  it('has nothing to say about flags, windows or ports of UDP', () => {
    expect(explainPacketFields({ protocol: 'udp', tcpFlags: ['FIN'], window: 0, ttl: 50 }).notes.map((n) => n.field)).toEqual(['ttl']);
  });
});

describe('IP ID', () => {
  it('explains 0 (with "don\'t fragment"), a counter climbing across packets, and the fixed 54321', () => {
    expect(note({ ipId: 0 }, 'ipId')?.title).toBe('IP ID 0: usual with "don\'t fragment"');
    const counter = note({ ipId: 1003, ipIdSeries: [1000, 1001, 1002, 1003] }, 'ipId');
    expect(counter).toMatchObject({ title: 'IP ID climbing packet by packet: one shared counter', suspicious: true });
    expect(counter?.detail).toContain('idle scan');
    expect(counter?.detail).toContain('decoys');
    expect(note({ ipId: 9, ipIdSeries: [40000, 123, 9] }, 'ipId')?.suspicious).toBe(false);
    expect(note({ ipId: 54321 }, 'ipId')).toMatchObject({ suspicious: true, title: 'IP ID 54321: a fixed value of scanning tools' });
  });
});

describe('window and length', () => {
  it('names the scanning tool a SYN\'s window, length and IP ID point at', () => {
    expect(explainPacketFields({ tcpFlags: ['SYN'], window: 1024, length: 44, ttl: 52 })).toMatchObject({ tool: 'nmap SYN scan' });
    expect(explainPacketFields({ tcpFlags: ['SYN'], window: 65535, ipId: 54321, length: 40, ttl: 241 })).toMatchObject({ tool: 'ZMap' });
    expect(explainPacketFields({ tcpFlags: ['SYN'], window: 1024, length: 40, ttl: 243 })).toMatchObject({ tool: 'masscan' });
  });

  it('flags small windows and option-less SYNs, and leaves an ordinary SYN alone', () => {
    expect(note({ tcpFlags: ['SYN'], window: 512 }, 'window')?.suspicious).toBe(true);
    expect(note({ tcpFlags: ['SYN'], window: 0 }, 'window')?.title).toBe('Window 0 on a SYN: a hand-made packet');
    expect(note({ tcpFlags: ['SYN'], length: 40 }, 'length')?.title).toBe('40-byte SYN: no TCP options');
    const ordinary = explainPacketFields({ tcpFlags: ['SYN'], window: 64240, length: 60, ttl: 50, ipId: 31877, protocol: 'tcp' });
    expect(ordinary.tool).toBeUndefined();
    expect(ordinary.notes.every((n) => !n.suspicious)).toBe(true);
    expect(ordinary.notes.map((n) => n.field)).toEqual(['tcpFlags', 'ttl', 'ipId', 'window', 'length']);
  });

  it('ignores values that are not counts, and gives nothing for no input', () => {
    expect(explainPacketFields({}).notes).toEqual([]);
    expect(explainPacketFields({ ttl: -1, ipId: Number.NaN, window: 1.5, length: Infinity }).notes).toEqual([]);
    expect(explainPacketFields({ ttl: 300 }).notes).toEqual([]);
  });
});
