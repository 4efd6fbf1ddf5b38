// The page annotator's settings: which default router hosts it runs on, what it marks, in which
// colours, and how long the pointer rests before the card opens. Kept in storage.local (nothing
// secret); everything read back is checked, and a missing or bad value falls back to its default,
// so a damaged store never stops the annotator.
import { patternHost } from '../onboarding/default-sites';

export const PAGE_SETTINGS_KEY = 'portlens:page-settings';

/** `standard` is the risk colours; `colour-blind` takes its hues from the Okabe–Ito set. */
export const PALETTES = ['standard', 'colour-blind'] as const;
export type Palette = (typeof PALETTES)[number];

export interface MarkKinds {
  addresses: boolean;
  ports: boolean;
  /** With `ports`: only ports of medium risk or above. */
  riskyPortsOnly: boolean;
  /** TTL=, ID=, WINDOW= and TCP flags in packet logs. */
  packetFields: boolean;
}

export interface PageSettings {
  /** Default router hosts (as in the match patterns: "192.168.1.1", "*.lan") switched off. */
  hostsOff: string[];
  marks: MarkKinds;
  palette: Palette;
  /** How long the pointer rests on a token before its card opens. */
  hoverDelayMs: number;
}

/** The hover delay's bounds: below ~100 ms cards pop up while the pointer merely crosses a log. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
export const DEFAULT_HOVER_DELAY_MS = 250;

export const DEFAULT_PAGE_SETTINGS: PageSettings = Object.freeze({
  hostsOff: [],
  marks: Object.freeze({ addresses: true, ports: true, riskyPortsOnly: false, packetFields: false }),
  palette: 'standard',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
}) as PageSettings;

/** Hosts of the match patterns, each once, in order ("https://*.lan/*" and "http://*.lan/*" → "*.lan"). */
export function defaultHosts(patterns: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const p of patterns) {
    const host = patternHost(p);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

/** Whether a page's hostname falls under a pattern host ("*.lan" covers "lan" and "x.lan", as match patterns do). */
export function hostMatches(patternHostName: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!patternHostName.startsWith('*.')) return host === patternHostName;
  const suffix = patternHostName.slice(2);
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** True when every default host the page's hostname falls under is switched off (false for other sites). */
export function hostSwitchedOff(settings: PageSettings, hostname: string, hosts: readonly string[]): boolean {
  const covering = hosts.filter((h) => hostMatches(h, hostname));
  return covering.length > 0 && covering.every((h) => settings.hostsOff.includes(h));
}

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const MAX_HOSTS_OFF = 500;
const HOST_TEXT = /^(\*\.)?[a-z0-9.[\]:-]{1,253}$/;

/** The settings inside a stored value; each missing or malformed field takes its default. */
export function readPageSettings(raw: unknown): PageSettings {
  const d = DEFAULT_PAGE_SETTINGS;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...d, hostsOff: [], marks: { ...d.marks } };
  const r = raw as Record<string, unknown>;
  const m = typeof r.marks === 'object' && r.marks !== null ? (r.marks as Record<string, unknown>) : {};
  const hostsOff = Array.isArray(r.hostsOff)
    ? [...new Set(r.hostsOff.filter((h): h is string => typeof h === 'string' && HOST_TEXT.test(h)))].slice(0, MAX_HOSTS_OFF)
    : [];
  const delay = r.hoverDelayMs;
  return {
    hostsOff,
    marks: {
      addresses: bool(m.addresses, d.marks.addresses),
      ports: bool(m.ports, d.marks.ports),
      riskyPortsOnly: bool(m.riskyPortsOnly, d.marks.riskyPortsOnly),
      packetFields: bool(m.packetFields, d.marks.packetFields),
    },
    palette: PALETTES.includes(r.palette as Palette) ? (r.palette as Palette) : d.palette,
    hoverDelayMs: typeof delay === 'number' && Number.isInteger(delay) && delay >= HOVER_DELAY_MIN_MS && delay <= HOVER_DELAY_MAX_MS ? delay : d.hoverDelayMs,
  };
}

/** The settings with one default host switched on or off. */
export function withHost(settings: PageSettings, host: string, on: boolean): PageSettings {
  const rest = settings.hostsOff.filter((h) => h !== host);
  return { ...settings, hostsOff: on ? rest : [...rest, host] };
}

/** The part of storage.local the settings need (the browser's, or a test's). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Loads and saves the settings in `area`; both directions go through readPageSettings. */
export function pageSettingsStore(area: SettingsArea): { load(): Promise<PageSettings>; save(settings: PageSettings): Promise<void> } {
  return {
    load: async () => readPageSettings((await area.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY]),
    // Checked on the way in too: only a well-formed value ever reaches the content scripts.
    save: (settings) => area.set({ [PAGE_SETTINGS_KEY]: readPageSettings(settings) }),
  };
}
