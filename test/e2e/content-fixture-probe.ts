// Reads, from a page's own (main) world, what the extension highlighted: every range in the
// portlens-* highlights and every mark over a textarea, grouped by the block of text it sits in,
// with the block's column header or label as the page shows it (for the fixtures' oracles).
// Runs in the browser: no closures over Node values.

export interface SeenToken {
  start: number;
  end: number;
  text: string;
  /** The highlight name (portlens-ip for addresses, portlens-port / -risk-* for ports). */
  name: string;
}

export interface SeenSegment {
  text: string;
  bucket: 'text' | 'textarea';
  context: { columnHeader?: string; label?: string };
  tokens: SeenToken[];
}

/**
 * `inlineTags`: the content script's own list (dom-structure's INLINE_TAGS): a tag there that is
 * laid out inline, and not assigned to a slot, continues its line; anything else, and a shadow
 * root, starts a block of text, as the content script cuts them.
 */
export function collectHighlights(inlineTags: string[]): SeenSegment[] {
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const inlineTag = new Set(inlineTags);
  const isInline = (el: Element) => {
    if (!inlineTag.has(el.tagName) || el.hasAttribute('slot')) return false;
    const display = getComputedStyle(el).display;
    return display === 'inline' || display === 'contents';
  };
  /** The block a token belongs to: the nearest ancestor that is not inline, or a shadow root. */
  function blockOf(node: Node): Element | ShadowRoot | null {
    for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
      if (n.nodeType === 11) return n as ShadowRoot;
      if (n.nodeType === 1 && !isInline(n as Element)) return n as Element;
    }
    return null;
  }
  function contextOf(node: Element | ShadowRoot): SeenSegment['context'] {
    const block = node.nodeType === 11 ? (node as ShadowRoot).host : (node as Element);
    const cell = block.closest('td, th, [role="gridcell"], dd') ?? block;
    const id = cell.getAttribute('data-gridcell-column-id') ?? cell.getAttribute('tabulator-field');
    if (id) return { columnHeader: id };
    if (cell.tagName === 'DD') {
      let dt = cell.previousElementSibling;
      while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
      return { label: squash(dt?.textContent) };
    }
    const table = cell.closest('table');
    if (cell.tagName === 'TD' && table) {
      const index = Array.from(cell.parentElement!.children).indexOf(cell);
      const th = table.querySelector('thead tr, tr')?.children[index];
      return th && th !== cell ? { columnHeader: squash(th.textContent) } : {};
    }
    return {};
  }
  /** The block's text as the content script cuts it: a line break at <br> and at inner blocks. */
  const texts = new Map<Node, { text: string; at: Map<Text, number> }>();
  function textOf(block: Node): { text: string; at: Map<Text, number> } {
    let known = texts.get(block);
    if (known) return known;
    let text = '';
    const at = new Map<Text, number>();
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          at.set(c as Text, text.length);
          text += (c as Text).data;
        } else if (c.nodeType === 1) {
          const el = c as Element;
          if (/^(?:SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) continue;
          if (el.tagName === 'BR') {
            text += '\n';
            continue;
          }
          const inline = isInline(el);
          if (!inline) text += '\n';
          walk(el);
          if (!inline) text += '\n';
        }
      }
    };
    walk(block);
    texts.set(block, (known = { text, at }));
    return known;
  }
  const byBlock = new Map<Node, SeenSegment>();
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  registry?.forEach((highlight, name) => {
    if (!name.startsWith('portlens-')) return;
    highlight.forEach((r) => {
      const block = blockOf(r.startContainer);
      if (!block) return;
      const { text, at } = textOf(block);
      let seg = byBlock.get(block);
      if (!seg) byBlock.set(block, (seg = { text, bucket: 'text', context: contextOf(block), tokens: [] }));
      try {
        const token = document.createRange();
        token.setStart(r.startContainer, r.startOffset);
        token.setEnd(r.endContainer, r.endOffset);
        const start = (at.get(r.startContainer as Text) ?? -1) + r.startOffset;
        if (start >= r.startOffset) seg.tokens.push({ start, end: start + token.toString().length, text: token.toString(), name });
      } catch {
        // a range into a node that left the page: not counted
      }
    });
  });
  const out = [...byBlock.values()];
  // Textarea marks: the mirror holds a window of the value; its marks carry their highlight name as class.
  const overlay = document.querySelector('portlens-overlay')?.shadowRoot;
  const textareas = Array.from(document.querySelectorAll('textarea'));
  for (const mirror of Array.from(overlay?.querySelectorAll('.pl-mirror') ?? [])) {
    const shown = mirror.textContent ?? '';
    const ta = textareas.find((t) => t.value.includes(shown.replace(/ $/, '')));
    if (!ta || !shown.trim()) continue;
    const from = ta.value.indexOf(shown.replace(/ $/, ''));
    const tokens: SeenToken[] = [];
    let at = 0;
    for (const node of Array.from(mirror.childNodes)) {
      const text = node.textContent ?? '';
      // Unpainted marks (packet fields while painting them is off) are hoverable but not drawn: not counted.
      if (node.nodeType === 1 && (node as Element).className !== 'portlens-packet') tokens.push({ start: from + at, end: from + at + text.length, text, name: (node as Element).className });
      at += text.length;
    }
    out.push({ text: ta.value, bucket: 'textarea', context: {}, tokens });
  }
  return out;
}
