// The background side of the page card: sessions bound to a tab, the card's validation, the
// hand-over gate (one view per gesture, bursts refused), and the frame's postMessage vocabulary.
import { describe, expect, it, vi } from 'vitest';
import { createCardSessions, CARD_SESSION_TTL_MS } from '../../../entrypoints/background/card-sessions';
import { BURST_QUIET_MS, createHandoffGate, ONE_GESTURE_MS } from '../../../entrypoints/background/handoff-gate';
import type { HandlerDeps } from '../../../entrypoints/background/handlers';
import { classifySender, routeMessage } from '../../../entrypoints/background/message-router';
import { createPageHandoff, type PageHandoffApi } from '../../../entrypoints/background/page-handoff';
import { CARD_LOG_REQUEST, readCardFrameMessage } from '../../../messaging/card-frame';
import { PENDING_LOG_KEY, validateRequest, type CardOpening } from '../../../messaging/protocol';

const opening: CardOpening = { token: { kind: 'endpoint', text: '198.51.100.7:22', address: '198.51.100.7', port: 22, role: 'source' }, canAnalyse: true, line: 'DROP 198.51.100.7:22' };

describe('card messages', () => {
  it('lets a content script open a card with a well-formed token, and nothing else of the card', () => {
    expect(validateRequest({ type: 'card-open', ...opening, extra: 1 }, 'content-script')).toEqual({ type: 'card-open', ...opening });
    expect(validateRequest({ type: 'card-open', token: { kind: 'mac', text: 'x' }, canAnalyse: false }, 'content-script')).toMatch(/token kind/);
    expect(validateRequest({ type: 'card-open', token: { kind: 'port', text: '22', port: 70000 }, canAnalyse: false }, 'content-script')).toMatch(/0-65535/);
    expect(validateRequest({ type: 'card-open', token: { kind: 'ipv4', text: '1.2.3.4', address: '<img>' }, canAnalyse: false }, 'content-script')).toMatch(/address/);
    expect(validateRequest({ type: 'card-open', token: opening.token, canAnalyse: 'yes' }, 'content-script')).toMatch(/canAnalyse/);
    const session = 'a'.repeat(32);
    expect(validateRequest({ type: 'card-load', session }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'card-action', session, action: 'lookup' }, 'content-script')).toMatch(/not allowed from a web page/);
    expect(validateRequest({ type: 'card-action', session, action: 'delete-notes' }, 'extension-page')).toMatch(/lookup or analyse/);
    expect(validateRequest({ type: 'card-load', session: 'short' }, 'extension-page')).toMatch(/session id/);
  });

  it('accepts a packet-field token only with a known field and a value the detector could have read', () => {
    const ttl = { kind: 'packet-field', text: 'TTL=47', field: 'ttl', fieldValue: '47' };
    const open = (token: object) => validateRequest({ type: 'card-open', token, canAnalyse: true, line: 'TTL=47 ID=1' }, 'content-script');
    expect(open(ttl)).toEqual({ type: 'card-open', token: ttl, canAnalyse: true, line: 'TTL=47 ID=1' });
    expect(open({ kind: 'packet-field', text: 'SYN URG PSH FIN', field: 'tcpFlags', fieldValue: 'SYN URG PSH FIN' })).toMatchObject({ token: { field: 'tcpFlags' } });
    expect(open({ kind: 'packet-field', text: 'Flags [S.]', field: 'tcpFlags', fieldValue: 'S.' })).toMatchObject({ token: { fieldValue: 'S.' } });
    for (const bad of [
      { kind: 'packet-field', text: 'TTL=47' },
      { ...ttl, field: 'payload' },
      { ...ttl, fieldValue: '<img src=x>' },
      { ...ttl, fieldValue: 47 },
      { kind: 'port', text: '22', port: 22, field: 'ttl', fieldValue: '22' },
    ]) expect(open(bad), JSON.stringify(bad)).toMatch(/packet-field/);
  });

  it('treats the card frame (static or dynamic extension URL, framed in a tab) as an extension page', () => {
    const id = 'abc';
    expect(classifySender({ id, url: 'chrome-extension://d1ff3r3nt/card.html#s=1', tab: {} }, id, 'chrome-extension://abc/')).toBe('extension-page');
    expect(classifySender({ id, url: 'moz-extension://6f1b/card.html', tab: {} }, id, 'moz-extension://6f1b/')).toBe('extension-page');
    expect(classifySender({ id, url: 'http://192.168.1.1/chrome-extension://x', tab: {} }, id, 'chrome-extension://abc/')).toBe('content-script');
  });
});

