// The background answers "who owns this address" from the shipped owner table, in real Chromium
// and Firefox ESR: an extension page asks for 8.8.8.8 and gets AS15169 Google.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDriver, sendFromPage, waitFor, type ExtensionDriver } from './extension-driver';

for (const name of ['chromium', 'firefox'] as const) {
  describe(`owner lookups in ${name}`, () => {
    let driver: ExtensionDriver;
    beforeAll(async () => {
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => driver?.close());

    it('answers AS15169 Google for 8.8.8.8, registered in the US', async () => {
      const page = await driver.open('popup.html');
      const reply = await sendFromPage(page, { type: 'ip-owner', address: '8.8.8.8' });
      expect(reply.ok).toBe(true);
      const answer = reply.value as { available: boolean; owner: { asn: number; asName: string; country: string; dataDate: string; kind: string } };
      expect(answer.available).toBe(true);
      expect(answer.owner.asn).toBe(15169);
      expect(answer.owner.asName).toMatch(/Google/);
      expect(answer.owner.country).toBe('US');
      expect(answer.owner.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(answer.owner.kind).toBe('dns-resolver');
    });

    it('gives null for a private address, lists an AS by number and reports the loaded data', async () => {
      const page = await driver.open('popup.html');
      const privateOwner = await sendFromPage(page, { type: 'ip-owner', address: '192.168.1.10' });
      expect(privateOwner).toEqual({ ok: true, value: { available: true, owner: null } });
      const as = await sendFromPage(page, { type: 'as-lookup', query: 'as24940' });
      const entries = (as.value as { entries: { asn: number; name: string; country: string; ranges: { v4: number } }[] }).entries;
      expect(entries[0]).toMatchObject({ asn: 24940, country: 'DE' });
      expect(entries[0].name).toMatch(/Hetzner/);
      expect(entries[0].ranges.v4).toBeGreaterThan(10);
      const status = await sendFromPage(page, { type: 'owner-status' });
      expect(status.value).toMatchObject({ available: true, info: { autonomousSystems: expect.any(Number) } });
      expect((status.value as { loadMs: number }).loadMs).toBeGreaterThan(0);
    });

    it('keeps the decoded tables in IndexedDB and answers from there after a restart', async () => {
      const page = await driver.open('popup.html');
      await sendFromPage(page, { type: 'ip-owner', address: '1.1.1.1' });
      await waitFor(async () => ((await sendFromPage(page, { type: 'owner-status' })).value as { storedInIndexedDb?: boolean }).storedInIndexedDb, 'the owner tables to be stored', 30_000);
      await driver.reloadExtension();
      const answer = await waitFor(async () => {
        const fresh = await driver.open('popup.html');
        const r = await sendFromPage(fresh, { type: 'ip-owner', address: '8.8.8.8' });
        return r.ok ? { page: fresh, value: r.value } : null;
      }, 'an owner answer after the restart', 30_000);
      expect(answer.value).toMatchObject({ available: true, owner: { asn: 15169 } });
      const status = await sendFromPage(answer.page, { type: 'owner-status' });
      expect(status.value).toMatchObject({ available: true, loadedFrom: 'indexeddb' });
    });

    it('refuses a malformed owner request with a clear error', async () => {
      const page = await driver.open('popup.html');
      const reply = await sendFromPage(page, { type: 'ip-owner', address: 134744072 });
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/address must be a string/) });
    });
  });
}
