// The owner and country columns at work on a real analysis: the owner and country filters, sorting
// by owner, country and source (stable, senders without an owner last), the charts by AS and
// country, and the asn / asName / country fields of the CSV and JSON exports.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeLog, type LogAnalysis, type LogEvent } from '../../../../knowledge';
import { bundledOwnerSource } from '../../../../knowledge/owners/bundled-owner-source';
import { answerOwnerLookup } from '../../../../entrypoints/sidepanel/owner-lookup-job';
import { CSV_COLUMNS, eventsToCsv } from '../../../../components/sidepanel/export-csv';
import { analysisToJson, type AnalysisExport } from '../../../../components/sidepanel/export-json';
import { filterEvents, NO_FILTERS } from '../../../../components/sidepanel/event-filter';
import { nextSort, sortEvents } from '../../../../components/sidepanel/event-sort';
import { ownerBars } from '../../../../components/sidepanel/owner-charts';
import { countryMatches, ownerMatches } from '../../../../components/sidepanel/owner-match';
import { addressesToLookUp, ownerOf, ownerStateFrom, type OwnerState } from '../../../../components/sidepanel/source-owners';
import { fixture } from '../sidepanel-harness';

let analysis: LogAnalysis;
let owners: OwnerState;
beforeAll(async () => {
  analysis = analyzeLog(fixture('owner-scan.log'));
  const addresses = addressesToLookUp(analysis.events, analysis.findings);
  owners = ownerStateFrom(addresses, await answerOwnerLookup(bundledOwnerSource(), { id: 1, addresses }));
});

const sources = (events: { length: number; at(i: number): LogEvent | undefined }) => Array.from({ length: events.length }, (_, i) => events.at(i)?.src);
const distinct = (list: (string | undefined)[]) => list.filter((s, i) => s !== list[i - 1]);

describe('owner and country filters', () => {
  it('match an AS number, part of a name or a kind of network, and a country code or name', () => {
    const censys = { asn: 398324, asName: 'Censys, Inc.', country: 'US', kind: 'research-scanner' as const, network: 'Censys' };
    for (const q of ['AS398324', 'as 398324', '398324', 'censys', 'research scanner']) expect(ownerMatches(censys, q)).toBe(true);
    for (const q of ['AS39832', 'hetzner', 'hosting']) expect(ownerMatches(censys, q)).toBe(false);
    expect(countryMatches(censys, 'us')).toBe(true);
    expect(countryMatches(censys, 'United')).toBe(true);
    expect(countryMatches(censys, 'DE')).toBe(false);
  });

  it('keep the events whose source has such an owner; nothing matches while owners are unknown', () => {
    const research = filterEvents(analysis.events, { ...NO_FILTERS, owner: 'research scanner' }, undefined, owners);
    expect(new Set(sources(research))).toEqual(new Set(['162.142.125.10', '185.247.137.10']));
    expect(research.length).toBe(32);
    const german = filterEvents(analysis.events, { ...NO_FILTERS, country: 'DE' }, undefined, owners);
    expect(new Set(sources(german))).toEqual(new Set(['88.198.1.1']));
    const both = filterEvents(analysis.events, { ...NO_FILTERS, owner: 'AS15169', country: 'US' }, undefined, owners);
    expect(sources(both)).toEqual(['8.8.8.8']);
    expect(filterEvents(analysis.events, { ...NO_FILTERS, owner: 'censys' }, undefined, { status: 'unavailable', reason: 'x' }).length).toBe(0);
  });
});

