// AS numbers in the search box, the owner questions a search raises, and how the AS directory's
// answer joins the search results: the rules the popup relies on, over the real bundled data.
import { beforeAll, describe, expect, it } from 'vitest';
import { asLookup, ipOwner, parseQuery, search, type AsLookupAnswer, type SearchOutcome } from '../../../knowledge';
import { asQuestionFor, joinAsAnswer, ownerQuestionFor, AS_NAME_RESULTS } from '../../../knowledge/search/owner-lookups';

const answerFor = async (query: string, limit?: number): Promise<AsLookupAnswer> => ({ available: true, query, entries: await asLookup(query, limit), dataDate: '2026-06-17' });
const UNAVAILABLE: AsLookupAnswer = { available: false, reason: 'owner data unavailable: 404' };

async function joined(raw: string, answer?: (q: string, limit: number) => Promise<AsLookupAnswer>) {
  const outcome: SearchOutcome = await search(raw);
  const question = asQuestionFor(outcome.query);
  return { outcome, question, view: joinAsAnswer(outcome, question, question && answer ? await answer(question.query, question.limit) : undefined) };
}

beforeAll(async () => {
  await Promise.all([search('80'), ipOwner('8.8.8.8')]);
}, 30_000);

describe('AS numbers in the search box', () => {
  it.each([
    ['AS15169', 15169],
    ['as15169', 15169],
    ['AS 15169', 15169],
    ['  asn 24940 ', 24940],
    ['AS0', 0],
    ['AS4294967295', 4294967295],
  ])('%s is an AS number', (q, asn) => expect(parseQuery(q)).toEqual({ kind: 'as-number', asn }));

  it('keeps a bare number a port and refuses an AS number above 32 bits', () => {
    expect(parseQuery('15169')).toMatchObject({ kind: 'port', port: 15169 });
    expect(parseQuery('AS4294967296')).toEqual({ kind: 'invalid', message: 'AS numbers run from 0 to 4294967295.' });
    expect(parseQuery('ask')).toMatchObject({ kind: 'words' });
  });

  it('explains special-purpose AS numbers without the owner data', async () => {
    expect((await search('AS64512')).message).toMatch(/private-use AS number/);
    expect((await search('AS64500')).message).toMatch(/documentation/);
    expect((await search('AS23456')).message).toMatch(/AS_TRANS/);
    expect((await search('AS0')).message).toMatch(/reserved/);
    expect((await search('AS15169')).results).toEqual([]);
  });
});

describe('the owner questions a search raises', () => {
  it('asks the AS directory for a number or for a name of three letters or more', async () => {
    expect(asQuestionFor(parseQuery('AS 15169'))).toEqual({ query: 'AS15169', limit: 1, byName: false });
    expect(asQuestionFor(parseQuery('Hetzner'))).toMatchObject({ query: 'hetzner', byName: true });
    expect(asQuestionFor(parseQuery('ov'))).toBeNull();
    expect(asQuestionFor(parseQuery('3389'))).toBeNull();
    expect(asQuestionFor(parseQuery('8.8.8.8'))).toBeNull();
  });

  it('asks for the owner of public addresses and blocks, never of special-purpose ones', async () => {
    const first = async (q: string) => ownerQuestionFor((await search(q)).results[0]);
    expect(await first('8.8.8.8')).toBe('8.8.8.8');
    expect(await first('2A01:4F8::1')).toBe('2a01:4f8::1');
    expect(await first('8.8.8.0/24')).toBe('8.8.8.0/24');
    expect(await first('::ffff:8.8.8.8')).toBe('::ffff:8.8.8.8');
    for (const special of ['192.168.1.1', '10.0.0.0/8', '2001:db8::1', '100.64.0.1', '127.0.0.1', 'fe80::1']) expect(await first(special), special).toBeNull();
    expect(await first('3389')).toBeNull();
    const endpoint = await search('8.8.8.8:53');
    expect(endpoint.results.map(ownerQuestionFor).filter(Boolean)).toEqual(['8.8.8.8']);
  });
});

