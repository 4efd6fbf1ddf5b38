// @vitest-environment happy-dom
// The owners in the rendered side panel, with the owner worker's own lookup over the shipped owner
// table: the owner and country columns fill in, the findings and the summary name the owners, the
// headers sort, the owner filter and the chart bars filter; without owner data the columns say so
// and everything else still works.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fakeDeps, fireEvent, fixture, paste, renderPanel, tableRows, waitForText } from '../sidepanel-harness';

afterEach(cleanup);

const cellOf = (row: Element, column: number) => row.querySelectorAll('[role="cell"]')[column]?.textContent;
const OWNER = 4;
const COUNTRY = 5;

async function panelWith(deps = fakeDeps().deps) {
  const view = renderPanel(deps);
  paste(view.textarea()!, fixture('owner-scan.log'));
  await waitForText(/81 of 81 events/);
  return view;
}

describe('owners in the side panel', () => {
  it('fills the owner and country columns and names the owners in the findings and the summary', async () => {
    await panelWith();
    await waitForText(/2 of the 5 scanning sources are research scanners; 1 is a rented cloud or hosting server\./);
    const headers = [...document.querySelectorAll('.pl-row-head [role="columnheader"]')].map((h) => h.textContent);
    expect(headers.slice(3, 6)).toEqual(['Source', 'Owner', 'Country']);
    const first = tableRows()[0];
    expect(cellOf(first, 3)).toBe('162.142.125.10');
    expect(cellOf(first, OWNER)).toBe('AS398324 Censys, Inc.');
    expect(cellOf(first, COUNTRY)).toBe('🇺🇸 US');
    expect(first.querySelectorAll('[role="cell"]')[OWNER].getAttribute('title')).toBe('AS398324 Censys, Inc. (US), research scanner');
    const censys = [...document.querySelectorAll('.pl-finding-head')].find((h) => h.textContent?.includes('162.142.125.10'));
    expect(censys?.querySelector('.pl-finding-title')?.textContent).toBe('Port scan from 162.142.125.10');
    expect(censys?.querySelector('.pl-finding-actor')?.textContent).toBe('— AS398324 Censys, Inc. (US), research scanner');
    expect(document.querySelector('[aria-label="Top source networks (AS)"] [aria-label="AS24940 Hetzner Online GmbH: 16"]')).not.toBeNull();
    expect(document.querySelector('[aria-label="Top source countries (registered in)"] [aria-label="United States (US): 17"]')).not.toBeNull();
  });

  it('sorts by owner from the header (aria-sort), filters by owner text and by a country bar', async () => {
    await panelWith();
    await waitForText(/scanning sources/);
    const ownerHeader = () => document.querySelector('[role="columnheader"]:has(> [data-sort="owner"])')!;
    fireEvent.click(document.querySelector('[data-sort="owner"]')!);
    expect(ownerHeader().getAttribute('aria-sort')).toBe('ascending');
    expect(cellOf(tableRows()[0], OWNER)).toBe('AS5410 Bouygues Telecom SA');
    fireEvent.click(document.querySelector('[data-sort="owner"]')!);
    expect(ownerHeader().getAttribute('aria-sort')).toBe('descending');
    expect(cellOf(tableRows()[0], OWNER)).toBe('AS24940 Hetzner Online GmbH');
    fireEvent.input(document.getElementById('pl-filter-owner')!, { target: { value: 'research scanner' } });
    await waitForText(/32 of 81 events/);
    fireEvent.click(document.querySelector('.pl-filters .pl-link')!);
    fireEvent.keyDown(document.querySelector('[aria-label="Top source countries (registered in)"] [aria-label="Germany (DE): 16"]')!, { key: 'Enter' });
    await waitForText(/16 of 81 events/);
    expect((document.getElementById('pl-filter-country') as HTMLInputElement).value).toBe('DE');
  });

  it('says "owner data unavailable" in the owner column when the data cannot be had, and the rest still works', async () => {
    const { deps } = fakeDeps({ ownersOf: async () => ({ available: false, reason: 'owner data unavailable: the file is damaged' }) });
    await panelWith(deps);
    await waitForText(/Top networks and countries: owner data unavailable\./);
    expect(cellOf(tableRows()[0], OWNER)).toBe('owner data unavailable');
    expect(cellOf(tableRows()[0], COUNTRY)).toBe('');
    expect(document.querySelector('.pl-finding-actor')).toBeNull();
    expect(document.getElementById('pl-owner-summary')).toBeNull();
    expect(document.getElementById('pl-summary')?.textContent).toContain('5 scanners');
    fireEvent.input(document.getElementById('pl-filter-port')!, { target: { value: '22' } });
    await waitForText(/5 of 81 events/);
  });
});