describe('sorting', () => {
  it('by owner groups the senders by AS name, keeps log order within one and puts senders without an owner last', () => {
    const rows = sortEvents(analysis.events, { column: 'owner', descending: false }, owners);
    expect(rows.length).toBe(analysis.events.length);
    expect(distinct(sources(rows))).toEqual(['62.34.17.168', '162.142.125.10', '185.247.137.10', '8.8.8.8', '88.198.1.1', '203.0.113.66']);
    const lines = Array.from({ length: 16 }, (_, i) => rows.at(i)?.line);
    expect(lines).toEqual([...lines].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const down = sortEvents(analysis.events, { column: 'owner', descending: true }, owners);
    expect(distinct(sources(down))).toEqual(['88.198.1.1', '8.8.8.8', '185.247.137.10', '162.142.125.10', '62.34.17.168', '203.0.113.66']);
  });

  it('by country and by source address (numerically), on a filtered view too', () => {
    const byCountry = sortEvents(analysis.events, { column: 'country', descending: false }, owners);
    expect(distinct(sources(byCountry)).map((s) => (ownerOf(owners, s) as { country?: string } | null)?.country ?? null))
      .toEqual(['DE', 'FR', 'GB', 'US', 'US', null]);
    const filtered = filterEvents(analysis.events, { ...NO_FILTERS, port: '22' }, undefined, owners);
    expect(sources(sortEvents(filtered, { column: 'source', descending: false }, owners)))
      .toEqual(['62.34.17.168', '88.198.1.1', '162.142.125.10', '185.247.137.10', '203.0.113.66']);
  });

  it('a header click goes ascending, descending, then back to the log order', () => {
    expect(nextSort(null, 'owner')).toEqual({ column: 'owner', descending: false });
    expect(nextSort({ column: 'owner', descending: false }, 'owner')).toEqual({ column: 'owner', descending: true });
    expect(nextSort({ column: 'owner', descending: true }, 'owner')).toBeNull();
    expect(nextSort({ column: 'owner', descending: true }, 'country')).toEqual({ column: 'country', descending: false });
    expect(sortEvents(analysis.events, null, owners)).toBe(analysis.events);
  });
});

describe('charts by AS and country', () => {
  it('count events per source AS and per registration country, busiest first, and pick a filter', () => {
    const bars = ownerBars(analysis.events, owners);
    expect(bars.byAs.slice(0, 4).map((b) => b.count)).toEqual([16, 16, 16, 16]);
    expect(bars.byAs.find((b) => b.pick === 'AS398324')).toEqual({ label: 'AS398324 Censys, Inc.', count: 16, pick: 'AS398324' });
    expect(bars.byAs).toHaveLength(5);
    expect(bars.byCountry[0]).toEqual({ label: 'United States (US)', count: 17, pick: 'US' });
    expect(bars.byCountry.map((b) => b.pick)).toEqual(['US', 'FR', 'DE', 'GB']); // ties by name
    expect(ownerBars(analysis.events, { status: 'pending' })).toEqual({ byAs: [], byCountry: [] });
  });
});

describe('exports', () => {
  it('CSV carries asn, as_name and country of the source, empty when there is none or the data is unavailable', () => {
    const csv = eventsToCsv(analysis.events, undefined, (e) => ownerOf(owners, e.src)).split('\r\n');
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const row = (src: string) => csv.find((r) => r.includes(`,${src},`))?.split(',') ?? [];
    expect([col('asn'), col('as_name'), col('country')].every((i) => i > 0)).toBe(true);
    expect([row('88.198.1.1')[col('asn')], row('88.198.1.1')[col('as_name')], row('88.198.1.1')[col('country')]]).toEqual(['24940', 'Hetzner Online GmbH', 'DE']);
    expect([row('203.0.113.66')[col('asn')], row('203.0.113.66')[col('country')]]).toEqual(['', '']);
    const unavailable = eventsToCsv(analysis.events, undefined, () => 'unavailable').split('\r\n')[1].split(',');
    expect(unavailable[col('asn')]).toBe('');
  });

  it('JSON gives every event asn, asName and country, and says where they come from', () => {
    const doc = JSON.parse(analysisToJson(analysis, analysis.events, new Date(0), owners, (e) => ownerOf(owners, e.src))) as AnalysisExport;
    expect(doc.owners).toEqual({ of: 'source address', dataDate: (owners as { dataDate: string }).dataDate });
    expect(doc.events.find((e) => e.src === '162.142.125.10')).toMatchObject({ asn: 398324, asName: 'Censys, Inc.', country: 'US' });
    expect(doc.events.find((e) => e.src === '203.0.113.66')).toMatchObject({ asn: null, asName: null, country: null });
    const none = JSON.parse(analysisToJson(analysis, analysis.events, new Date(0), { status: 'unavailable', reason: 'owner data unavailable: gone' })) as AnalysisExport;
    expect(none.owners).toEqual({ unavailable: 'owner data unavailable: gone' });
    expect(none.events[0]).toMatchObject({ asn: null, asName: null, country: null });
  });
});
