// The page settings as stored in storage.local: every bad value falls back to its default, the
// default hosts come from the content script's own match patterns, and a host switch covers what
// its match pattern covers.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SETTINGS, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, PAGE_SETTINGS_KEY,
  defaultHosts, hostMatches, hostSwitchedOff, pageSettingsStore, readPageSettings, withHost,
} from '../../../components/options/page-settings';
import { ROUTER_MATCHES } from '../../../entrypoints/content/activation-matches';

const HOSTS = defaultHosts(ROUTER_MATCHES);

describe('readPageSettings', () => {
  it('gives the defaults for nothing stored or for something that is not an object', () => {
    for (const raw of [undefined, null, 'on', 42, [], true]) expect(readPageSettings(raw)).toEqual(DEFAULT_PAGE_SETTINGS);
    expect(DEFAULT_PAGE_SETTINGS.marks).toEqual({ addresses: true, ports: true, riskyPortsOnly: false, packetFields: false });
  });

  it('keeps good values and replaces each bad one with its default, field by field', () => {
    const read = readPageSettings({
      hostsOff: ['*.lan', 7, '192.168.1.1', '*.lan', '<script>', 'x'.repeat(300)],
      marks: { addresses: false, ports: 'yes', riskyPortsOnly: true, packetFields: 1 },
      palette: 'rainbow',
      hoverDelayMs: 400,
    });
    expect(read).toEqual({ hostsOff: ['*.lan', '192.168.1.1'], marks: { addresses: false, ports: true, riskyPortsOnly: true, packetFields: false }, palette: 'standard', hoverDelayMs: 400 });
    expect(readPageSettings({ palette: 'colour-blind' }).palette).toBe('colour-blind');
  });

  it('accepts a hover delay only as a whole number within its bounds', () => {
    const delay = (v: unknown) => readPageSettings({ hoverDelayMs: v }).hoverDelayMs;
    expect(delay(HOVER_DELAY_MIN_MS)).toBe(HOVER_DELAY_MIN_MS);
    expect(delay(HOVER_DELAY_MAX_MS)).toBe(HOVER_DELAY_MAX_MS);
    for (const bad of [HOVER_DELAY_MIN_MS - 1, HOVER_DELAY_MAX_MS + 1, 250.5, NaN, Infinity, '300', null]) expect(delay(bad)).toBe(DEFAULT_PAGE_SETTINGS.hoverDelayMs);
  });

  it('caps the list of switched-off hosts', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `h${i}.lan`);
    expect(readPageSettings({ hostsOff: many }).hostsOff).toHaveLength(500);
  });
});

describe('default host switches', () => {
  it('lists each host of the match patterns once (http and https together)', () => {
    expect(HOSTS).toContain('127.0.0.1');
    expect(HOSTS).toContain('*.home.arpa');
    expect(HOSTS).toContain('fritz.box');
    expect(new Set(HOSTS).size).toBe(HOSTS.length);
    expect(HOSTS.filter((h) => h === 'localhost')).toHaveLength(1);
  });

  it('matches hosts the way match patterns do', () => {
    expect(hostMatches('*.lan', 'router.lan')).toBe(true);
    expect(hostMatches('*.lan', 'lan')).toBe(true);
    expect(hostMatches('*.lan', 'a.b.lan.')).toBe(true);
    expect(hostMatches('*.lan', 'planet')).toBe(false);
    expect(hostMatches('*.lan', 'evil-lan')).toBe(false);
    expect(hostMatches('fritz.box', 'FRITZ.BOX')).toBe(true);
    expect(hostMatches('fritz.box', 'my.fritz.box')).toBe(false);
  });

  it('switches off only the hosts switched off, and never a site outside the defaults', () => {
    const off = withHost(DEFAULT_PAGE_SETTINGS, '*.lan', false);
    expect(hostSwitchedOff(off, 'router.lan', HOSTS)).toBe(true);
    expect(hostSwitchedOff(off, '192.168.1.1', HOSTS)).toBe(false);
    expect(hostSwitchedOff(off, 'example.com', HOSTS)).toBe(false);
    // openwrt.lan has its own pattern and falls under *.lan too: off only when both are off.
    expect(hostSwitchedOff(off, 'openwrt.lan', HOSTS)).toBe(false);
    expect(hostSwitchedOff(withHost(off, 'openwrt.lan', false), 'openwrt.lan', HOSTS)).toBe(true);
    const on = withHost(off, '*.lan', true);
    expect(on.hostsOff).toEqual([]);
    expect(hostSwitchedOff(on, 'router.lan', HOSTS)).toBe(false);
  });
});

describe('pageSettingsStore', () => {
  it('saves only checked values and reads them back', async () => {
    const stored: Record<string, unknown> = {};
    const store = pageSettingsStore({ get: async (key) => ({ [key]: stored[key] }), set: async (items) => void Object.assign(stored, items) });
    await store.save({ ...DEFAULT_PAGE_SETTINGS, hoverDelayMs: 5, palette: 'colour-blind' });
    expect(stored[PAGE_SETTINGS_KEY]).toMatchObject({ hoverDelayMs: DEFAULT_PAGE_SETTINGS.hoverDelayMs, palette: 'colour-blind' });
    expect((await store.load()).palette).toBe('colour-blind');
  });
});
