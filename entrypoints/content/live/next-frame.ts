// One "on the next frame" for the whole content script. Two moments of a frame:
//  - request(): in the frame's animation callbacks, before the browser lays out and paints
//    (textarea mirrors follow the scroll there, so they never lag);
//  - afterFrame(): right after the frame was drawn, when layout is clean, so reading boxes
//    never forces a layout of the page inside our code (the viewport check goes there).
// All runs asked for before a frame run together; a tab that gets no frames (hidden) runs them
// after FRAME_FALLBACK_MS.

export const FRAME_FALLBACK_MS = 200;

class FrameQueue {
  private readonly waiting = new Set<() => void>();
  private pending = false;
  private readonly flush = () => {
    if (!this.pending) return;
    this.pending = false;
    const runs = [...this.waiting];
    this.waiting.clear();
    for (const run of runs) run();
  };

  constructor(
    private readonly win: Window,
    private readonly afterPaint: boolean,
  ) {}

  add(run: () => void): void {
    this.waiting.add(run);
    if (this.pending) return;
    this.pending = true;
    this.win.requestAnimationFrame(() => (this.afterPaint ? this.win.setTimeout(this.flush, 0) : this.flush()));
    this.win.setTimeout(this.flush, FRAME_FALLBACK_MS);
  }

  clear(): void {
    this.waiting.clear();
  }
}

export class NextFrame {
  private readonly inFrame: FrameQueue;
  private readonly postFrame: FrameQueue;
  private disposed = false;

  constructor(win: Window) {
    this.inFrame = new FrameQueue(win, false);
    this.postFrame = new FrameQueue(win, true);
  }

  /** Runs `run` once in the next frame, before it is drawn (asking twice still runs it once). */
  request(run: () => void): void {
    if (!this.disposed) this.inFrame.add(run);
  }

  /** Runs `run` once right after the next frame is drawn. */
  afterFrame(run: () => void): void {
    if (!this.disposed) this.postFrame.add(run);
  }

  dispose(): void {
    this.disposed = true;
    this.inFrame.clear();
    this.postFrame.clear();
  }
}
