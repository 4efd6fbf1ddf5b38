// @vitest-environment happy-dom
// Who holds it, in the popup: owner lines on address and CIDR cards, AS numbers and names as results,
// and "owner data unavailable" without losing anything else. Real search and owner knowledge.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { search, type AsLookupAnswer, type OwnerAnswer } from '../../../knowledge';
import { bodyText, bundledOwners, cleanup, expectResults, fakeDeps, lookUp, optionText, press, renderPopup, waitFor } from './popup-harness';

const ownerLine = (i: number) => document.querySelector(`#pl-result-${i} [data-testid="owner-line"]`)?.textContent ?? null;
const kinds = () => [...document.querySelectorAll('#pl-results [data-kind]')].map((el) => el.getAttribute('data-kind'));
const UNAVAILABLE = { available: false as const, reason: 'owner data unavailable: ip-owners.bin.gz is damaged' };

async function expectOwnerLine(i: number, pattern: RegExp) {
  await waitFor(() => expect(ownerLine(i) ?? '').toMatch(pattern), { timeout: 5000 });
}

beforeAll(async () => {
  await Promise.all([search('80'), bundledOwners.ipOwner('8.8.8.8')]);
}, 30_000);
afterEach(cleanup);

describe('owner lines on address and CIDR cards', () => {
  it('shows AS15169 Google, where it is registered, the kind, the data date and the credit for 8.8.8.8', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
    await expectOwnerLine(0, /AS15169 Google LLC/);
    const line = ownerLine(0) ?? '';
    expect(line).toContain('registered in 🇺🇸 United States');
    expect(line).toContain('public DNS resolver: Google Public DNS');
    expect(line).toMatch(/IP-to-AS data as of 2026-06-17\./);
    // The credit's link sits once below the list: an option must not hold a focusable link.
    expect(document.querySelector('#pl-results a')).toBeNull();
    const credit = [...document.querySelectorAll('a[href="https://db-ip.com"]')];
    expect(credit.map((a) => a.textContent)).toEqual(['DB-IP']);
    expect(credit[0].parentElement?.textContent).toMatch(/as of 2026-06-17: DB-IP and RouteViews, CC BY 4.0/);
  });

  it('shows the owner of the address in "address:port" and of an IPv6 address', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '8.8.8.8:53', /DNS/, () => optionText(0));
    await expectOwnerLine(1, /AS15169/);
    expect(ownerLine(0)).toBeNull();
    await lookUp(input, '2a01:4f8::1', /public/i, () => optionText(0));
    await expectOwnerLine(0, /AS24940 Hetzner Online GmbH.*registered in 🇩🇪 Germany/);
  });

  it('shows the owner of a block, and says when the block spans several owners', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '8.8.8.0/24', /256/, () => optionText(0));
    await expectOwnerLine(0, /AS15169 Google LLC/);
    expect(ownerLine(0)).not.toMatch(/spans/);
    await lookUp(input, '8.8.4.0/22', /1024/, () => optionText(0));
    await expectOwnerLine(0, /spans more than one registration \(4 blocks in the data, held by 3 ASes\); this is the owner of its first address/);
  });

  it('shows no owner line for special-purpose addresses and blocks, and does not ask for one', async () => {
    const { deps } = fakeDeps();
    const { input } = renderPopup(deps);
    await lookUp(input, '192.168.1.1', /private/i, () => optionText(0));
    await lookUp(input, '10.0.0.0/8', /16777216/, () => optionText(0));
    await lookUp(input, '2001:db8::1', /documentation/i, () => optionText(0));
    expect(document.querySelector('[data-testid="owner-line"]')).toBeNull();
    expect(deps.ipOwner).not.toHaveBeenCalled();
  });

  it('starts loading the owner data once, at the first keystroke', async () => {
    const { deps } = fakeDeps();
    const { input } = renderPopup(deps);
    expect(deps.prepareOwnerData).not.toHaveBeenCalled();
    await lookUp(input, '8', /8/, () => optionText(0));
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
    expect(deps.prepareOwnerData).toHaveBeenCalledTimes(1);
  });

  it('shows the card at once and the owner line when its answer comes', async () => {
    let answer: (a: OwnerAnswer) => void = () => undefined;
    const { deps } = fakeDeps({ ipOwner: vi.fn(() => new Promise<OwnerAnswer>((resolve) => (answer = resolve))) });
    const { input } = renderPopup(deps);
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
    expect(ownerLine(0)).toBe('Looking up who holds it…');
    await waitFor(() => expect(deps.ipOwner).toHaveBeenCalledWith('8.8.8.8'));
    answer(await bundledOwners.ipOwner('8.8.8.8'));
    await expectOwnerLine(0, /AS15169 Google LLC/);
  });
});

