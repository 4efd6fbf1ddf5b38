// The background answers over messaging from IndexedDB, in real Chromium and Firefox ESR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDriver, sendFromPage, waitFor, type ExtensionDriver } from './extension-driver';

for (const name of ['chromium', 'firefox'] as const) {
  describe(`background knowledge in ${name}`, () => {
    let driver: ExtensionDriver;
    beforeAll(async () => {
      driver = await launchDriver(name);
    }, 60_000);
    afterAll(async () => driver?.close());

    it('answers an extension page asking about 31337 with Back Orifice', async () => {
      const page = await driver.open('popup.html');
      const reply = await sendFromPage(page, { type: 'explain-port', port: 31337 });
      expect(reply.ok).toBe(true);
      const explanation = reply.value as { title: string; facts: { service: string }[] };
      expect(explanation.facts.map((f) => f.service).join(' ')).toMatch(/Back ?Orifice/i);
      const status = await waitFor(async () => {
        const s = await sendFromPage(page, { type: 'knowledge-status' });
        return (s.value as { seeded: boolean }).seeded ? s.value : null;
      }, 'the IANA table to be seeded into IndexedDB');
      expect((status as { ports: number }).ports).toBeGreaterThan(6000);
      const http = await sendFromPage(page, { type: 'explain-port', port: 80, protocol: 'tcp' });
      expect((http.value as { iana: { names: string[] }[] }).iana[0].names).toEqual(['http', 'www', 'www-http']);
    });

    it('refuses malformed messages with a clear error', async () => {
      const page = await driver.open('popup.html');
      const reply = await sendFromPage(page, { type: 'explain-port', port: 70000 });
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/0 to 65535/) });
      const unknown = await sendFromPage(page, { type: 'drop-database' });
      expect(unknown.ok).toBe(false);
    });

    it('keeps a note across an extension reload', async () => {
      const page = await driver.open('popup.html');
      const saved = await sendFromPage(page, { type: 'note-set', key: 'port:8443', text: 'my NAS' });
      expect(saved.ok).toBe(true);
      await driver.reloadExtension();
      const note = await waitFor(async () => {
        const fresh = await driver.open('popup.html');
        const r = await sendFromPage(fresh, { type: 'note-get', key: 'port:8443' });
        return r.ok && r.value ? r.value : null;
      }, 'the note after reload', 30_000);
      expect((note as { text: string }).text).toBe('my NAS');
    });
  });
}
