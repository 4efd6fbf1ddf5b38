// Test-only: renders a fixture page from test/fixtures/pages in happy-dom (page scripts run, so
// JS-built tables, textareas filled after load and shadow roots exist), waits the sidecar's
// settle time, and scans the page and each of its frames (loaded as their own documents, like a
// content script injected with all_frames) with the content script's own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { scanWithShippedCode, type ScannedSegment } from './shipped-scan';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export interface FrameSegment extends ScannedSegment {
  frame: string;
}

export interface RenderedFixture {
  segments: FrameSegment[];
  /** Values the page published on `window` (e.g. big-log's `__bigLogExpected`). */
  globals: Record<string, unknown>;
  scriptErrors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function renderDocument(file: string, query: string, waitMs: number, globals: string[], packetFields: boolean) {
  const html = readFileSync(join(PAGES_DIR, file), 'utf8');
  const window = new Window({
    url: `http://fixtures.test/${file}${query}`,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableIframePageLoading: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const errors: string[] = [];
  window.addEventListener('error', (e) => errors.push(String((e as unknown as { message?: string }).message ?? e)));
  // Small layout/API stubs the fixtures rely on and happy-dom lacks: `new Option()` and a
  // clientHeight taken from the CSS height (virtual lists size their window from it).
  const w = window as unknown as Record<string, unknown>;
  w.Option = function Option(text: string, value: unknown) {
    const o = window.document.createElement('option');
    o.textContent = text;
    o.value = String(value);
    return o;
  };
  Object.defineProperty(window.HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: unknown) {
      const h = parseFloat(window.getComputedStyle(this as never).height);
      return Number.isFinite(h) ? h : 0;
    },
  });
  window.document.write(html);
  await sleep(waitMs);
  const segments = await scanWithShippedCode(window.document as unknown as Document, packetFields);
  const published: Record<string, unknown> = {};
  for (const g of globals) published[g] = JSON.parse(JSON.stringify(w[g] ?? null));
  await window.happyDOM.abort();
  await window.happyDOM.close();
  return { segments, published, errors };
}

export async function renderFixture(
  page: string,
  /** packetFields: scan as with packet-field highlighting switched on (off by default, as in the settings). */
  opts: { query?: string; settleMs: number; frames?: { name: string; src: string }[]; globals?: string[]; packetFields?: boolean },
): Promise<RenderedFixture> {
  // frames are separate documents: one content-script instance each (all_frames)
  const frameList = opts.frames ?? [];
  const [top, ...frames] = await Promise.all([
    renderDocument(page, opts.query ?? '', opts.settleMs, opts.globals ?? [], !!opts.packetFields),
    ...frameList.map((f) => renderDocument(f.src, '', opts.settleMs, [], !!opts.packetFields)),
  ]);
  const segments: FrameSegment[] = top.segments.map((s) => ({ ...s, frame: 'top' }));
  const scriptErrors = [...top.errors];
  frames.forEach((r, i) => {
    segments.push(...r.segments.map((s) => ({ ...s, frame: frameList[i].name })));
    scriptErrors.push(...r.errors);
  });
  return { segments, globals: top.published, scriptErrors };
}