describe('the AS directory answer joins the results', () => {
  it('lists AS15169 Google for "as15169"', async () => {
    const { view } = await joined('as15169', answerFor);
    expect(view.results).toHaveLength(1);
    expect(view.results[0]).toMatchObject({ kind: 'as', label: 'AS15169 — Google LLC', entry: { asn: 15169, country: 'US', kind: 'cloud' } });
    expect(view.message).toBeUndefined();
  });

  it('lists Hetzner for "hetzner", curated AS first, and never more than a handful', async () => {
    const { view } = await joined('hetzner', answerFor);
    expect(view.results[0]).toMatchObject({ kind: 'as', entry: { asn: 24940, country: 'DE', kind: 'hosting' } });
    expect(view.results.every((r) => r.kind === 'as' && /hetzner/i.test(r.entry.name))).toBe(true);
    const google = await joined('google', answerFor);
    expect(google.view.results.filter((r) => r.kind === 'as').length).toBeLessThanOrEqual(AS_NAME_RESULTS);
  });

  it('puts AS names after the search results and drops names where the text sits inside a word', async () => {
    const { outcome, view } = await joined('ssh', answerFor);
    expect(view.results.slice(0, outcome.results.length)).toEqual(outcome.results);
    const names = view.results.filter((r) => r.kind === 'as').map((r) => (r.kind === 'as' ? r.entry.name : ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /(^|[^a-z0-9])ssh/i.test(n))).toBe(true);
    expect(names.some((n) => /nissho/i.test(n))).toBe(false);
  });

  it('waits for the directory only when nothing else is there to show', async () => {
    expect((await joined('hetzner')).view).toEqual({ results: [], waiting: true });
    const ssh = await joined('ssh');
    expect(ssh.view.waiting).toBe(false);
    expect(ssh.view.results).toEqual(ssh.outcome.results);
  });

  it('says what is known about an AS number the data does not hold', async () => {
    expect((await joined('AS4199999999', answerFor)).view.message).toMatch(/AS4199999999 holds no addresses in the owner data of 2026-06-17/);
    expect((await joined('AS64512', answerFor)).view.message).toMatch(/private-use/);
  });

  it('keeps everything else working when the owner data is unavailable', async () => {
    const byNumber = await joined('AS15169', async () => UNAVAILABLE);
    expect(byNumber.view).toMatchObject({ results: [], message: expect.stringMatching(/Owner data unavailable/), waiting: false });
    expect(byNumber.view.namesUnsearched).toBeUndefined();
    const byName = await joined('ssh', async () => UNAVAILABLE);
    expect(byName.view.results).toEqual(byName.outcome.results);
    expect(byName.view.namesUnsearched).toBe('owner data unavailable: 404');
    expect((await joined('hetzner', async () => UNAVAILABLE)).view.message).toMatch(/Nothing matches "hetzner"/);
    expect((await joined('AS64512', async () => UNAVAILABLE)).view.message).toMatch(/private-use/);
  });
});

describe("a CIDR block's owner", () => {
  it('is the owner of the whole block when one registration holds it', async () => {
    const owner = await ipOwner('88.198.0.0/16');
    expect(owner).toMatchObject({ asn: 24940, range: { cidr: '88.198.0.0/16' } });
    expect(owner?.note ?? '').not.toMatch(/spans/);
  });

  it('says how many blocks and ASes a larger block spans, and shows the owner of its first address', async () => {
    const owner = await ipOwner('8.8.4.0/22');
    expect(owner).toMatchObject({ asn: 15169, range: { first: '8.8.4.0' } });
    expect(owner?.note).toMatch(/^The \/22 block spans more than one registration \(4 blocks in the data, held by 3 ASes\); this is the owner of its first address\./);
    expect((await ipOwner('2a01:4f8::/29'))?.note).toMatch(/held by \d+ ASes, some with no AS listed\)/);
  });

  it('says so when one AS holds all of it across registrations', async () => {
    // 147.135.0.0/16: one AS (OVH), registered in more than one country.
    const owner = await ipOwner('147.135.0.0/16');
    expect(owner?.asn).toBe(16276);
    expect(owner?.note).toMatch(/^The \/16 block spans more than one registration, all of it held by this AS; the country shown is that of its first address\./);
  });
});
