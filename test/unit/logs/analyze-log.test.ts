import { describe, it, expect } from 'vitest';
import { analyzeLog, chooseBucketSize, computeStats, EventStore, stripSyslogHeader, type Finding } from '../../../knowledge/logs';
import { defineDetector } from '../../../knowledge/logs/detector-runner';

const NETFILTER = 'Mar  3 10:15:01 host1 kernel: [486938.916177] [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=203.0.113.7 DST=192.0.2.10 LEN=60 TOS=0x00 PREC=0x00 TTL=50 ID=54321 DF PROTO=TCP SPT=44123 DPT=23 WINDOW=29200 RES=0x00 SYN URGP=0';
const FILTERLOG = '<134>1 2023-03-03T10:16:00+01:00 opnsense filterlog 69805 - [meta sequenceId="2633353"] 10,,,02f4bab031b57d1e30553ce08e0ec131,re0,match,block,in,4,0x0,,118,28579,0,none,17,udp,132,198.51.100.22,192.0.2.198,49838,52938,112';
const ASA = '<166>Mar  3 10:17:00 asa01: %ASA-4-106023: Deny tcp src outside:203.0.113.7/51000 dst inside:192.0.2.10/445 by access-group "OUTSIDE_IN" [0x0, 0x0]';
const V6 = 'Mar  3 10:18:00 v6host kernel: DROP IN=eth0 OUT= SRC=2001:0DB8:0000:0000:0000:0000:0000:0042 DST=2001:0db8:0000:0001:0000:0000:0000:0001 LEN=104 TC=0 HOPLIMIT=57 FLOWLBL=0 PROTO=ICMPv6 TYPE=128 CODE=0';