describe('AS numbers and names', () => {
  it.each(['AS15169', 'as15169', 'AS 15169'])('lists AS15169 Google for "%s"', async (q) => {
    const { deps } = fakeDeps();
    const { input } = renderPopup(deps);
    await lookUp(input, q, /AS15169 Google LLC/, () => optionText(0));
    expect(kinds()).toEqual(['as']);
    const card = optionText(0);
    expect(card).toContain('registered in 🇺🇸 United States · Google (services and Google Cloud)');
    expect(document.querySelector('#pl-result-0 .pl-scope')?.textContent).toBe('cloud provider');
    expect(card).toMatch(/IPv4 blocks\d[\d,]* \([\d,]+ addresses\)/);
    expect(card).toMatch(/IPv6 blocks\d/);
    expect(card).toMatch(/as of 2026-06-17/);
    expect(document.querySelectorAll('a[href="https://db-ip.com"]')).toHaveLength(1);
    expect(deps.asLookup).toHaveBeenCalledWith('AS15169', 1);
  });

  it('lists Hetzner by name, curated AS first, and opens its card in full with Enter', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'hetzner', /AS24940 Hetzner Online GmbH/, () => optionText(0));
    expect(document.querySelector('#pl-result-0 .pl-scope')?.textContent).toBe('hosting company');
    expect(kinds().every((k) => k === 'as')).toBe(true);
    expect(kinds().length).toBeGreaterThan(1);
    press(input, 'ArrowDown');
    press(input, 'ArrowUp');
    press(input, 'Enter');
    await waitFor(() => expect(document.getElementById('pl-result-0')?.getAttribute('data-expanded')).toBe('true'));
    expect(optionText(0)).toMatch(/where most of its blocks are/);
    expect(optionText(0)).toMatch(/Sources:/);
  });

  it('lists AS names after the other results, where the text starts a word', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'google', /AS15169 Google LLC/);
    const order = kinds();
    expect(order[0]).toBe('port');
    expect(order.indexOf('as')).toBeGreaterThan(order.lastIndexOf('port'));
    await lookUp(input, 'ssh', /SSH Communications/);
    expect(bodyText()).not.toMatch(/Nissho/);
  });

  it('keeps the arrow keys working as AS results arrive after the others', async () => {
    let answer: (a: AsLookupAnswer) => void = () => undefined;
    const { deps } = fakeDeps({ asLookup: vi.fn(() => new Promise<AsLookupAnswer>((resolve) => (answer = resolve))) });
    const { input } = renderPopup(deps);
    await lookUp(input, 'telnet', /Telnet/, () => optionText(0));
    await waitFor(() => expect(deps.asLookup).toHaveBeenCalledWith('telnet', 20));
    const before = document.querySelectorAll('#pl-results [role="option"]').length;
    press(input, 'ArrowDown');
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-1'));
    answer(await bundledOwners.asLookup('telnet', 20));
    await expectResults(/AS\d+ — |Telnet Worldwide/);
    await waitFor(() => expect(document.querySelectorAll('#pl-results [role="option"]').length).toBeGreaterThan(before));
    expect(input.getAttribute('aria-activedescendant')).toBe('pl-result-1');
    for (let i = 0; i < 40; i++) press(input, 'ArrowDown');
    const last = document.querySelectorAll('#pl-results [role="option"]').length - 1;
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe(`pl-result-${last}`));
    expect(document.getElementById(`pl-result-${last}`)?.querySelector('[data-kind="as"]')).not.toBeNull();
  });

  it('says "Looking up…" rather than "Nothing matches" while the AS directory answers', async () => {
    let answer: (a: AsLookupAnswer) => void = () => undefined;
    const { deps } = fakeDeps({ asLookup: vi.fn(() => new Promise<AsLookupAnswer>((resolve) => (answer = resolve))) });
    const { input } = renderPopup(deps);
    await lookUp(input, 'hetzner', /Looking up…/, bodyText);
    await waitFor(() => expect(deps.asLookup).toHaveBeenCalledWith('hetzner', 20));
    expect(bodyText()).toMatch(/Looking up…/);
    expect(bodyText()).not.toMatch(/Nothing matches/);
    answer(await bundledOwners.asLookup('hetzner', 20));
    await expectResults(/AS24940/);
  });

  it('remembers an AS lookup in the recent lookups', async () => {
    const { deps, storedRecent } = fakeDeps();
    const { input } = renderPopup(deps, { rememberAfterMs: 10 });
    await lookUp(input, 'AS24940', /Hetzner/, () => optionText(0));
    await waitFor(() => expect(storedRecent()).toEqual(['AS24940']));
  });

  it('explains special-purpose AS numbers and ones the data does not hold', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'AS64512', /private-use AS number/, bodyText);
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/never appears on the Internet/);
    await lookUp(input, 'AS4199999999', /holds no addresses in the owner data of 2026-06-17/, bodyText);
    await lookUp(input, 'AS4294967296', /AS numbers run from 0 to 4294967295/, bodyText);
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('offers AS examples that work', async () => {
    const { getByRole } = renderPopup(fakeDeps().deps);
    getByRole('button', { name: 'Look up AS15169' }).click();
    await expectResults(/AS15169 Google LLC/);
  });
});

