// Renders the real popup with fake browser-side dependencies, the real knowledge base search and the
// real owner knowledge over the bundled data (what the background's ip-owner and as-lookup answer).
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { bundledOwnerSource, createOwnerKnowledge, search } from '../../../knowledge';
import { PopupApp, type PopupAppProps } from '../../../components/popup/PopupApp';
import type { PopupDeps } from '../../../components/popup/popup-deps';
import type { UserNote } from '../../../messaging/protocol';

export { cleanup, fireEvent, waitFor };

export const bundledOwners = createOwnerKnowledge(bundledOwnerSource());

export function fakeDeps(overrides: Partial<PopupDeps> = {}) {
  const notes = new Map<string, UserNote>();
  let stored: string[] = [];
  const deps: PopupDeps = {
    search: vi.fn(search),
    ipOwner: vi.fn((address: string) => bundledOwners.ipOwner(address)),
    asLookup: vi.fn((query: string, limit: number) => bundledOwners.asLookup(query, limit)),
    prepareOwnerData: vi.fn(),
    getNote: vi.fn(async (key: string) => notes.get(key) ?? null),
    setNote: vi.fn(async (key: string, text: string) => {
      if (!text.trim()) {
        notes.delete(key);
        return null;
      }
      const note: UserNote = { key, text: text.trim(), createdAt: 1, updatedAt: 2 };
      notes.set(key, note);
      return note;
    }),
    recent: {
      load: vi.fn(async () => [...stored]),
      save: vi.fn(async (queries: string[]) => {
        stored = [...queries];
      }),
    },
    actions: {
      annotatePage: vi.fn(async () => ({ ok: true, message: 'Annotating this page.' })),
      siteAccess: vi.fn(async () => ({ origin: 'https://router.example', enabled: false })),
      setSiteAccess: vi.fn(async (origin: string, enabled: boolean) => ({ origin, enabled, ok: true })),
      openSidePanel: vi.fn(async () => ({ ok: false, message: 'This browser has no side panel for extensions.' })),
    },
    loadInitialQuery: vi.fn(async () => null),
    closePopup: vi.fn(),
    ...overrides,
  };
  return { deps, notes, storedRecent: () => stored, setStoredRecent: (q: string[]) => (stored = q) };
}

export function renderPopup(deps: PopupDeps, props: Partial<PopupAppProps> = {}) {
  const view = render(<PopupApp deps={deps} {...props} />);
  const input = view.container.querySelector<HTMLInputElement>('#pl-query')!;
  return { ...view, input };
}

export const typeQuery = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });
export const press = (el: Element, key: string) => fireEvent.keyDown(el, { key });

export const resultsText = () => document.getElementById('pl-results')?.textContent ?? '';
export const optionText = (i: number) => document.getElementById(`pl-result-${i}`)?.textContent ?? '';
export const bodyText = () => document.body.textContent ?? '';

/** Waits (real search included) until the results list matches. */
export async function expectResults(pattern: RegExp, where: () => string = resultsText) {
  await waitFor(
    () => {
      if (!pattern.test(where())) throw new Error(`expected ${pattern} in: ${where().slice(0, 300)}`);
    },
    { timeout: 5000 },
  );
}

/** Types a query and waits until the answer for it is on screen. */
export async function lookUp(input: HTMLInputElement, query: string, pattern: RegExp, where?: () => string) {
  if (input.value) {
    // Start from an empty box, so an answer left from the previous query cannot pass for this one.
    typeQuery(input, '');
    await waitFor(() => {
      if (document.getElementById('pl-results') || document.querySelector('.pl-message, .pl-error')) throw new Error('old answer still shown');
    });
  }
  typeQuery(input, query);
  await expectResults(pattern, where);
}
