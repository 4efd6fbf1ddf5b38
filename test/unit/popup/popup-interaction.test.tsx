// @vitest-environment happy-dom
// Keyboard, live search, recent lookups, notes, hand-over from the context menu and the action buttons.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { search, type SearchOutcome } from '../../../knowledge';
import { bodyText, cleanup, expectResults, fakeDeps, fireEvent, lookUp, optionText, press, renderPopup, typeQuery, waitFor } from './popup-harness';

beforeAll(async () => {
  await search('80');
}, 20_000);
afterEach(cleanup);

const option = (i: number) => document.getElementById(`pl-result-${i}`)!;

describe('keyboard', () => {
  it('focuses the search box, moves with the arrows and expands with Enter', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    expect(document.activeElement).toBe(input);
    await lookUp(input, 'ssh', /SSH/);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('pl-results');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-0');
    expect(option(0).getAttribute('aria-selected')).toBe('true');

    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-2');
    expect(option(2).getAttribute('aria-selected')).toBe('true');
    expect(option(0).getAttribute('aria-selected')).toBe('false');
    press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-1');
    for (let i = 0; i < 5; i++) press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-0');

    expect(option(0).querySelector('.pl-refs')).toBeNull();
    press(input, 'Enter');
    expect(option(0).getAttribute('data-expanded')).toBe('true');
    expect(option(0).querySelector('.pl-refs')?.textContent).toMatch(/Sources:/);
    press(input, 'Enter');
    expect(option(0).getAttribute('data-expanded')).toBe('false');
  });

  it('Escape clears the query, and a second Escape closes the popup', async () => {
    const { deps } = fakeDeps();
    const { input } = renderPopup(deps);
    await lookUp(input, '31337', /Back Orifice/);
    press(input, 'Escape');
    expect(input.value).toBe('');
    await waitFor(() => expect(document.getElementById('pl-results')).toBeNull());
    expect(bodyText()).toMatch(/Try one of these/);
    expect(deps.closePopup).not.toHaveBeenCalled();
    press(input, 'Escape');
    expect(deps.closePopup).toHaveBeenCalledTimes(1);
  });

  it('clicking a result highlights and expands it', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'netbios', /NetBIOS/);
    fireEvent.click(option(1));
    expect(option(1).getAttribute('data-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-1');
  });
});

describe('live search', () => {
  it('waits for a pause in typing before it searches', async () => {
    const { deps } = fakeDeps();
    const { input } = renderPopup(deps);
    for (const q of ['3', '33', '338', '3389']) typeQuery(input, q);
    await expectResults(/RDP/, () => optionText(0));
    expect(vi.mocked(deps.search).mock.calls.map((c) => c[0])).toEqual(['3389']);
  });

  it('ignores a slow reply to an older query', async () => {
    const replies = new Map<string, (o: SearchOutcome) => void>();
    const { deps } = fakeDeps({ search: vi.fn((q: string) => new Promise<SearchOutcome>((resolve) => replies.set(q, resolve))) });
    const { input } = renderPopup(deps, { debounceMs: 0 });
    typeQuery(input, '22');
    await waitFor(() => expect(replies.has('22')).toBe(true));
    typeQuery(input, '31337');
    await waitFor(() => expect(replies.has('31337')).toBe(true));
    replies.get('31337')!(await search('31337'));
    await expectResults(/Back Orifice/, () => optionText(0));
    replies.get('22')!(await search('22'));
    await new Promise((r) => setTimeout(r, 30));
    expect(optionText(0)).toMatch(/Back Orifice/);
  });
});

describe('recent lookups', () => {
  it('remembers queries that found something, offers them again, and clears them', async () => {
    const { deps, storedRecent } = fakeDeps();
    const { input, getByRole } = renderPopup(deps, { rememberAfterMs: 10 });
    await lookUp(input, '31337', /Back Orifice/);
    await waitFor(() => expect(storedRecent()).toEqual(['31337']));
    await lookUp(input, 'smurf', /Smurf/);
    press(input, 'Enter'); // Enter counts at once
    expect(storedRecent()).toEqual(['smurf', '31337']);
    await lookUp(input, 'zzqxv', /Nothing matches/, bodyText);
    await new Promise((r) => setTimeout(r, 40));
    expect(storedRecent()).toEqual(['smurf', '31337']);

    typeQuery(input, '');
    await waitFor(() => expect(bodyText()).toMatch(/Recent lookups/));
    getByRole('button', { name: 'Look up 31337 again' }).click();
    await expectResults(/Back Orifice/);
    typeQuery(input, '');
    await waitFor(() => expect(bodyText()).toMatch(/Recent lookups/));
    getByRole('button', { name: 'Clear' }).click();
    await waitFor(() => expect(bodyText()).not.toMatch(/Recent lookups/));
    expect(storedRecent()).toEqual([]);
  });

  it('loads the stored list on open, at most ten, newest first', async () => {
    const { deps, setStoredRecent } = fakeDeps();
    setStoredRecent(['icmp 3/4', '10.0.0.0/8', ...Array.from({ length: 12 }, (_, i) => String(1000 + i))]);
    renderPopup(deps);
    await waitFor(() => expect(document.querySelectorAll('.pl-recent-list button')).toHaveLength(10));
    expect(document.querySelector('.pl-recent-list button')?.textContent).toBe('icmp 3/4');
  });
});

