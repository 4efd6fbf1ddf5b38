import { describe, expect, it } from 'vitest';
import { TOPICS, findTopic } from '../../../knowledge/topics/topics';

const REQUIRED = [
  'source-routing',
  'slow-connections',
  'ip-id',
  'ttl',
  'netbios',
  'icmp-filtering',
  'split-dns',
  'dns-logs',
  'http-logs',
  'rpc-logs',
  'smtp-logs',
  'identd-logs',
  'decoy-scan',
  'traceroute',
  'sscan',
  'proxy-scan',
  'smurf',
  'fraggle',
  'dialup-leftovers',
  'remapped-ports',
  'trojan-probes',
  'port-zero',
  'stealth-scans',
  'amplification-ddos',
  'backscatter',
];

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z(])/).length;

describe('topics', () => {
  it('have unique lower-kebab-case ids', () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(REQUIRED)('include %s', (id) => {
    expect(findTopic(id)?.id).toBe(id);
  });

  it('each has a title, a short summary, 2-5 short paragraphs, keywords and references', () => {
    for (const t of TOPICS) {
      expect(t.title.length, t.id).toBeGreaterThan(3);
      expect(sentences(t.summary), `${t.id} summary`).toBeLessThanOrEqual(2);
      expect(words(t.summary), `${t.id} summary`).toBeLessThanOrEqual(45);
      expect(t.body.length, `${t.id} body`).toBeGreaterThanOrEqual(2);
      expect(t.body.length, `${t.id} body`).toBeLessThanOrEqual(5);
      for (const p of t.body) expect(words(p), `${t.id} paragraph`).toBeLessThanOrEqual(90);
      expect(t.keywords.length, `${t.id} keywords`).toBeGreaterThan(0);
      for (const k of t.keywords) expect(k, t.id).toBe(k.toLowerCase());
      expect(t.references.length, `${t.id} references`).toBeGreaterThan(0);
      for (const r of t.references) expect(r.label.length, t.id).toBeGreaterThan(3);
    }
  });

  it('cite the FAQ section they draw on', () => {
    const modern = new Set(['stealth-scans', 'amplification-ddos', 'backscatter']);
    for (const t of TOPICS) {
      if (modern.has(t.id)) continue;
      expect(t.references.some((r) => r.label.startsWith('Firewall Forensics FAQ §')), t.id).toBe(true);
    }
    expect(findTopic('smurf')!.references.map((r) => r.label)).toContain('Firewall Forensics FAQ §5.4');
    expect(findTopic('smurf')!.references.some((r) => r.label.startsWith('CERT CA-1998-01'))).toBe(true);
  });

  it('link only to existing topics or to ports', () => {
    const ids = new Set(TOPICS.map((t) => t.id));
    for (const t of TOPICS) {
      for (const rel of t.related) {
        if (rel.startsWith('port:')) expect(Number(rel.slice(5)), `${t.id} -> ${rel}`).toBeGreaterThanOrEqual(0);
        else expect(ids.has(rel), `${t.id} -> ${rel}`).toBe(true);
        expect(rel, t.id).not.toBe(t.id);
      }
    }
  });

  it('are found by the words people type', () => {
    const byKeyword = (k: string) => TOPICS.filter((t) => t.keywords.includes(k)).map((t) => t.id);
    expect(byKeyword('smurf')).toContain('smurf');
    expect(byKeyword('decoy')).toContain('decoy-scan');
    expect(byKeyword('netbios')).toContain('netbios');
    expect(byKeyword('nbns')).toContain('netbios');
    expect(byKeyword('traceroute')).toContain('traceroute');
    expect(byKeyword('tracert')).toContain('traceroute');
    expect(byKeyword('mtr')).toContain('traceroute');
    expect(byKeyword('identd')).toEqual(expect.arrayContaining(['slow-connections', 'identd-logs']));
    expect(byKeyword('xmas')).toContain('stealth-scans');
  });

  it('carry the key facts', () => {
    const all = (id: string) => [findTopic(id)!.summary, ...findTopic(id)!.body].join(' ');
    expect(all('slow-connections')).toMatch(/reset/i);
    expect(all('traceroute')).toMatch(/33434/);
    expect(all('traceroute')).toMatch(/tracert[^.]*ICMP echo/i);
    expect(all('ttl')).toMatch(/64[\s\S]*128[\s\S]*255/);
    expect(all('icmp-filtering')).toMatch(/Packet Too Big/);
    expect(all('ip-id')).toMatch(/idle/i);
    expect(all('ip-id')).toMatch(/NAT/);
  });

  it('findTopic ignores case and spaces and returns undefined for unknown ids', () => {
    expect(findTopic(' Smurf ')?.id).toBe('smurf');
    expect(findTopic('no-such-topic')).toBeUndefined();
  });
});
