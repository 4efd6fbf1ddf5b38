// Exports: CSV (RFC 4180 quoting, spreadsheet-formula safe), the Markdown report and JSON.
import { describe, expect, it } from 'vitest';
import { analyzeLog, type LogAnalysis, type LogEvent } from '../../../knowledge';
import { csvCell, CSV_COLUMNS, eventsToCsv } from '../../../components/sidepanel/export-csv';
import { analysisToJson } from '../../../components/sidepanel/export-json';
import { analysisToMarkdown, codeBlock, markdownText } from '../../../components/sidepanel/export-markdown';
import { exportFileName } from '../../../components/sidepanel/ExportBar';
import { fixture } from './sidepanel-harness';

const event = (extra: Partial<LogEvent>): LogEvent => ({ line: 1, format: 'netfilter', raw: 'raw', ...extra });

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(443)).toBe('443');
  });

  it('quotes a semicolon too, the list separator of many spreadsheets', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('GET /x;y HTTP/1.1')).toBe('"GET /x;y HTTP/1.1"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and one CRLF-terminated row per event, with the meaning', () => {
    const events = [
      event({ line: 3, action: 'deny', actionText: 'DROP', protocol: 'tcp', src: '203.0.113.7', srcPort: 4000, dst: '192.0.2.1', dstPort: 22, raw: 'SRC=203.0.113.7 "x", y' }),
      event({ line: 4, protocol: 'icmp', icmpType: 3, icmpCode: 4, raw: '=cmd|calc' }),
    ];
    const csv = eventsToCsv(events, (e) => (e.dstPort === 22 ? 'SSH' : undefined));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows[1]).toBe('3,,,deny,DROP,tcp,203.0.113.7,4000,,,,192.0.2.1,22,,,,,,,,,,,,,,,SSH,netfilter,"SRC=203.0.113.7 ""x"", y"');
    expect(rows[0].split(',')).toHaveLength(rows[1].split(',').length - 1);
    expect(rows[2].endsWith(",'=cmd|calc")).toBe(true);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
  });
});

describe('Markdown report', () => {
  const analysis = analyzeLog(fixture('mixed-scan.log'));

  it('has the summary, the findings with quoted evidence, top talkers and unparsed lines', () => {
    const md = analysisToMarkdown(analysis, { now: new Date('2024-05-01T12:00:00Z') });
    expect(md).toMatch(/^# PortLens log report/);
    expect(md).toContain('- Traffic events: 19');
    expect(md).toContain('### Port scan from 203.0.113.66');
    expect(md).toContain('Detector: `port-scan`');
    expect(md).toMatch(/```text\n\s+2  Mar {2}3 10:15:00 gw kernel: \[UFW BLOCK\]/);
    expect(md).toContain('| 203.0.113.66 | 16 |');
    expect(md).toContain('## Unparsed lines');
    expect(md).toContain('<script>alert("pwned")</script>'); // inside the code fence, as text
  });

  it('escapes markup in prose and fences code longer than any backtick run', () => {
    expect(markdownText('<script>x</script> | *a* [b](c)')).toBe('\\<script\\>x\\</script\\> \\| \\*a\\* \\[b\\](c)');
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(codeBlock(['a ```` b'])).toBe('`````text\na ```` b\n`````');
  });

  it('says so when nothing was found', () => {
    expect(analysisToMarkdown(analyzeLog(fixture('quiet.log')))).toContain('Nothing suspicious found.');
  });
});

describe('JSON', () => {
  it('holds the whole analysis, or the filtered events with filtered: true', () => {
    const analysis: LogAnalysis = analyzeLog(fixture('mixed-scan.log'));
    const all = JSON.parse(analysisToJson(analysis, analysis.events, new Date('2024-05-01T12:00:00Z')));
    expect(all).toMatchObject({ format: 'portlens-log-analysis', version: 1, exportedAt: '2024-05-01T12:00:00.000Z', filtered: false });
    expect(all.events).toHaveLength(19);
    expect(all.findings[0].id).toBe('port-scan');
    expect(all.unparsed).toHaveLength(2);
    const some = JSON.parse(analysisToJson(analysis, analysis.events.toArray().slice(0, 2)));
    expect(some.filtered).toBe(true);
    expect(some.events).toHaveLength(2);
  });

  it('names files by kind and time', () => {
    expect(exportFileName('csv', new Date('2024-05-01T12:03:04Z'))).toBe('portlens-log-20240501-120304.csv');
  });
});