describe('owner data unavailable', () => {
  const broken = () => fakeDeps({ ipOwner: vi.fn(async () => UNAVAILABLE), asLookup: vi.fn(async () => UNAVAILABLE) });

  it('says so on the owner line, and the card still explains the address', async () => {
    const { input } = renderPopup(broken().deps);
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
    await expectOwnerLine(0, /^Owner data unavailable\.$/);
    await lookUp(input, '192.168.1.1', /private/i, () => optionText(0));
    expect(ownerLine(0)).toBeNull();
    expect(document.querySelector('a[href="https://db-ip.com"]')).toBeNull();
  });

  it('says so for AS numbers and names, and ports and topics still answer', async () => {
    const { input } = renderPopup(broken().deps);
    await lookUp(input, 'AS15169', /Owner data unavailable, so AS numbers cannot be looked up right now/, bodyText);
    await lookUp(input, 'ssh', /22\/tcp — SSH/);
    await expectResults(/Owner data unavailable, so AS names were not searched/, bodyText);
    await lookUp(input, 'AS64512', /private-use/, bodyText);
    await lookUp(input, 'smurf', /Smurf/, () => optionText(0));
  });

  it('treats a background that does not answer the same way', async () => {
    const noAnswer = async () => Promise.reject(new Error('PortLens background did not answer.'));
    const { input } = renderPopup(fakeDeps({ ipOwner: vi.fn(noAnswer), asLookup: vi.fn(noAnswer) }).deps);
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
    await expectOwnerLine(0, /^Owner data unavailable\.$/);
    expect(document.querySelector('#pl-result-0 [data-testid="owner-line"]')?.getAttribute('title')).toMatch(/did not answer/);
  });
});
