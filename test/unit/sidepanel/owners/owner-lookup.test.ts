// The side panel's owners: the owner worker's lookup over the shipped owner table (answers per
// distinct owner, fails closed), the worker client when the worker breaks, and how owners read in the
// cells, the findings and the scanning-sources line.
import { describe, expect, it } from 'vitest';
import { analyzeLog, type EventChunk } from '../../../../knowledge';
import { EventStore } from '../../../../knowledge/logs/event-store';
import { bundledOwnerSource } from '../../../../knowledge/owners/bundled-owner-source';
import { createOwnerSourceFrom } from '../../../../knowledge/owners/owner-source';
import { answerOwnerLookup } from '../../../../entrypoints/sidepanel/owner-lookup-job';
import { ownerWorkerClient, type OwnerWorkerLike } from '../../../../entrypoints/sidepanel/owner-worker-client';
import { findingsWithOwners, scanningSourcesLine } from '../../../../components/sidepanel/owner-findings';
import {
  addressesToLookUp, SenderCollector, countryCell, countryTitle, ownerCell, ownerLabel, ownerOf, ownerStateFrom, type AddressOwner, type OwnerState,
} from '../../../../components/sidepanel/source-owners';
import { fixture } from '../sidepanel-harness';
import { translatorForLanguage } from '../../i18n/locale-messages';

const en = translatorForLanguage('en');
const de = translatorForLanguage('de');

const source = bundledOwnerSource();

async function stateFor(addresses: string[]): Promise<OwnerState> {
  return ownerStateFrom(addresses, await answerOwnerLookup(source, { id: 7, addresses }));
}

const known = (state: OwnerState) => (a: string): AddressOwner | undefined => {
  const o = ownerOf(state, a);
  return o && typeof o === 'object' ? o : undefined;
};

