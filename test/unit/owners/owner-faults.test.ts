// A missing or damaged owner asset gives "owner data unavailable" while everything else keeps
// working; the data loads once, however many requests arrive while it loads.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createOwnerKnowledge, createOwnerSource, decodeOwnerAsset, OwnerAssetError, type IanaPortSource } from '../../../knowledge';
import { createPackagedOwnerSource } from '../../../entrypoints/background/packaged-owner-source';
import { routeMessage } from '../../../entrypoints/background/message-router';
import { openPortLensDb } from '../../../entrypoints/background/database';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';

const gz = new Uint8Array(readFileSync('assets/generated/ip-owners.bin.gz'));
const raw = new Uint8Array(gunzipSync(gz));
const answerFor = (bytes: Uint8Array) => createOwnerKnowledge(createOwnerSource(async () => bytes)).ipOwner('8.8.8.8');

describe('damaged owner data', () => {
  it('answers normally from the intact asset', async () => {
    expect(await answerFor(gz)).toMatchObject({ available: true, owner: { asn: 15169 } });
  });

  it('says "owner data unavailable" for a truncated, non-gzip or empty file', async () => {
    for (const bytes of [gz.subarray(0, gz.length / 2), new TextEncoder().encode('<html>not found</html>'), new Uint8Array()]) {
      const answer = await answerFor(bytes);
      expect(answer.available).toBe(false);
      expect(!answer.available && answer.reason).toMatch(/^owner data unavailable/);
    }
  });

  it('refuses a file whose sections do not add up, rather than answering wrongly', () => {
    const wrongMagic = raw.slice();
    wrongMagic[0] = 0x58;
    expect(() => decodeOwnerAsset(wrongMagic)).toThrow(OwnerAssetError);
    expect(() => decodeOwnerAsset(raw.subarray(0, raw.length - 1000))).toThrow(/lies outside the file|ends early/);
    const headerLength = raw[4] | (raw[5] << 8) | (raw[6] << 16) | (raw[7] << 24);
    const header = JSON.parse(new TextDecoder().decode(raw.subarray(8, 8 + headerLength)));
    header.counts.asn4 += 5;
    const headerBytes = new TextEncoder().encode(JSON.stringify(header));
    const prefix = new Uint8Array(8);
    prefix.set(raw.subarray(0, 4));
    new DataView(prefix.buffer).setUint32(4, headerBytes.length, true);
    const tampered = new Uint8Array([...prefix, ...headerBytes, ...raw.subarray(8 + headerLength)]);
    expect(() => decodeOwnerAsset(tampered)).toThrow(/ends early|stray/);
  });

  it('loads once when many requests arrive together', async () => {
    let loads = 0;
    const knowledge = createOwnerKnowledge(createOwnerSource(async () => {
      loads++;
      return gz;
    }));
    const answers = await Promise.all(['8.8.8.8', '1.1.1.1', '9.9.9.9', '2a01:4f8::1', '62.34.17.168'].map((a) => knowledge.ipOwner(a)));
    expect(loads).toBe(1);
    expect(answers.every((a) => a.available && a.owner)).toBe(true);
  });

  it('keeps answering port questions in the background while the owner file is missing', async () => {
    let fetched = 0;
    const owners = createPackagedOwnerSource({ url: 'chrome-extension://x/data/ip-owners.bin.gz', hash: 'x', fetchFile: async () => {
      fetched++;
      return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
    } });
    const db = await openPortLensDb('owner-faults');
    const ports: IanaPortSource = { lookup: () => [], findByName: () => [] };
    const deps = async (): Promise<HandlerDeps> => ({ db, ports, owners });
    const [owner, again, port] = await Promise.all([
      routeMessage({ type: 'ip-owner', address: '8.8.8.8' }, 'extension-page', deps),
      routeMessage({ type: 'ip-owner', address: '1.1.1.1' }, 'extension-page', deps),
      routeMessage({ type: 'explain-port', port: 31337 }, 'extension-page', deps),
    ]);
    expect(owner).toEqual({ ok: true, value: { available: false, reason: expect.stringMatching(/^owner data unavailable: .*404/) } });
    expect(again).toMatchObject({ ok: true, value: { available: false } });
    expect(fetched).toBe(1);
    expect(port).toMatchObject({ ok: true, value: { port: 31337 } });
    const status = await routeMessage({ type: 'owner-status' }, 'extension-page', deps);
    expect(status).toMatchObject({ ok: true, value: { available: false } });
  });

  it('survives a re-compressed copy (what a store may do to the package) byte for byte', async () => {
    expect(await answerFor(new Uint8Array(gzipSync(raw, { level: 1 })))).toEqual(await answerFor(gz));
  });
});
