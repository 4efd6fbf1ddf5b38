// Single-page apps change their URL (history API, hash) without reloading: the page is walked
// again then. popstate and hashchange tell of some changes; a check on the annotator's tick
// catches pushState, which fires no event.
export class UrlWatch {
  private url: string;
  private readonly check = () => this.poll();

  constructor(
    private readonly win: Window,
    private readonly onChange: () => void,
  ) {
    this.url = win.location.href;
    win.addEventListener('popstate', this.check, true);
    win.addEventListener('hashchange', this.check, true);
  }

  poll(): void {
    if (this.win.location.href === this.url) return;
    this.url = this.win.location.href;
    this.onChange();
  }

  dispose(): void {
    this.win.removeEventListener('popstate', this.check, true);
    this.win.removeEventListener('hashchange', this.check, true);
  }
}
