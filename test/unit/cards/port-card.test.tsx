// @vitest-environment happy-dom
// The shared port card shows the role- and action-aware words of the explanation itself, so the
// page card, the popup and the side panel all say the same thing.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PortCard } from '../../../components/cards/PortCard';
import { explainPort } from '../../../knowledge';

afterEach(cleanup);

const outcomeLine = (container: Element) => container.querySelector('.pl-outcome');

describe('PortCard', () => {
  it('shows the blocked-probe line and a low badge for a dropped probe', async () => {
    const e = await explainPort(445, { protocol: 'tcp', role: 'destination', action: 'deny' });
    const { container } = render(<PortCard explanation={e} />);
    expect(outcomeLine(container)?.getAttribute('data-outcome')).toBe('blocked-probe');
    expect(outcomeLine(container)?.textContent).toBe(e.outcome.text);
    expect(container.querySelector('.pl-risk')?.textContent).toBe('Low');
    expect(container.querySelector('.pl-role')?.textContent).toBe(e.roleNote);
  });

  it('shows the exposed-service line for a probe the firewall let in', async () => {
    const e = await explainPort(445, { protocol: 'tcp', role: 'destination', action: 'allow' });
    const { container } = render(<PortCard explanation={e} detailed />);
    expect(outcomeLine(container)?.getAttribute('data-outcome')).toBe('exposed-service');
    expect(outcomeLine(container)?.textContent).toMatch(/let it in/);
    expect(container.querySelector('.pl-risk')?.textContent).toBe('Critical');
  });

  it('reads a source port as the sender\'s end, without "listen on it"', async () => {
    const e = await explainPort(443, { protocol: 'tcp', role: 'source', action: 'deny' });
    const { container } = render(<PortCard explanation={e} />);
    expect(container.textContent).toMatch(/Seen as the source port/);
    expect(outcomeLine(container)?.getAttribute('data-outcome')).toBe('blocked-reply');
    expect(container.textContent).not.toMatch(/nc -l|listen on it/);
  });

  it('leaves out the role line when the side is unknown, but still explains both outcomes', async () => {
    const e = await explainPort(3389, { protocol: 'tcp' });
    const { container } = render(<PortCard explanation={e} />);
    expect(container.querySelector('.pl-role')).toBeNull();
    expect(outcomeLine(container)?.textContent).toMatch(/If your firewall dropped it.*If it was let in/);
  });
});
