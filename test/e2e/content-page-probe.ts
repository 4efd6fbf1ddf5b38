// Reads what the content script did to a web page, from the page's own (main) world: the
// CSS.highlights registry, the textarea overlay's open shadow root, and (through the driver) the card frame.
import type { Page as PwPage } from 'playwright-core';
import type { AnyPage } from './extension-driver';

type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
const evaluate: (page: AnyPage) => Evaluate = (page) => (fn, arg) => (page as PwPage).evaluate(fn as never, arg) as never;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text of every highlighted range, per `portlens-*` highlight name. */
export function highlightTexts(page: AnyPage): Promise<Record<string, string[]>> {
  return evaluate(page)(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    registry.forEach((highlight, name) => {
      if (!name.startsWith('portlens-')) return;
      const texts: string[] = [];
      highlight.forEach((r) => {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          texts.push(range.toString());
        } catch {
          texts.push('<stale>');
        }
      });
      out[name] = texts;
    });
    return out;
  }, null);
}

export async function allHighlighted(page: AnyPage): Promise<string[]> {
  return Object.values(await highlightTexts(page)).flat();
}

/** The on-screen box of the first highlighted range whose text is `text` (scrolled into view). */
export function highlightBox(page: AnyPage, text: string): Promise<Box | null> {
  return evaluate(page)((wanted: string) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    let found: Range | null = null;
    registry?.forEach((highlight, name) => {
      if (!name.startsWith('portlens-') || found) return;
      highlight.forEach((r) => {
        if (found) return;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() === wanted) found = range;
      });
    });
    if (!found) return null;
    const range = found as Range;
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  }, text);
}

/**
 * The on-screen box of `part` inside the `nth` occurrence of `needle` in the page's text (scrolled
 * into view): for what is hoverable without a highlight (packet fields), or one of two equal tokens.
 */
export function textBox(page: AnyPage, needle: string, part = needle, nth = 0): Promise<Box | null> {
  return evaluate(page)(({ needle, part, nth }: { needle: string; part: string; nth: number }) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
        if (seen++ < nth) continue;
        const start = at + needle.indexOf(part);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + part.length);
        node.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
      }
    }
    return null;
  }, { needle, part, nth });
}

/** Marks drawn over textareas (texts), from the <portlens-overlay> shadow root. */
export function overlayMarks(page: AnyPage): Promise<string[]> {
  return evaluate(page)(() => {
    const root = document.querySelector('portlens-overlay')?.shadowRoot;
    return root ? Array.from(root.querySelectorAll('mark:not(.portlens-packet)'), (m) => m.textContent ?? '') : [];
  }, null);
}

/** Box of the first overlay mark with this text, after scrolling its textarea into view. */
export function overlayMarkBox(page: AnyPage, text: string): Promise<Box | null> {
  return evaluate(page)(async (wanted: string) => {
    const find = () => {
      const root = document.querySelector('portlens-overlay')?.shadowRoot;
      return root ? Array.from(root.querySelectorAll('mark')).find((m) => m.textContent === wanted) : undefined;
    };
    const before = find()?.getBoundingClientRect();
    if (before) window.scrollBy(before.left - window.innerWidth / 2, before.top - window.innerHeight / 2);
    // The overlay follows on the next frames.
    await new Promise((r) => setTimeout(r, 300));
    const r = find()?.getClientRects()[0];
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  }, text);
}

interface AnyHandle {
  click(): Promise<void>;
  evaluate<R>(fn: (el: Element) => R): Promise<R>;
}
type AnyFrame = { url(): string; evaluate: Evaluate; $$(selector: string): Promise<AnyHandle[]> };

/**
 * The page card's frame: an extension page framed inside the tab. The page itself cannot reach it
 * (closed shadow root, another origin); the test drivers can. Puppeteer's Firefox frames report
 * about:blank as their URL, so each frame is asked where it is.
 */
export async function cardFrame(page: AnyPage): Promise<AnyFrame | null> {
  for (const f of (page as PwPage).frames() as unknown as AnyFrame[]) {
    const href = /extension:/.test(f.url()) ? f.url() : await f.evaluate(() => location.href, null).catch(() => '');
    if (/^(?:chrome|moz)-extension:\/\/[^/]+\/card\.html/.test(href)) return f;
  }
  return null;
}

/** The hover card's text, or '' when no card is shown. */
export async function cardText(page: AnyPage): Promise<string> {
  const frame = await cardFrame(page);
  return frame ? frame.evaluate(() => document.querySelector('.plh-card')?.textContent ?? '', null).catch(() => '') : '';
}

/** An attribute of the first element of the card frame matching `selector` ('' when none). */
export async function cardAttribute(page: AnyPage, selector: string, attribute: string): Promise<string> {
  const frame = await cardFrame(page);
  const read = ({ selector, attribute }: { selector: string; attribute: string }) => document.querySelector(selector)?.getAttribute(attribute) ?? '';
  return frame ? frame.evaluate(read, { selector, attribute }).catch(() => '') : '';
}

/** Clicks a button of the card (a genuine click of the driver's mouse, inside the card frame). */
export async function clickCardButton(page: AnyPage, label: string, clicks = 1): Promise<void> {
  const frame = await cardFrame(page);
  for (const button of frame ? await frame.$$('button') : []) {
    const [text, aria] = await button.evaluate((b) => [b.textContent?.trim(), b.getAttribute('aria-label')]);
    // Several clicks go out as one quick series (a double click), as a person's hand does; playwright
    // names the option clickCount, puppeteer count.
    if (text === label || aria === label) return (button.click as (o: object) => Promise<void>)(clicks > 1 ? { clickCount: clicks, count: clicks } : {});
  }
  throw new Error(`no card button "${label}"`);
}

/** The status line of the hover card (feedback after an action). */
export async function cardStatus(page: AnyPage): Promise<string> {
  const frame = await cardFrame(page);
  return frame ? frame.evaluate(() => document.querySelector('.plh-status')?.textContent ?? '', null).catch(() => '') : '';
}

/** Moves the pointer onto the middle of a box, in two steps (a real pointer never jumps). */
export async function hover(page: AnyPage, box: Box): Promise<void> {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await (page as PwPage).mouse.move(x - 30, y + 25);
  await (page as PwPage).mouse.move(x, y, { steps: 3 });
}

/** Box of the first text-like input whose value is `value`, scrolled into view. */
export function inputBox(page: AnyPage, value: string): Promise<Box | null> {
  return evaluate(page)((wanted: string) => {
    const input = Array.from(document.querySelectorAll('input')).find((i) => i.value === wanted);
    if (!input) return null;
    input.scrollIntoView({ block: 'center' });
    const r = input.getBoundingClientRect();
    return { x: r.left + 2, y: r.top + 2, width: 16, height: r.height - 4 };
  }, value);
}