describe('card sessions', () => {
  it('belong to one tab, replace the previous card of their frame and expire', () => {
    let now = 1000;
    const cards = createCardSessions(async () => null, () => now);
    const first = cards.open(opening, { tabId: 4, frameId: 2 }, 'http://192.168.1.1');
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(cards.get(first, { tabId: 4, frameId: 9 })).toMatchObject({ token: opening.token, tabId: 4, frameId: 2, origin: 'http://192.168.1.1' });
    expect(() => cards.get(first, { tabId: 5 })).toThrow(/another tab/);
    const second = cards.open(opening, { tabId: 4, frameId: 2 }, undefined);
    expect(second).not.toBe(first);
    expect(() => cards.get(first, { tabId: 4 })).toThrow(/expired/);
    now += CARD_SESSION_TTL_MS + 1;
    expect(() => cards.get(second, { tabId: 4 })).toThrow(/expired/);
    expect(() => cards.open(opening, {}, undefined)).toThrow(/tab/);
  });

  it('reads the log for "Analyse" from the content script in the card\'s own frame', async () => {
    const ask = vi.fn(async () => 'line 1\nline 2');
    const cards = createCardSessions(ask);
    const id = cards.open(opening, { tabId: 4, frameId: 2 }, undefined);
    expect(await cards.logText(cards.get(id, { tabId: 4 }))).toBe('line 1\nline 2');
    expect(ask).toHaveBeenCalledWith(4, 2, { type: CARD_LOG_REQUEST, session: id });
  });
});

