// @vitest-environment happy-dom
// The hover card component: props in, the shared result cards, the note, and the four actions.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../components/hover-card/HoverCard';
import { explainPacketFields, explainPort, type IpOwner } from '../../../knowledge';

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

  it('shows the owner line of an address, or says the owner data is unavailable', () => {
    const owner = { asn: 64500, asName: 'Example Hosting', country: 'NL', kind: 'hosting', range: { first: '203.0.113.0', last: '203.0.113.255', cidr: '203.0.113.0/24' }, dataDate: '2026-06-17' } as unknown as IpOwner;
    const known = render(<HoverCard {...props({ state: 'ready', sections: [{ kind: 'owner', address: '203.0.113.45', answer: { available: true, owner } }] })} />);
    expect(known.getByTestId('owner-line').textContent).toMatch(/AS64500 Example Hosting/);
    cleanup();
    const missing = render(<HoverCard {...props({ state: 'ready', sections: [{ kind: 'owner', address: '203.0.113.45', answer: { available: false, reason: 'owner data unavailable: truncated' } }] })} />);
    expect(missing.getByTestId('owner-line').textContent).toBe('Owner data unavailable.');
  });

  it('explains the hovered packet field first, then the rest of its packet', () => {
    const explanation = explainPacketFields({ ttl: 47, ipId: 54321, tcpFlags: ['SYN', 'URG', 'PSH', 'FIN'], window: 1024, length: 40, protocol: 'tcp' });
    const view = render(<HoverCard {...props({ tokenText: 'TTL=47', kindLabel: 'Packet field', state: 'ready', sections: [{ kind: 'packet', field: 'ttl', explanation }] })} />);
    const card = view.container.querySelector('.pl-card[data-kind="packet"]') as HTMLElement;
    expect(card.dataset.field).toBe('ttl');
    expect(card.querySelector('.pl-card-title')?.textContent).toBe(explanation.notes.find((n) => n.field === 'ttl')?.title);
    const rest = [...card.querySelectorAll('.pl-packet-rest > div')].map((d) => (d as HTMLElement).dataset.field);
    expect(rest).toEqual(explanation.notes.filter((n) => n.field !== 'ttl').map((n) => n.field));
    expect(card.querySelector('[data-field="tcpFlags"]')?.className).toBe('pl-packet-suspicious');
    cleanup();
    // The popup's search has nothing on "TTL=47": no "Look up" for a packet field.
    expect(render(<HoverCard {...props({ canLookUp: false })} />).queryByText('Look up in popup')).toBeNull();
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
