// @vitest-environment happy-dom
// The hover card component: props in, the shared result cards, the note, and the four actions.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../components/hover-card/HoverCard';
import { explainPort } from '../../../knowledge';

afterEach(cleanup);

function props(over: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    tokenText: '203.0.113.45:22',
    kindLabel: 'Address and port',
    state: 'loading',
    sections: [],
    pinned: false,
    canAnalyse: true,
    onCopy: vi.fn(),
    onPin: vi.fn(),
    onClose: vi.fn(),
    onLookup: vi.fn(),
    onAnalyse: vi.fn(),
    ...over,
  };
}

describe('HoverCard', () => {
  it('shows the token, its role, and a loading line until the explanation arrives', () => {
    const view = render(<HoverCard {...props({ role: 'destination' })} />);
    expect(view.container.textContent).toContain('203.0.113.45:22');
    expect(view.container.textContent).toContain('Address and port · destination');
    expect(view.container.textContent).toContain('Looking it up');
  });

  it('renders the shared port card with the note, role-aware', async () => {
    const explanation = await explainPort(22, { role: 'destination', protocol: 'tcp' });
    const p = props({ state: 'ready', sections: [{ kind: 'result', result: { kind: 'port', score: 0, label: explanation.title, port: 22, explanation }, note: 'jump host' }] });
    const view = render(<HoverCard {...p} />);
    expect(view.container.querySelector('.pl-card[data-kind="port"]')).not.toBeNull();
    expect(view.container.textContent).toMatch(/ssh/i);
    expect(view.getByTestId('user-note').textContent).toContain('jump host');
  });

  it('calls the actions and hides "Analyse log" where there is no log', () => {
    const p = props({ state: 'error', error: 'No answer.', canAnalyse: false, status: 'Copied.' });
    const view = render(<HoverCard {...p} />);
    fireEvent.click(view.getByText('Copy'));
    fireEvent.click(view.getByText('Look up in popup'));
    fireEvent.click(view.getByText('Pin'));
    fireEvent.click(view.getByLabelText('Close'));
    expect([p.onCopy, p.onLookup, p.onPin, p.onClose].map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(view.queryByText('Analyse log')).toBeNull();
    expect(view.container.textContent).toContain('No answer.');
    expect(view.getByRole('status').textContent).toBe('Copied.');
  });

  it('marks a pinned card and offers to unpin it', () => {
    const view = render(<HoverCard {...props({ pinned: true })} />);
    expect(view.container.querySelector('.plh-pinned')).not.toBeNull();
    expect(view.getByText('Unpin').getAttribute('aria-pressed')).toBe('true');
  });
});
