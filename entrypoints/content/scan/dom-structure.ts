// How the annotator reads a page's structure: which elements flow inside a line (a token may
// continue across them), which subtrees hold no readable page text, and which elements are ours.

/** Inline elements: `203.0.113.45:<span>22</span>` is one token across them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/** Subtrees never scanned as text: code, hidden templates, form controls (fields are handled apart). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'HEAD', 'TITLE',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'math',
]);

/** Tag names of the elements PortLens adds (hosts of its own shadow roots). */
export const OWN_TAGS = new Set(['PORTLENS-CARD', 'PORTLENS-OVERLAY']);
export const OWN_STYLE_ID = 'portlens-highlight-style';

/** Display of styled inline elements, per tag and class (one getComputedStyle per kind of element). */
const displayByClass = new Map<string, boolean>();

/**
 * True when the element flows inside its line. An inline tag styled as a box (Grafana's
 * `<span class="level">` is inline-block: "info" and the address after it are apart on screen),
 * or assigned to a shadow root's slot, starts a new piece of text instead.
 */
export function isInline(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName) || el.hasAttribute('slot')) return false;
  const cls = el.getAttribute('class');
  if (!cls) return true;
  const key = `${el.tagName}.${cls}`;
  let inline = displayByClass.get(key);
  if (inline === undefined) {
    const view = el.ownerDocument.defaultView;
    const display = el.isConnected && view ? view.getComputedStyle(el).display : 'inline';
    inline = display === 'inline' || display === 'contents' || display === '';
    if (displayByClass.size > 2000) displayByClass.clear();
    displayByClass.set(key, inline);
  }
  return inline;
}

/** Elements whose subtree is not page text for the annotator. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || OWN_TAGS.has(el.tagName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True for our own elements and anything inside them. */
export function isOwnNode(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (OWN_TAGS.has(el.tagName) || el.id === OWN_STYLE_ID) return true;
    }
  }
  return false;
}

/**
 * The nearest ancestor that starts a new line of text: a cell, a list item, a `<pre>`, a shadow
 * root. Tokens never span two blocks.
 */
export function blockOf(node: Node): Node {
  let n = node.parentNode;
  while (n && n.nodeType === 1 && isInline(n as Element)) n = n.parentNode;
  return n ?? node;
}

/** `<pre>`-like blocks keep line breaks, so a Text node ending in a newline ends a line. */
export function keepsLines(block: Node): boolean {
  const name = block.nodeName;
  return name === 'PRE' || name === 'CODE' || name === 'XMP' || name === 'PLAINTEXT' || name === 'LISTING';
}

/** The element a block stands for on screen (a shadow root is drawn by its host). */
export function blockElement(block: Node): Element | null {
  if (block.nodeType === 1) return block as Element;
  if (block.nodeType === 11 && (block as ShadowRoot).host) return (block as ShadowRoot).host;
  return null;
}

/** Text-like `<input>` types whose value may hold an address or a port. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'number', 'url', 'tel']);

export function isTextInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** Text worth handing to the detector: it has a digit, or `::` (IPv6 such as `fe80::` or `::`). */
export function mayHoldTokens(text: string): boolean {
  return /[0-9]|::/.test(text);
}

/** Form controls whose text may hold a port or an address (form-fields.ts reads their tokens). */
export type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function formFieldOf(el: Element): FormField | null {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return el as FormField;
  return isTextInput(el) ? el : null;
}

/** The option a select shows under the pointer: the one pointed at in a list box, else the chosen one. */
export function shownOption(select: HTMLSelectElement, pointed: Element | null): HTMLOptionElement | null {
  if (pointed?.tagName === 'OPTION' && select.contains(pointed)) return pointed as HTMLOptionElement;
  return select.selectedOptions[0] ?? select.options[0] ?? null;
}
