// Which text of a huge `<pre>` is on screen, from line geometry alone: where each line starts, and
// the block's content height divided by its line count. (caretPositionFromPoint would tell too,
// but on a 10 MB text node right after a highlight change it costs hundreds of milliseconds.)

interface NodeLines {
  length: number;
  /** Offsets of the line starts after the first (one per newline). */
  breaks: Uint32Array;
}

const perNode = new WeakMap<Text, NodeLines>();

function linesOf(node: Text): NodeLines {
  const data = node.data;
  const cached = perNode.get(node);
  if (cached && cached.length === data.length) return cached;
  let count = 0;
  for (let i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) count++;
  const breaks = new Uint32Array(count);
  let k = 0;
  for (let i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) breaks[k++] = i + 1;
  const lines = { length: data.length, breaks };
  perNode.set(node, lines);
  return lines;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/** The Text nodes of a block in order, with the line each one starts on. */
export class BlockLines {
  readonly nodes: Text[] = [];
  private readonly firstLine: number[] = [];
  readonly lineCount: number;

  constructor(block: Element) {
    const walker = block.ownerDocument.createTreeWalker(block, 4); // NodeFilter.SHOW_TEXT
    let line = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      this.nodes.push(t);
      this.firstLine.push(line);
      line += linesOf(t).breaks.length;
    }
    this.lineCount = line + 1;
  }

  /** Where line `line` (0-based, clamped) starts. */
  startOfLine(line: number): TextPoint | null {
    if (!this.nodes.length) return null;
    const l = Math.max(0, Math.min(line, this.lineCount - 1));
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstLine[mid] <= l) lo = mid;
      else hi = mid - 1;
    }
    // Several nodes may start on the same line: the first whose lines reach `l` holds its start.
    while (lo > 0 && this.firstLine[lo - 1] === this.firstLine[lo] && this.firstLine[lo] === l) lo--;
    const node = this.nodes[lo];
    const k = l - this.firstLine[lo];
    return { node, offset: k === 0 ? 0 : linesOf(node).breaks[k - 1] };
  }

  indexOf(node: Text): number {
    return this.nodes.indexOf(node);
  }
}

/** Lines [first, last) of a block that are on screen, from its box, its scrolling and its line count. */
export function visibleLineRange(block: Element, lineCount: number, viewportHeight: number): [number, number] | null {
  const rect = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  const padTop = parseFloat(style.paddingTop) || 0;
  const padBottom = parseFloat(style.paddingBottom) || 0;
  const contentHeight = block.scrollHeight - padTop - padBottom;
  if (contentHeight <= 0 || lineCount <= 0) return null;
  const lineHeight = contentHeight / lineCount;
  const boxTop = rect.top + block.clientTop;
  const contentTop = boxTop + padTop - block.scrollTop;
  const visibleTop = Math.max(0, boxTop);
  const visibleBottom = Math.min(viewportHeight, boxTop + block.clientHeight);
  if (visibleBottom <= visibleTop) return null;
  const first = Math.floor((visibleTop - contentTop) / lineHeight);
  const last = Math.ceil((visibleBottom - contentTop) / lineHeight);
  return [Math.max(0, first), Math.min(lineCount, Math.max(first + 1, last))];
}

/** What visibleOffsets needs of a segment (see segment-store). */
interface TextRun {
  nodes: Text[];
  starts: number[];
  text: { length: number };
}

/** A block position as an offset in the run: 0 before it, its length after it. */
function offsetIn(run: TextRun, lines: BlockLines, point: TextPoint | null, fallback: number): number {
  if (!point) return fallback;
  const index = run.nodes.indexOf(point.node);
  if (index >= 0) return run.starts[index] + point.offset;
  const pointAt = lines.indexOf(point.node);
  const runAt = lines.indexOf(run.nodes[0]);
  if (pointAt < 0 || runAt < 0) return fallback;
  return pointAt < runAt ? 0 : run.text.length;
}

/**
 * The offsets of a run of text (a segment) that are on screen, with `extraScreens` screenfuls
 * of lines above and below; [1, 0] when none is. For blocks taller than two screens (big logs).
 */
export function visibleOffsets(run: TextRun, block: Element, viewportHeight: number, extraScreens = 1): [number, number] {
  const lines = new BlockLines(block);
  const range = visibleLineRange(block, lines.lineCount, viewportHeight);
  if (!range) return [1, 0];
  const [first, last] = range;
  const extra = Math.ceil((last - first) * extraScreens);
  const from = offsetIn(run, lines, lines.startOfLine(first - extra), 0);
  const to = offsetIn(run, lines, lines.startOfLine(last + extra), run.text.length);
  return to <= from ? [1, 0] : [from, to];
}