describe('owner lookup in the owner worker', () => {
  it('answers each distinct owner once, with an index per address and none for special-purpose ones', async () => {
    const reply = await answerOwnerLookup(source, { id: 7, addresses: ['8.8.8.8', '192.168.1.1', '8.8.4.4', '162.142.125.10', 'junk'] });
    expect(reply.id).toBe(7);
    if (!reply.available) throw new Error(reply.reason);
    expect(Array.from(reply.index)).toEqual([0, -1, 0, 1, -1]);
    expect(reply.owners[0]).toMatchObject({ asn: 15169, country: 'US', kind: 'dns-resolver' });
    expect(reply.owners[1]).toEqual({ asn: 398324, asName: 'Censys, Inc.', country: 'US', kind: 'research-scanner', network: 'Censys' });
    expect(reply.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('fails closed: a malformed request or missing data says "owner data unavailable" and why', async () => {
    const bad = await answerOwnerLookup(source, { id: 3, addresses: [42] });
    expect(bad).toEqual({ id: 3, available: false, reason: 'owner data unavailable: malformed owner request' });
    const broken = createOwnerSourceFrom(async () => {
      throw new Error("the extension's /data/ip-owners.bin.gz answered 404");
    });
    const reply = await answerOwnerLookup(broken, { id: 4, addresses: ['8.8.8.8'] });
    expect(reply).toEqual({ id: 4, available: false, reason: "owner data unavailable: the extension's /data/ip-owners.bin.gz answered 404" });
  });

  it('the panel\'s worker client answers "unavailable" when the worker cannot start or fails', async () => {
    const cannot = ownerWorkerClient(() => {
      throw new Error('no workers here');
    });
    expect(await cannot.ownersOf(['8.8.8.8'])).toEqual({ available: false, reason: 'owner data unavailable: the owner worker could not start (no workers here)' });

    let worker: OwnerWorkerLike | undefined;
    const client = ownerWorkerClient(() => (worker = { onmessage: null, onerror: null, postMessage: () => undefined }));
    const answer = client.ownersOf(['8.8.8.8']);
    worker?.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    expect(await answer).toEqual({ available: false, reason: 'owner data unavailable: the owner worker failed (boom)' });
  });
});

describe('owners in the panel', () => {
  it('asks once per distinct sender, then for finding actors not among them', () => {
    const analysis = analyzeLog(fixture('owner-scan.log'));
    const addresses = addressesToLookUp(analysis.events, [{ ...analysis.findings[0], actor: '198.51.100.200', sources: ['198.51.100.200'] }]);
    expect(addresses).toEqual(['162.142.125.10', '185.247.137.10', '88.198.1.1', '62.34.17.168', '203.0.113.66', '8.8.8.8', '198.51.100.200']);
  });

  it('hands out the senders of a growing store a part at a time, each once', () => {
    // The chunks the analysis worker sends: 20 lines each, so the first part holds only Censys's scan.
    const text = fixture('owner-scan.log');
    const chunks: EventChunk[] = [];
    let sent = 0;
    const analysis = analyzeLog(text, {
      chunkLines: 20,
      onEvents: (store) => {
        chunks.push(store.takeChunk(sent));
        sent = store.length;
      },
    });
    const growing = new EventStore(text);
    const senders = new SenderCollector(growing);
    growing.appendChunk(chunks[0]);
    expect(senders.next()).toEqual(['162.142.125.10', '185.247.137.10']);
    expect(senders.next()).toEqual([]);
    for (const chunk of chunks.slice(1)) growing.appendChunk(chunk);
    expect(senders.caughtUp).toBe(false);
    expect(senders.next()).toEqual(['88.198.1.1', '62.34.17.168', '203.0.113.66', '8.8.8.8']);
    expect(senders.caughtUp).toBe(true);
    const finding = { ...analysis.findings[0], actor: '88.198.1.1', sources: ['88.198.1.1', '198.51.100.200'] };
    expect(senders.findingAddresses([finding])).toEqual(['198.51.100.200']);
    expect(senders.findingAddresses([finding])).toEqual([]);
  });

  it('reads as "AS… name (CC), kind" in findings, AS and flag in cells, and "owner data unavailable" when missing', async () => {
    const state = await stateFor(['88.198.1.1', '162.142.125.10', '10.0.0.1']);
    const hetzner = ownerOf(state, '88.198.1.1');
    expect(ownerLabel(hetzner as AddressOwner, en)).toBe('AS24940 Hetzner Online GmbH (DE), hosting company');
    expect(ownerLabel(ownerOf(state, '162.142.125.10') as AddressOwner, en)).toBe('AS398324 Censys, Inc. (US), research scanner');
    expect(ownerCell(hetzner, en)).toBe('AS24940 Hetzner Online GmbH');
    expect(countryCell(hetzner)).toBe('🇩🇪 DE');
    expect(countryTitle(hetzner, en)).toBe('registered in Germany');
    expect(ownerCell(ownerOf(state, '10.0.0.1'), en)).toBe('');
    expect(ownerCell(ownerOf(state, '198.51.100.9'), en)).toBe('…');
    const unavailable: OwnerState = { status: 'unavailable', reason: 'owner data unavailable: gone' };
    expect(ownerCell(ownerOf(unavailable, '88.198.1.1'), en)).toBe('owner data unavailable');
    expect(countryCell(ownerOf(unavailable, '88.198.1.1'))).toBe('');
  });

  it('reads in German in a German panel, the kinds of network (knowledge text) staying English', async () => {
    const state = await stateFor(['88.198.1.1', '198.51.100.9']);
    const hetzner = ownerOf(state, '88.198.1.1');
    expect(countryTitle(hetzner, de)).toBe('registriert in Germany');
    expect(ownerLabel(hetzner as AddressOwner, de)).toBe('AS24940 Hetzner Online GmbH (DE), hosting company');
    expect(ownerCell(ownerOf({ status: 'unavailable', reason: 'owner data unavailable: gone' }, '88.198.1.1'), de)).toBe('Besitzerdaten nicht verfügbar');
    expect(ownerCell({ asn: null, asName: null, country: 'DE' }, de)).toBe('kein AS eingetragen');
    const analysis = analyzeLog(fixture('owner-scan.log'));
    const all = await stateFor(addressesToLookUp(analysis.events, analysis.findings));
    expect(scanningSourcesLine(analysis.findings, known(all), de))
      .toBe('2 der 5 scannenden Quellen sind Forschungsscanner; 1 ist ein gemieteter Cloud- oder Hosting-Server.');
    const censys = analysis.findings.filter((f) => f.actor === '162.142.125.10');
    expect(scanningSourcesLine(censys, known(all), de)).toBe('Die scannende Quelle ist ein Forschungsscanner.');
    expect(scanningSourcesLine(censys, () => undefined, de)).toBe('Die scannende Quelle ist kein bekannter Forschungsscanner.');
  });

  it('names the owner in each finding about one actor and says how many scanning sources are research scanners', async () => {
    const analysis = analyzeLog(fixture('owner-scan.log'));
    const state = await stateFor(addressesToLookUp(analysis.events, analysis.findings));
    const named = findingsWithOwners(analysis.findings, known(state), en);
    const censys = named.find((f) => f.actor === '162.142.125.10');
    expect(censys?.title).toBe('Port scan from 162.142.125.10');
    expect(censys?.actorLabel).toBe('AS398324 Censys, Inc. (US), research scanner');
    expect(named.find((f) => f.actor === '185.247.137.10')?.actorLabel).toBe('AS211298 Driftnet Ltd (GB), research scanner (Internet-Measurement.com (Driftnet))');
    expect(named.find((f) => f.actor === '62.34.17.168')?.actorLabel).toBe('AS5410 Bouygues Telecom SA (FR)');
    expect(named.find((f) => f.actor === '203.0.113.66')?.actorLabel).toBeUndefined();
    expect(analysis.findings.every((f) => f.actorLabel === undefined)).toBe(true); // the analysis itself is left as it was
    // A finding whose actor is not its sender (a decoy scan names its target) gets no owner label.
    const decoy = { ...analysis.findings[0], id: 'decoy-scan', actor: '88.198.1.1', sources: ['162.142.125.10'] };
    expect(findingsWithOwners([decoy], known(state), en)[0].actorLabel).toBeUndefined();
    expect(scanningSourcesLine(analysis.findings, known(state), en))
      .toBe('2 of the 5 scanning sources are research scanners; 1 is a rented cloud or hosting server.');
    expect(scanningSourcesLine(analysis.findings, () => undefined, en)).toBe('None of the 5 scanning sources is a known research scanner.');
    expect(scanningSourcesLine([], known(state), en)).toBeUndefined();
  });
});