describe('analyzeLog', () => {
  it('returns an empty analysis for an empty string', () => {
    const r = analyzeLog('');
    expect(r.events.toArray()).toEqual([]);
    expect(r.unparsed).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.stats).toEqual({
      topSources: [], topDestinationPorts: [], actions: {}, protocols: {}, formats: {}, timeline: [], totalLines: 0, parsedLines: 0,
      blankLines: 0, commentLines: 0,
    });
    expect(r.summary.text).toBe('No attack pattern found');
  });

  it('reads a mixed paste of three formats with syslog headers, per line and in input order', () => {
    const text = [NETFILTER, '', FILTERLOG, '# a comment line', ASA, '   ', 'hello world'].join('\n');
    const r = analyzeLog(text, { assumedYear: 2023 });
    const events = r.events.toArray();
    expect(events.map((e) => [e.line, e.format])).toEqual([[1, 'netfilter'], [3, 'pf-filterlog'], [5, 'cisco-asa']]);
    const [nf, pf, asa] = events;
    expect(nf).toMatchObject({ action: 'deny', actionText: 'BLOCK', protocol: 'tcp', src: '203.0.113.7', srcPort: 44123, dst: '192.0.2.10', dstPort: 23, tcpFlags: ['SYN'], time: Date.UTC(2023, 2, 3, 10, 15, 1), timeText: 'Mar  3 10:15:01' });
    expect(nf.raw).toBe(NETFILTER);
    expect(pf).toMatchObject({ action: 'deny', actionText: 'block', protocol: 'udp', src: '198.51.100.22', srcPort: 49838, dst: '192.0.2.198', dstPort: 52938, time: Date.UTC(2023, 2, 3, 9, 16, 0) });
    expect(asa).toMatchObject({ action: 'deny', protocol: 'tcp', src: '203.0.113.7', srcPort: 51000, dst: '192.0.2.10', dstPort: 445, rule: 'OUTSIDE_IN', time: Date.UTC(2023, 2, 3, 10, 17, 0) });
    // blank lines and comments are neither events nor unparsed: they are counted, so every line is accounted for
    expect(r.unparsed).toEqual([{ line: 7, text: 'hello world', reason: 'no known log format' }]);
    expect(r.stats).toMatchObject({ totalLines: 7, parsedLines: 3, blankLines: 2, commentLines: 1 });
    expect(r.stats.parsedLines + r.unparsed.length + r.stats.blankLines + r.stats.commentLines).toBe(r.stats.totalLines);
    expect(r.stats.formats).toEqual({ netfilter: 1, 'pf-filterlog': 1, 'cisco-asa': 1 });
  });

  it('gives a reason for each line it cannot read', () => {
    const text = [
      '<script>alert(1)</script>',
      '%ASA-6-713172: Group = 203.0.113.1, IP = 203.0.113.1, Automatic NAT Detection Status',
      '2023-03-03 10:00:00 INFO-EVENTS-LOST - - - - - - - - - - - - 59 -',
      '\u0001\u0002\u0003\u0004\u0005garbage\u0006\u0007\u0008\u000e\u000f',
    ].join('\n');
    const r = analyzeLog(text, { assumedYear: 2023 });
    expect(r.events.length).toBe(0);
    expect(r.unparsed.map((u) => [u.line, u.reason])).toEqual([
      [1, 'no known log format'],
      [2, 'Cisco ASA / PIX / FTD line without a connection record'],
      [3, 'Windows Firewall (pfirewall.log) line without a connection record'],
      [4, 'binary data'],
    ]);
    expect(r.unparsed[0].text).toBe('<script>alert(1)</script>');
    // shown text never carries control characters
    for (const u of r.unparsed) expect(u.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
  });

  it('cleans control characters far into a long text, across the blocks it is searched in', () => {
    // 4,000 lines of about 250 characters: the text is searched for control characters in blocks.
    const lines = Array.from({ length: 4000 }, () => NETFILTER);
    const bell = NETFILTER.replace('IN=eth0', 'IN=eth0\u0007');
    lines[1999] = bell;
    lines[2999] = '\u0001\u0002\u0003\u0004garbage\u0005\u0006';
    const blockEnd = 256 * 1024;
    const straddling = Math.floor(blockEnd / (NETFILTER.length + 1)); // the line the first block ends in
    lines[straddling] = NETFILTER.replace('LEN=60', 'LEN=60\u0007');
    const r = analyzeLog(lines.join('\n'), { assumedYear: 2023 });
    expect(r.events).toHaveLength(3999);
    expect(r.unparsed.map((u) => [u.line, u.reason])).toEqual([[3000, 'binary data']]);
    expect(r.events.toArray().filter((e) => e.raw !== NETFILTER)).toEqual([]);
    expect(r.events.at(straddling)?.line).toBe(straddling + 1);
  });

  it('does not crash on NUL bytes and binary garbage, and recovers lines padded with NULs', () => {
    let garbage = '';
    for (let i = 0; i < 4096; i++) {
      const c = (i * 7919) % 256;
      garbage += c === 10 || c === 13 ? '\u0000' : String.fromCharCode(c);
    }
    const nulPadded = NETFILTER.split('').join('\u0000');
    const r = analyzeLog(['\u0000\u0000\u0000', garbage, nulPadded, '\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD'].join('\n'), { assumedYear: 2023 });
    expect(r.unparsed.map((u) => u.reason)).toEqual(['binary data', 'binary data', 'binary data']);
    for (const u of r.unparsed) expect(u.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    expect(r.events).toHaveLength(1);
    expect(r.events.at(0)).toMatchObject({ line: 3, format: 'netfilter', src: '203.0.113.7', dstPort: 23 });
    // a cleaned line is kept as cleaned, apart from the text
    expect(r.events.at(0)?.raw).toBe(NETFILTER);
  });

  it('marks a 1 MB single line unparsed without reading it', () => {
    const huge = `IN=eth0 SRC=1.2.3.4 DST=${'9'.repeat(1024 * 1024)}`;
    const t0 = performance.now();
    const r = analyzeLog(huge);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r.events.length).toBe(0);
    expect(r.unparsed).toHaveLength(1);
    expect(r.unparsed[0].reason).toBe('line longer than 64 KiB');
    expect(r.unparsed[0].text.length).toBeLessThan(1000);
  });

  it('stays fast on lines built to trouble regexes', () => {
    const nasty = [
      'IN='.repeat(20000),
      `${'SRC=DST=IN='.repeat(5000)}x`,
      `${'[**] '.repeat(10000)} -> {TCP}`,
      `${'a > '.repeat(15000)}rule IP `,
      `%ASA-4-106023: Deny tcp src ${'a:'.repeat(20000)}`,
      `access-list ${'x/'.repeat(20000)}`,
      `[DoS Attack: ${'x'.repeat(50000)}`,
      `firewall,info ${' in: out:'.repeat(6000)} proto `,
      `CEF:0|${'|'.repeat(30000)}`,
      `id=firewall ${'a="'.repeat(15000)}`,
      `${'1,'.repeat(30000)},TRAFFIC,`,
      `RT_FLOW_SESSION_DENY ${'1.1/1->'.repeat(8000)}`,
      `Mar  3 10:15:01 ${'h'.repeat(60000)}`,
      `<134>1 2023-03-03T10:16:00Z h a p m ${'['.repeat(60000)}`,
      `{"event_type":${'['.repeat(60000)}`,
    ].join('\n');
    const t0 = performance.now();
    const r = analyzeLog(nasty);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.stats.totalLines).toBe(15);
  });

  it('normalises IPv6 addresses (RFC 5952) and protocol names', () => {
    const r = analyzeLog(V6, { assumedYear: 2023 });
    expect(r.events.at(0)).toMatchObject({ src: '2001:db8::42', dst: '2001:db8:0:1::1', protocol: 'icmpv6', icmpType: 128, icmpCode: 0, ttl: 57 });
  });

  it('stops early when the signal is aborted, and reports progress', () => {
    const lines = Array.from({ length: 10000 }, () => NETFILTER).join('\n');
    const signal = { aborted: false };
    const progress: [number, number][] = [];
    const r = analyzeLog(lines, {
      signal,
      onProgress: (done, total) => {
        progress.push([done, total]);
        if (done >= 4000) signal.aborted = true;
      },
      detectors: [defineDetector({ id: 'never', start: () => ({ consume() {}, finish: () => { throw new Error('detectors must not finish after abort'); } }) })],
    });
    expect(progress[0]).toEqual([2000, 10000]);
    expect(r.events.length).toBe(4000);
    expect(r.stats.totalLines).toBe(4000);
    expect(r.findings).toEqual([]);
  });

  it('reports progress through to the end', () => {
    const progress: number[] = [];
    analyzeLog(Array.from({ length: 4500 }, () => NETFILTER).join('\n'), { onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([2000, 4000, 4500]);
  });

  it('streams every event once to every detector, then finishes them in order (those reading findings last)', () => {
    const seen: string[] = [];
    const make = (id: string, readsFindings = false) => defineDetector({
      id,
      readsFindings,
      start() {
        const lines: number[] = [];
        return {
          consume: (e) => { lines.push(e.line); },
          finish: ({ findings }) => {
            seen.push(`${id}:${lines.join(',')}:${findings.map((f) => f.id).join(',')}`);
            return [{ id, title: id, severity: 'low', explanation: 'x', sources: [], lines } satisfies Finding];
          },
        };
      },
    });
    const r = analyzeLog(`${NETFILTER}\n\n${ASA}`, { detectors: [make('late', true), make('a'), make('b')] });
    expect(seen).toEqual(['a:1,3:', 'b:1,3:a', 'late:1,3:a,b']);
    expect(r.findings.map((f) => f.id)).toEqual(['late', 'a', 'b']);
  });

  it('hands out the events read so far while it reads, for showing them early', () => {
    const seen: [number, number][] = [];
    const text = Array.from({ length: 12 }, () => NETFILTER).join('\n');
    analyzeLog(text, { chunkLines: 5, onEvents: (store, done) => seen.push([store.length, done]) });
    expect(seen).toEqual([[5, 5], [10, 10], [12, 12]]);
  });

  it('computes stats: top sources, top destination ports, actions, protocols and a timeline', () => {
    const text = [NETFILTER, NETFILTER.replace('10:15:01', '10:20:01').replace('DPT=23', 'DPT=22'), FILTERLOG, ASA].join('\n');
    const s = analyzeLog(text, { assumedYear: 2023 }).stats;
    expect(s.topSources[0]).toEqual({ address: '203.0.113.7', count: 3 });
    expect(s.topSources).toHaveLength(2);
    expect(s.topDestinationPorts).toContainEqual({ port: 23, protocol: 'tcp', count: 1 });
    expect(s.topDestinationPorts).toContainEqual({ port: 52938, protocol: 'udp', count: 1 });
    expect(s.actions).toEqual({ deny: 4 });
    expect(s.protocols).toEqual({ tcp: 3, udp: 1 });
    expect(s.timeline.length).toBeGreaterThan(0);
    expect(s.timeline.length).toBeLessThanOrEqual(60);
    expect(s.timeline.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(s.timeline.reduce((n, b) => n + b.denied, 0)).toBe(4);
    expect(s.parsedLines).toBe(4);
  });

  it('keeps at most 10 top sources and ports, and at most 60 timeline buckets', () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      NETFILTER.replace('SRC=203.0.113.7', `SRC=198.51.100.${i % 50}`).replace('DPT=23', `DPT=${1000 + (i % 40)}`).replace('Mar  3', `Mar ${String(1 + (i % 28)).padStart(2, ' ')}`));
    const s = analyzeLog(lines.join('\n'), { assumedYear: 2023 }).stats;
    expect(s.topSources).toHaveLength(10);
    expect(s.topDestinationPorts).toHaveLength(10);
    // 300 lines over 40 ports: 1000-1019 are tried 8 times, 1020-1039 7 times; equal counts go in port order.
    expect(s.topDestinationPorts).toEqual(Array.from({ length: 10 }, (_, i) => ({ port: 1000 + i, protocol: 'tcp', count: 8 })));
    expect(s.timeline.length).toBeLessThanOrEqual(60);
    expect(s.timeline.reduce((n, b) => n + b.count, 0)).toBe(300);
    expect(computeStats(new EventStore(''), { totalLines: 5, blankLines: 5, commentLines: 0 })).toMatchObject({ totalLines: 5, parsedLines: 0, timeline: [] });
    for (const span of [0, 59_000, 3_600_000, 86_400_000 * 365, 86_400_000 * 365 * 40]) {
      const size = chooseBucketSize(1_600_000_000_000, 1_600_000_000_000 + span);
      expect(Math.floor((1_600_000_000_000 + span) / size) - Math.floor(1_600_000_000_000 / size) + 1).toBeLessThanOrEqual(60);
    }
  });

  // Speed is measured by `npm run bench`; here a format change on every line must not lose any.
  it('reads 100k lines that change format on every line', () => {
    const samples = [NETFILTER, FILTERLOG, ASA, V6];
    const text = Array.from({ length: 100_000 }, (_, i) => samples[i % 4]).join('\n');
    const r = analyzeLog(text, { assumedYear: 2023 });
    expect(r.events).toHaveLength(100_000);
    expect(r.stats.formats).toEqual({ netfilter: 50_000, 'pf-filterlog': 25_000, 'cisco-asa': 25_000 });
  });

  it('rolls a yearless time back a year when no year was given and it would be in the future', () => {
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const stamp = `${soon.toUTCString().slice(8, 11)} ${String(soon.getUTCDate()).padStart(2, ' ')} 10:15:01`;
    const line = NETFILTER.replace('Mar  3 10:15:01', stamp);
    const rolled = analyzeLog(line).events.at(0)?.time ?? 0;
    expect(rolled).toBeLessThan(Date.now());
    expect(Date.now() - rolled).toBeLessThan(366 * 86_400_000);
    // an explicit year is taken as given
    expect(analyzeLog(line, { assumedYear: 2030 }).events.at(0)?.time).toBe(Date.UTC(2030, soon.getUTCMonth(), soon.getUTCDate(), 10, 15, 1));
  });
});