describe('the hand-over gate', () => {
  it('opens one view per gesture and refuses a burst until the tab is quiet', () => {
    const gate = createHandoffGate();
    expect(gate.check(1, 0)).toBe('pass');
    expect(gate.check(1, ONE_GESTURE_MS - 100)).toBe('same-gesture');
    expect(gate.check(2, 10)).toBe('pass'); // another tab has its own count
    expect(gate.check(1, 2000)).toBe('pass');
    expect(gate.check(1, 2100)).toBe('burst'); // 4 requests within 3 s
    expect(gate.check(1, 2900)).toBe('burst');
    expect(gate.check(1, 2900 + BURST_QUIET_MS - 1)).toBe('burst'); // still not quiet
    expect(gate.check(1, 2900 + 2 * BURST_QUIET_MS + 10)).toBe('pass');
  });

  it('limits hand-overs asked from a tab, never those of the extension\'s own pages', async () => {
    const api = {
      storage: { session: { get: async () => ({}), set: async () => undefined, remove: async () => undefined }, local: { get: async () => ({}), set: async () => undefined, remove: async () => undefined } },
      action: { openPopup: vi.fn(async () => undefined) },
      tabs: { create: vi.fn(async () => ({})) },
      runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    } satisfies PageHandoffApi;
    const pages = createPageHandoff(api);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => pages.openInPopup('22', { tabId: 3 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(api.action.openPopup).toHaveBeenCalledTimes(1);
    expect(api.tabs.create).not.toHaveBeenCalled();
    await pages.openInPopup('22');
    await pages.openInPopup('23');
    expect(api.action.openPopup).toHaveBeenCalledTimes(3);
  });
});

describe('card actions through the router', () => {
  function setup() {
    const stored: Record<string, unknown> = {};
    const api = {
      storage: { session: { get: async () => ({}), set: async (items: Record<string, unknown>) => void Object.assign(stored, items), remove: async () => undefined }, local: { get: async () => ({}), set: async () => undefined, remove: async () => undefined } },
      sidePanel: { open: vi.fn(async () => undefined) },
      action: { openPopup: vi.fn(async () => undefined) },
      tabs: { create: vi.fn(async () => ({})) },
      runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    } satisfies PageHandoffApi;
    const pages = createPageHandoff(api);
    const cards = createCardSessions(async () => 'SRC=198.51.100.7 DPT=22\nSRC=198.51.100.8 DPT=23');
    const deps = vi.fn(async () => ({}) as HandlerDeps);
    const content = { tabId: 4, windowId: 1, frameId: 0, url: 'http://192.168.1.1/log' };
    const frame = { tabId: 4, windowId: 1, frameId: 7, url: 'chrome-extension://dyn/card.html' };
    return { api, pages, cards, deps, content, frame, stored };
  }

  it('opens the side panel of the tab before reading the log, then hands the log over', async () => {
    const { api, pages, cards, deps, content, frame, stored } = setup();
    const opened = await routeMessage({ type: 'card-open', ...opening }, 'content-script', deps, content, pages, cards);
    const session = (opened as { ok: true; value: { session: string } }).value.session;
    const reply = routeMessage({ type: 'card-action', session, action: 'analyse' }, 'extension-page', deps, frame, pages, cards);
    expect(api.sidePanel.open).toHaveBeenCalledWith({ tabId: 4 }); // still inside the click
    expect(await reply).toEqual({ ok: true, value: { opened: 'panel' } });
    expect(stored[PENDING_LOG_KEY]).toMatchObject({ text: 'SRC=198.51.100.7 DPT=22\nSRC=198.51.100.8 DPT=23', origin: 'http://192.168.1.1' });
    expect(deps).not.toHaveBeenCalled();
  });

  it('refuses a card of another tab, and a second hand-over of the same gesture', async () => {
    const { api, pages, cards, deps, content, frame } = setup();
    const session = cards.open({ ...opening, canAnalyse: false }, content, 'http://192.168.1.1');
    expect(await routeMessage({ type: 'card-action', session, action: 'lookup' }, 'extension-page', deps, { ...frame, tabId: 9 }, pages, cards)).toMatchObject({ ok: false, error: expect.stringMatching(/another tab/) });
    expect(await routeMessage({ type: 'card-action', session, action: 'analyse' }, 'extension-page', deps, frame, pages, cards)).toMatchObject({ ok: false, error: expect.stringMatching(/no log/) });
    expect(await routeMessage({ type: 'card-action', session, action: 'lookup' }, 'extension-page', deps, frame, pages, cards)).toEqual({ ok: true, value: { opened: 'popup' } });
    expect(await routeMessage({ type: 'card-action', session, action: 'lookup' }, 'extension-page', deps, frame, pages, cards)).toMatchObject({ ok: false, error: expect.stringMatching(/Already opening/) });
    expect(api.action.openPopup).toHaveBeenCalledTimes(1);
  });
});

describe('card frame messages', () => {
  it('reads only well-formed events with the card tag', () => {
    expect(readCardFrameMessage({ tag: 'portlens-card-frame', event: { kind: 'size', width: 360, height: 200 } })).toEqual({ kind: 'size', width: 360, height: 200 });
    expect(readCardFrameMessage({ tag: 'portlens-card-frame', event: { kind: 'size', width: '1e9', height: 2 } })).toBeNull();
    expect(readCardFrameMessage({ tag: 'other', event: { kind: 'close' } })).toBeNull();
    expect(readCardFrameMessage({ tag: 'portlens-card-frame', event: { kind: 'open-tab' } })).toBeNull();
    expect(readCardFrameMessage('portlens-card-frame')).toBeNull();
  });
});

describe('card sections', () => {
  it('describes both ends of an address range, with the notes on them', async () => {
    const { loadCardSections } = await import('../../../entrypoints/background/card-sections');
    const deps = { db: { get: async (_store: string, key: string) => (key === 'addr:192.168.1.199' ? { key, text: 'last lease', createdAt: 0, updatedAt: 0 } : undefined) } } as unknown as HandlerDeps;
    const sections = await loadCardSections({ token: { kind: 'ip-range', text: '192.168.1.100 - 192.168.1.199', address: '192.168.1.100', addressEnd: '192.168.1.199' } }, deps);
    expect(sections.map((s) => (s.kind === 'result' && s.result.kind === 'address' ? s.result.classification.address : s.kind))).toEqual(['192.168.1.100', '192.168.1.199']);
    expect(sections.map((s) => (s.kind === 'result' ? s.note : s.kind))).toEqual([null, 'last lease']);
  });
});
