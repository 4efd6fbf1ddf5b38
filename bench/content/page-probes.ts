// Functions the benches install in or run inside the page's main world: the annotator's status
// reports, long tasks, and an outside check of "every token on screen is highlighted".
// Each runs in the browser (no closures over Node variables).

export interface ProbeWindow {
  __reports: string[];
  __longTasks: { start: number; duration: number }[];
}

/** Collects the annotator's reports and the page's long tasks from document start (init script). */
export function installProbes(): void {
  const w = window as unknown as ProbeWindow;
  w.__reports = [];
  w.__longTasks = [];
  document.addEventListener('portlens:annotated', (e) => w.__reports.push(String((e as CustomEvent).detail)));
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) w.__longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export interface ScreenCount {
  /** Tokens the generated log lines on screen hold (by their known line format). */
  expected: number;
  /** Highlight ranges that start inside those lines. */
  highlighted: number;
}

/**
 * Counts, for the lines of big-log.html visible inside `scroller`, the tokens the generator put
 * there and the PortLens ranges registered on them. The oracle knows the line formats:
 * SRC=/DST=/SPT=/DPT= values, the dnsmasq lease address and the sshd "from IP port N" pair.
 */
export function countScreen(scrollerSelector: string): ScreenCount {
  const sc = document.querySelector(scrollerSelector) as HTMLElement;
  const box = sc.getBoundingClientRect();
  const top = Math.max(0, box.top + sc.clientTop) + 2;
  const bottom = Math.min(innerHeight, box.top + sc.clientTop + sc.clientHeight) - 2;
  const range = document.createRange();
  const lines = sc.children;
  if (lines.length > 1) {
    // One element per line: the first and last line on screen by binary search over their boxes. A
    // caret hit test walks every line element (about 15 ms per call with 50,000 of them), and this
    // probe runs every frame: it would take the main thread from the work it is timing.
    const firstEndingBelow = (y: number) => {
      let lo = 0;
      let hi = lines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lines[mid].getBoundingClientRect().bottom <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const first = firstEndingBelow(top);
    const last = Math.min(lines.length - 1, firstEndingBelow(bottom));
    if (first >= lines.length || lines[first].getBoundingClientRect().height === 0) return { expected: -1, highlighted: 0 };
    range.setStartBefore(lines[first]);
    range.setEndAfter(lines[last]);
  } else {
    const x = box.left + sc.clientLeft + 10;
    const caret = (y: number) => {
      const p = (document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint(x, y);
      return p && p.offsetNode.nodeType === 3 ? p : null;
    };
    const a = caret(top);
    const b = caret(bottom);
    if (!a || !b) return { expected: -1, highlighted: 0 };
    const startText = a.offsetNode as Text;
    const endText = b.offsetNode as Text;
    range.setStart(startText, startText.data.lastIndexOf('\n', a.offset - 1) + 1);
    const end = endText.data.indexOf('\n', b.offset);
    range.setEnd(endText, end < 0 ? endText.data.length : end);
  }
  const text = range.toString();
  const expected = (text.match(/(?:SRC|DST|SPT|DPT)=[0-9a-f.:]+|DHCPACK\(br0\) [\d.]+|from [\d.]+ port \d+/g) ?? []).length;
  let highlighted = 0;
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  registry.forEach((h, name) => {
    if (!name.startsWith('portlens-')) return;
    h.forEach((r) => {
      try {
        if (range.comparePoint(r.startContainer, r.startOffset) === 0) highlighted++;
      } catch {
        // a range into a node that left the page
      }
    });
  });
  return { expected, highlighted };
}