describe('stripSyslogHeader', () => {
  it('reads RFC 3164 headers, with PRI, host, tag[pid] and kernel uptime', () => {
    expect(stripSyslogHeader('<4>Mar  3 10:15:06 ubnt kernel: [ 12.5] [X-1-D]IN=eth0', 2023)).toEqual({
      message: '[X-1-D]IN=eth0', time: Date.UTC(2023, 2, 3, 10, 15, 6), timeText: 'Mar  3 10:15:06', host: 'ubnt', program: 'kernel',
    });
    expect(stripSyslogHeader('Jan  8 03:37:09 DENY: IN=eth0 OUT=', 2023).message).toBe('DENY: IN=eth0 OUT=');
    expect(stripSyslogHeader('Nov  2 04:07:35 mac.local socketfilterfw[112] <Info>: Dropbox: Allow', 2023).message).toBe('Dropbox: Allow');
  });

  it('drops a kernel uptime stamp only when it is one', () => {
    const message = (line: string) => stripSyslogHeader(line, 2023).message;
    expect(message('[ 1234.567890] [UFW BLOCK] IN=')).toBe('[UFW BLOCK] IN=');
    expect(message('[1234.5][X-1-D]IN=')).toBe('[X-1-D]IN=');
    expect(message('[            7.25] x')).toBe('x');
    for (const kept of ['[UFW BLOCK] IN=', '[12345678901.5] x', '[123.] x', '[.5] x', '[1.1234567890] x', '[1.5 x', '[             7.25] x']) {
      expect(message(kept)).toBe(kept);
    }
  });

  it('reads RFC 5424 headers and keeps structured data when there is no message', () => {
    const h = stripSyslogHeader('<134>1 2022-09-06T18:37:34+02:00 opnsense filterlog 69805 - [meta sequenceId="1"] 10,,,x', 2023);
    expect(h).toMatchObject({ message: '10,,,x', host: 'opnsense', program: 'filterlog', time: Date.UTC(2022, 8, 6, 16, 37, 34) });
    const srx = stripSyslogHeader('<14>1 2019-11-14T11:12:46.573+01:00 SRX RT_FLOW - RT_FLOW_SESSION_DENY [junos@2636 a="x\\"]"] ', 2023);
    expect(srx.message).toBe('RT_FLOW_SESSION_DENY [junos@2636 a="x\\"]"]');
  });

  it('reads RFC 3339 headers and leaves lines without a header alone', () => {
    expect(stripSyslogHeader('2023-03-18T20:35:05.734637+01:00 10.1.1.1 firewall,info input: in:x', 2023)).toMatchObject({
      message: 'firewall,info input: in:x', host: '10.1.1.1', time: Date.UTC(2023, 2, 18, 19, 35, 5, 734),
    });
    expect(stripSyslogHeader('2005-04-11 08:06:26 DROP TCP 1.2.3.4', 2023)).toEqual({ message: '2005-04-11 08:06:26 DROP TCP 1.2.3.4' });
  });
});

