// Renders the real side panel with fake browser-side dependencies: the real log engine (run in
// process instead of a worker) and the real knowledge base for the explanations.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { analyzeLog, classifyAddress, explainIcmp, explainPort } from '../../../knowledge';
import { SidePanelApp } from '../../../components/sidepanel/SidePanelApp';
import { bundledOwnerSource } from '../../../knowledge/owners/bundled-owner-source';
import { answerOwnerLookup } from '../../../entrypoints/sidepanel/owner-lookup-job';
import { AnalysisCancelled, type IncomingLog, type SavedInput, type SidePanelDeps } from '../../../components/sidepanel/sidepanel-deps';

export { cleanup, fireEvent, waitFor };

export const fixture = (name: string) => readFileSync(`test/fixtures/sidepanel/${name}`, 'utf8');

export function fakeDeps(overrides: Partial<SidePanelDeps> = {}) {
  let saved: SavedInput | null = null;
  let incoming: ((log: IncomingLog) => void) | undefined;
  const downloads: { fileName: string; mimeType: string; text: string }[] = [];
  const copied: string[] = [];
  const deps: SidePanelDeps = {
    analyse: vi.fn((text: string, onProgress) => {
      let cancel = () => undefined as void;
      const result = new Promise<ReturnType<typeof analyzeLog>>((resolve, reject) => {
        const timer = setTimeout(() => {
          try {
            resolve(analyzeLog(text, {
              onProgress: (done, total) => onProgress({ done, total }),
              onEvents: (events, done, total) => onProgress({ done, total, events }),
            }));
          } catch (e) {
            reject(e);
          }
        }, 0);
        cancel = () => {
          clearTimeout(timer);
          reject(new AnalysisCancelled());
        };
      });
      return { result, cancel: () => cancel() };
    }),
    explainPort: vi.fn((port, protocol, role, action) => explainPort(port, { protocol, role, action })),
    classifyAddress: vi.fn(async (text) => classifyAddress(text)),
    explainIcmp: vi.fn(async (type, code, version) => explainIcmp(type, code, version)),
    // The owner worker's own code over the owner table bundled with the knowledge base.
    ownersOf: vi.fn((addresses: string[]) => answerOwnerLookup(bundledOwnerSource(), { id: 1, addresses })),
    loadLastInput: vi.fn(async () => saved),
    saveLastInput: vi.fn(async (input: SavedInput) => {
      saved = input;
      return 'saved' as const;
    }),
    clearLastInput: vi.fn(async () => {
      saved = null;
    }),
    watchIncomingLogs: vi.fn((onLog: (log: IncomingLog) => void) => {
      incoming = onLog;
      return () => (incoming = undefined);
    }),
    download: vi.fn((fileName: string, mimeType: string, text: string) => void downloads.push({ fileName, mimeType, text })),
    copyText: vi.fn(async (text: string) => void copied.push(text)),
    ...overrides,
  };
  return {
    deps,
    downloads,
    copied,
    saved: () => saved,
    setSaved: (s: SavedInput | null) => (saved = s),
    sendIncoming: (log: IncomingLog) => incoming?.(log),
  };
}

export function renderPanel(deps: SidePanelDeps) {
  const view = render(<SidePanelApp deps={deps} />);
  const textarea = () => view.container.querySelector<HTMLTextAreaElement>('#pl-log-input');
  return { ...view, textarea };
}

/** Pastes text into the box the way a browser fires the event. */
export function paste(target: Element, text: string, files: File[] = []) {
  const clipboardData = { getData: (type: string) => (type === 'text/plain' || type === 'text' ? text : ''), files };
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  target.dispatchEvent(event);
  return event;
}

export const bodyText = () => document.body.textContent ?? '';

export async function waitForText(pattern: RegExp, what = () => bodyText()) {
  await waitFor(() => {
    if (!pattern.test(what())) throw new Error(`waiting for ${pattern}; text: ${what().slice(0, 400)}`);
  }, { timeout: 10_000 });
}

export const findingTitles = () => [...document.querySelectorAll('.pl-finding-title')].map((e) => e.textContent);
export const tableRows = () => [...document.querySelectorAll('.pl-table-body [role="row"]')];
