// @vitest-environment happy-dom
// The owner line on the address and CIDR cards: props in, "registered in", the data date, and a
// plain "unavailable" line when the background could not load the data.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AddressCard } from '../../../components/cards/AddressCard';
import { CidrCard } from '../../../components/cards/CidrCard';
import { OwnerLine } from '../../../components/cards/OwnerLine';
import { classifyAddress, describeCidr, ipOwner, type AddressClassification, type CidrInfo } from '../../../knowledge';

afterEach(cleanup);

describe('OwnerLine', () => {
  it('shows AS number and name, country name with flag, the kind, and the data date with the credit', async () => {
    const owner = await ipOwner('8.8.8.8');
    const view = render(<OwnerLine answer={{ available: true, owner }} />);
    const text = view.container.textContent ?? '';
    expect(text).toContain('AS15169 Google LLC');
    expect(text).toContain('registered in 🇺🇸 United States');
    expect(text).not.toMatch(/located/i);
    expect(text).toContain('public DNS resolver: Google Public DNS');
    expect(text).toContain('as of 2026-06-17');
    expect(view.container.querySelector('a[href="https://db-ip.com"]')?.textContent).toBe('DB-IP');
  });

  it('says the owner data is unavailable, and shows nothing for special-purpose addresses', () => {
    const unavailable = render(<OwnerLine answer={{ available: false, reason: 'owner data unavailable: 404' }} />);
    expect(unavailable.getByTestId('owner-line').textContent).toBe('Owner data unavailable.');
    cleanup();
    const special = render(<OwnerLine answer={{ available: true, owner: null }} />);
    expect(special.container.textContent).toBe('');
  });

  it('lists the block and the network\'s sources when detailed', async () => {
    const owner = await ipOwner('162.142.125.10');
    const view = render(<OwnerLine answer={{ available: true, owner }} detailed />);
    expect(view.container.textContent).toContain('162.142.125.0/24');
    expect(view.container.textContent).toMatch(/Censys: opt out of data collection/);
  });

  it('appears on the address card and the CIDR card only when an owner is given', async () => {
    const classification = classifyAddress('2a01:4f8::1') as AddressClassification;
    const withOwner = render(<AddressCard classification={classification} owner={{ available: true, owner: await ipOwner('2a01:4f8::1') }} />);
    expect(withOwner.getByTestId('owner-line').textContent).toContain('AS24940 Hetzner Online GmbH');
    expect(withOwner.getByTestId('owner-line').textContent).toContain('registered in 🇩🇪 Germany');
    cleanup();
    expect(render(<AddressCard classification={classification} />).queryByTestId('owner-line')).toBeNull();
    cleanup();
    const cidr = describeCidr('8.0.0.0/8') as CidrInfo;
    const block = render(<CidrCard cidr={cidr} owner={{ available: true, owner: await ipOwner('8.0.0.0/8') }} />);
    expect(block.getByTestId('owner-line').textContent).toMatch(/spans more than one registration/);
  });
});