describe('EventStore', () => {
  const base = { line: 1, format: 'netfilter', raw: 'x', src: '192.0.2.1', protocol: 'tcp' } as const;

  it('keeps each number in a column sized for it, and leaves out what does not fit', () => {
    const store = EventStore.fromEvents([
      { ...base, ttl: 64, icmpType: 3, icmpCode: 4, status: 404, window: 65535, length: 1500, ipId: 4_000_000_000, srcPort: 0, dstPort: 65535, time: 1.5 },
      { ...base, line: 2, ttl: 40_000, window: -1, length: 2.5, dstPort: 70_000 },
    ]);
    expect(store.at(0)).toMatchObject({ ttl: 64, icmpType: 3, icmpCode: 4, status: 404, window: 65535, length: 1500, ipId: 4_000_000_000, srcPort: 0, dstPort: 65535, time: 1.5 });
    const odd = store.at(1) as unknown as Record<string, unknown>;
    for (const key of ['ttl', 'window', 'length', 'dstPort', 'time', 'ipId']) expect(odd[key]).toBeUndefined();
  });

  it('holds one event in under 120 bytes of columns', () => {
    const store = analyzeLog(`${NETFILTER}\n`.repeat(2000)).events;
    expect(store.columnBytes() / store.length).toBeLessThan(120);
  });
});
