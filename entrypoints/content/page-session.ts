// One frame's PortLens: starts the annotator unless the user switched this default router host
// off, follows the settings live (kinds, palette, hover delay, host switches) and tells the
// background whether the page has tokens (the toolbar icon). An explicit request (popup, shortcut,
// context menu: a second injection) annotates even a switched-off host.
import type { PageSettings } from '../../components/options/page-settings';
import { hostSwitchedOff } from '../../components/options/page-settings';
import { Annotator, type HighlightingOptions } from './annotator';
import { readStoredSettings, watchSettings, type SettingsStorageApi } from './page-settings-watch';

export function highlightingOf(settings: PageSettings): HighlightingOptions {
  const { addresses, ports, riskyPortsOnly, packetFields } = settings.marks;
  return { kinds: { addresses, ports, riskyPortsOnly }, palette: settings.palette, hoverDelayMs: settings.hoverDelayMs, paintPacketFields: packetFields };
}

export interface PageSessionDeps {
  win: Window & typeof globalThis;
  storage: SettingsStorageApi;
  /** The default router hosts of the match patterns. */
  defaultHosts: readonly string[];
  createAnnotator(onActive: (active: boolean) => void): Annotator;
  /** Tells the background whether this frame has tokens. */
  reportActive(active: boolean): void;
  /** Removes the highlight style put in at document start (this frame is not annotated). */
  removeEarlyStyle(): void;
  /** The settings read started at document start, if there is one. */
  prefetched?: Promise<Record<string, unknown>>;
}

export class PageSession {
  private annotatorNow: Annotator | undefined;
  private settings: PageSettings | undefined;
  private explicit = false;
  private stopWatching: (() => void) | undefined;
  private disposed = false;

  constructor(private readonly deps: PageSessionDeps) {}

  get annotator(): Annotator | undefined {
    return this.annotatorNow;
  }

  async start(): Promise<void> {
    const { prefetched } = this.deps;
    const settings = await readStoredSettings(this.deps.storage, prefetched);
    if (this.disposed) return;
    this.stopWatching = watchSettings(this.deps.storage, (next) => this.apply(next));
    this.apply(settings);
    if (!prefetched) return;
    // A change saved while the page loaded, before the watch began, came after the early read: read
    // again, and apply it unless the watch has already brought a newer one.
    const now = await readStoredSettings(this.deps.storage);
    if (!this.disposed && this.settings === settings && JSON.stringify(now) !== JSON.stringify(settings)) this.apply(now);
  }

  /** The file was injected again (the user asked for this page): annotate whatever the host switch says. */
  injectedAgain(): void {
    this.explicit = true;
    if (this.annotatorNow) this.annotatorNow.rescan();
    else if (this.settings) this.apply(this.settings);
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching?.();
    this.stopAnnotator();
  }

  private apply(settings: PageSettings): void {
    this.settings = settings;
    const off = !this.explicit && hostSwitchedOff(settings, this.deps.win.location.hostname, this.deps.defaultHosts);
    if (off) {
      this.stopAnnotator();
      this.deps.removeEarlyStyle();
      return;
    }
    if (!this.annotatorNow) {
      this.annotatorNow = this.deps.createAnnotator((active) => this.deps.reportActive(active));
      this.annotatorNow.applyHighlighting(highlightingOf(settings));
      this.annotatorNow.start();
    } else {
      this.annotatorNow.applyHighlighting(highlightingOf(settings));
    }
  }

  private stopAnnotator(): void {
    this.annotatorNow?.dispose();
    this.annotatorNow = undefined;
  }
}