describe('notes', () => {
  it('adds a note to the top port and shows it on the card', async () => {
    const { deps } = fakeDeps();
    const { input, getByRole, getByLabelText } = renderPopup(deps);
    await lookUp(input, '8443', /8443/);
    await waitFor(() => expect(bodyText()).toMatch(/No note on port 8443 yet/));
    getByRole('button', { name: 'Add note' }).click();
    const box = await waitFor(() => getByLabelText('Your note on port 8443') as HTMLTextAreaElement);
    fireEvent.input(box, { target: { value: 'my NAS' } });
    getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(optionText(0)).toMatch(/Your note: my NAS/));
    expect(deps.setNote).toHaveBeenCalledWith('port:8443', 'my NAS');
    expect(getByRole('button', { name: 'Edit note' })).toBeTruthy();
  });

  it('shows a saved note on an address card, and an empty save deletes it', async () => {
    const { deps, notes } = fakeDeps();
    notes.set('addr:2001:db8::1', { key: 'addr:2001:db8::1', text: 'lab box', createdAt: 1, updatedAt: 1 });
    const { input, getByRole, getByLabelText } = renderPopup(deps);
    await lookUp(input, '2001:DB8::1', /Your note: lab box/, () => optionText(0));
    getByRole('button', { name: 'Edit note' }).click();
    const box = await waitFor(() => getByLabelText('Your note on 2001:db8::1') as HTMLTextAreaElement);
    expect(box.value).toBe('lab box');
    fireEvent.input(box, { target: { value: '' } });
    getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(optionText(0)).not.toMatch(/Your note/));
    expect(notes.has('addr:2001:db8::1')).toBe(false);
  });

  it('offers no note for topics and ICMP', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'smurf', /Smurf/);
    expect(bodyText()).not.toMatch(/Add note/);
  });
});

describe('hand-over from the context menu', () => {
  it('shows the handed-over query in full on open', async () => {
    const { deps } = fakeDeps({ loadInitialQuery: async () => '31337' });
    const { input } = renderPopup(deps);
    await expectResults(/Back Orifice/, () => optionText(0));
    expect(input.value).toBe('31337');
    expect(option(0).getAttribute('data-expanded')).toBe('true');
  });

  it('takes a query handed over while it is open', async () => {
    let handOver: (q: string) => void = () => undefined;
    const { deps } = fakeDeps({ onHandOver: (listener) => ((handOver = listener), () => undefined) });
    const { input } = renderPopup(deps);
    handOver('icmp 3/4');
    await expectResults(/fragmentation/i, () => optionText(0));
    expect(input.value).toBe('icmp 3/4');
  });
});

describe('actions', () => {
  it('annotates, switches the site on and reports a missing side panel', async () => {
    const { deps } = fakeDeps();
    const { getByRole } = renderPopup(deps);
    await waitFor(() => expect(bodyText()).toMatch(/Off for https:\/\/router.example/));
    getByRole('button', { name: 'Annotate this page' }).click();
    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toBe('Annotating this page.'));

    const site = getByRole('switch', { name: 'Always on this site' });
    expect(site.getAttribute('aria-checked')).toBe('false');
    site.click();
    expect(deps.actions.setSiteAccess).toHaveBeenCalledWith('https://router.example', true);
    await waitFor(() => expect(site.getAttribute('aria-checked')).toBe('true'));
    expect(bodyText()).toMatch(/On for https:\/\/router.example/);

    getByRole('button', { name: 'Open side panel' }).click();
    await waitFor(() => expect(document.querySelector('.pl-actions [role="alert"]')?.textContent).toMatch(/no side panel/));
  });

  it('disables the site switch where it cannot work, saying why', async () => {
    const { deps } = fakeDeps();
    deps.actions.siteAccess = async () => ({ origin: null, enabled: false, reason: '"Always on this site" works on http and https pages only.' });
    const { getByRole } = renderPopup(deps);
    await waitFor(() => expect(bodyText()).toMatch(/http and https pages only/));
    expect((getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
  });
});
