// One frame's PortLens and the settings: a default host switched off gets no annotator, switching
// it on (or off) applies live, an explicit request (second injection) annotates anyway, and
// every settings change reaches the running annotator.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTINGS_KEY, withHost, type PageSettings } from '../../../components/options/page-settings';
import type { Annotator, HighlightingOptions } from '../../../entrypoints/content/annotator';
import { PageSession } from '../../../entrypoints/content/page-session';
import type { SettingsStorageApi } from '../../../entrypoints/content/page-settings-watch';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function setup(stored: unknown, hostname = 'router.lan', prefetched?: Promise<Record<string, unknown>>) {
  let listener: Listener | undefined;
  const storage: SettingsStorageApi = {
    storage: {
      local: { get: async (key) => (stored === undefined ? {} : { [key]: stored }) },
      onChanged: { addListener: (fn) => void (listener = fn), removeListener: () => void (listener = undefined) },
    },
  };
  let styleRemovals = 0;
  const made: { applied: HighlightingOptions[]; disposed: boolean; started: boolean; rescans: number }[] = [];
  const session = new PageSession({
    win: { location: { hostname } } as Window & typeof globalThis,
    storage,
    defaultHosts: ['*.lan', '192.168.1.1'],
    createAnnotator: () => {
      const a = { applied: [] as HighlightingOptions[], disposed: false, started: false, rescans: 0 };
      made.push(a);
      return {
        applyHighlighting: (o: HighlightingOptions) => void a.applied.push(o),
        start: () => void (a.started = true),
        dispose: () => void (a.disposed = true),
        rescan: () => void a.rescans++,
      } as unknown as Annotator;
    },
    reportActive: vi.fn(),
    removeEarlyStyle: () => void styleRemovals++,
    prefetched,
  });
  const change = (next: PageSettings | unknown, area = 'local') => listener?.({ [PAGE_SETTINGS_KEY]: { newValue: next } }, area);
  return { session, made, change, listening: () => !!listener, styleRemovals: () => styleRemovals };
}

const lanOff = withHost(DEFAULT_PAGE_SETTINGS, '*.lan', false);

describe('PageSession', () => {
  it('annotates a default host with the stored highlighting, and follows later changes', async () => {
    const { session, made, change, styleRemovals } = setup({ ...DEFAULT_PAGE_SETTINGS, palette: 'colour-blind', hoverDelayMs: 600 });
    await session.start();
    expect(styleRemovals()).toBe(0);
    expect(made).toHaveLength(1);
    expect(made[0].started).toBe(true);
    expect(made[0].applied[0]).toEqual({ kinds: { addresses: true, ports: true, riskyPortsOnly: false }, palette: 'colour-blind', hoverDelayMs: 600, paintPacketFields: false });
    change({ ...DEFAULT_PAGE_SETTINGS, marks: { ...DEFAULT_PAGE_SETTINGS.marks, addresses: false, packetFields: true } });
    expect(made[0].applied[1]).toMatchObject({ kinds: { addresses: false }, paintPacketFields: true, palette: 'standard' });
    change({ hoverDelayMs: 'slow' }, 'sync'); // another storage area: ignored
    expect(made[0].applied).toHaveLength(2);
  });

  it('starts from the settings read at document start, and takes a change saved while the page loaded', async () => {
    const early = Promise.resolve({ [PAGE_SETTINGS_KEY]: { ...DEFAULT_PAGE_SETTINGS, palette: 'colour-blind' } });
    const { session, made } = setup(DEFAULT_PAGE_SETTINGS, 'router.lan', early);
    await session.start();
    expect(made).toHaveLength(1);
    expect(made[0].applied.map((o) => o.palette)).toEqual(['colour-blind', 'standard']);
  });

  it('does not apply the settings again when the early read was current', async () => {
    const early = Promise.resolve({ [PAGE_SETTINGS_KEY]: DEFAULT_PAGE_SETTINGS });
    const { session, made } = setup(DEFAULT_PAGE_SETTINGS, 'router.lan', early);
    await session.start();
    expect(made[0].applied).toHaveLength(1);
  });

  it('leaves a switched-off host alone, starts when it is switched on, stops when off again', async () => {
    const { session, made, change, styleRemovals } = setup(lanOff);
    await session.start();
    expect(made).toHaveLength(0);
    // The colours put in at document start leave with it.
    expect(styleRemovals()).toBe(1);
    change(DEFAULT_PAGE_SETTINGS);
    expect(made).toHaveLength(1);
    change(lanOff);
    expect(made[0].disposed).toBe(true);
    expect(session.annotator).toBeUndefined();
  });

  it('annotates a switched-off host when the user asks (second injection), and keeps it on', async () => {
    const { session, made, change } = setup(lanOff);
    await session.start();
    session.injectedAgain();
    expect(made).toHaveLength(1);
    change(lanOff);
    expect(made[0].disposed).toBe(false);
    session.injectedAgain();
    expect(made[0].rescans).toBe(1);
  });

  it('treats damaged settings as the defaults and never touches other sites', async () => {
    const damaged = setup({ hostsOff: 'all', marks: null, hoverDelayMs: -5 });
    await damaged.session.start();
    expect(damaged.made[0].applied[0].hoverDelayMs).toBe(DEFAULT_PAGE_SETTINGS.hoverDelayMs);
    const other = setup(withHost(lanOff, '192.168.1.1', false), 'example.com');
    await other.session.start();
    expect(other.made).toHaveLength(1);
  });

  it('stops following the settings once disposed', async () => {
    const { session, made, listening } = setup(undefined);
    await session.start();
    session.dispose();
    expect(made[0].disposed).toBe(true);
    expect(listening()).toBe(false);
  });
});
