// The marks over readonly textareas, loaded with page-ui.js when the page first shows such a
// textarea (most router pages have none). Until then it remembers which ones to follow.
import type { Palette } from '../../../components/options/page-settings';
import type { HighlightName } from '../paint/highlight-names';
import { getsMarks, type FieldHit, type TextareaOverlays } from '../textarea/textarea-overlays';

export class LazyTextareas {
  private overlays: TextareaOverlays | undefined;
  private readonly waiting = new Set<HTMLTextAreaElement>();
  private colours: [Palette, ReadonlySet<HighlightName>] | undefined;
  private disposed = false;

  constructor(
    private readonly load: () => Promise<TextareaOverlays>,
    /** Told once the waiting textareas have their marks. */
    private readonly onLoaded: () => void,
  ) {}

  get count(): number {
    return this.overlays?.count ?? 0;
  }

  get markCount(): number {
    return this.overlays?.markCount ?? 0;
  }

  track(ta: HTMLTextAreaElement): void {
    if (this.overlays) return this.overlays.track(ta);
    if (!getsMarks(ta) || this.waiting.has(ta)) return;
    this.waiting.add(ta);
    if (this.waiting.size === 1) this.loadNow();
  }

  untrack(ta: HTMLTextAreaElement): void {
    this.waiting.delete(ta);
    this.overlays?.untrack(ta);
  }

  schedule(): void {
    this.overlays?.schedule();
  }

  setColours(palette: Palette, visible: ReadonlySet<HighlightName>): void {
    this.colours = [palette, visible];
    this.overlays?.setColours(palette, visible);
  }

  hitTest(ta: HTMLTextAreaElement, x: number, y: number): FieldHit | null {
    return this.overlays?.hitTest(ta, x, y) ?? null;
  }

  dispose(): void {
    this.disposed = true;
    this.waiting.clear();
    this.overlays?.dispose();
  }

  private loadNow(): void {
    this.load().then(
      (overlays) => {
        if (this.disposed) return;
        this.overlays = overlays;
        if (this.colours) overlays.setColours(...this.colours);
        for (const ta of this.waiting) if (ta.isConnected) overlays.track(ta);
        this.waiting.clear();
        this.onLoaded();
      },
      (e: unknown) => {
        // Nothing is marked over textareas then; a textarea seen later tries again.
        this.waiting.clear();
        console.debug('PortLens: textarea marks unavailable', e);
      },
    );
  }
}
