// @vitest-environment happy-dom
// Every kind of query the popup understands, answered by the real knowledge base.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, search } from '../../../knowledge';
import { EXAMPLE_GROUPS } from '../../../components/popup/ExamplesPanel';
import { bodyText, cleanup, expectResults, fakeDeps, lookUp, optionText, renderPopup } from './popup-harness';

const cards = (kind: string) => document.querySelectorAll(`#pl-results [data-kind="${kind}"]`).length;

beforeAll(async () => {
  await search('80'); // loads the bundled IANA table once
}, 20_000);
afterEach(cleanup);

describe('popup answers every query kind', () => {
  it('ports: plain, tcp/N and N/udp', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '31337', /Back Orifice/, () => optionText(0));
    await lookUp(input, '3389', /RDP/, () => optionText(0));
    await lookUp(input, 'tcp/3389', /3389\/tcp — RDP/, () => optionText(0));
    await lookUp(input, '3389/udp', /3389\/udp/, () => optionText(0));
    expect(cards('port')).toBeGreaterThan(0);
  });

  it('log notation, with the side and the firewall action on the card', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'SPT=443 PROTO=TCP', /443\/tcp \(source\) — HTTPS server reply/, () => optionText(0));
    expect(optionText(0)).toMatch(/Seen as the source port/);
    expect(optionText(0)).not.toMatch(/nc -l/);
    expect(document.querySelector('#pl-result-0 .pl-outcome')?.getAttribute('data-outcome')).toBe('reply');
    await lookUp(input, 'DPT=445 DROP', /445\/tcp\/udp — SMB/, () => optionText(0));
    expect(document.querySelector('#pl-result-0 .pl-outcome')?.textContent).toMatch(/dropped it, so it reached nothing here/);
    expect(document.querySelector('#pl-result-0 .pl-risk')?.textContent).toBe('Low');
    await lookUp(input, 'DPT=445 ACCEPT', /445\/tcp\/udp — SMB/, () => optionText(0));
    expect(document.querySelector('#pl-result-0 .pl-outcome')?.getAttribute('data-outcome')).toBe('exposed-service');
    expect(document.querySelector('#pl-result-0 .pl-risk')?.textContent).toBe('Critical');
    await lookUp(input, '203.0.113.5:22', /22\/tcp\/udp — SSH/, () => optionText(0));
    expect(optionText(1)).toMatch(/documentation/i);
  });

  it('ranges, and a port inside a named range', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '6970-7170', /RealAudio/, () => optionText(0));
    expect(cards('port-range')).toBeGreaterThan(0);
    await lookUp(input, '33434', /33434–33600 — traceroute/);
    expect(cards('port')).toBe(1);
    expect(cards('port-range')).toBeGreaterThan(0);
  });

  it('service names, including partial ones', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'ssh', /22\/tcp — SSH/);
    await lookUp(input, 'netbios', /NetBIOS/);
    await lookUp(input, 'sub7', /SubSeven/);
    await lookUp(input, 'netbi', /NetBIOS/);
  });

  it('trojan names', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'netbus', /NetBus/);
    await lookUp(input, 'back orifice', /31337.*Back Orifice/);
  });

  it('IPv4 and IPv6 addresses', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '192.168.1.1', /private/i, () => optionText(0));
    expect(cards('address')).toBe(1);
    await lookUp(input, '2001:db8::1', /documentation/i, () => optionText(0));
    await lookUp(input, '8.8.8.8', /public/i, () => optionText(0));
  });

  it('CIDR blocks: size, first, last and the special ranges they overlap', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '10.0.0.0/8', /16777216/, () => optionText(0));
    const text = optionText(0);
    expect(text).toContain('10.0.0.0');
    expect(text).toContain('10.255.255.255');
    expect(text).toMatch(/Overlaps special ranges/);
    expect(cards('cidr')).toBe(1);
    await lookUp(input, '2001:db8::/32', /Addresses/, () => optionText(0));
  });

  it('ICMP: icmp T/C, type T code C and icmpv6 T', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'icmp 3/4', /fragmentation/i, () => optionText(0));
    await lookUp(input, 'type 11 code 0', /ICMP type 11 code 0/i, () => optionText(0));
    expect(optionText(0)).toMatch(/time to live|TTL|exceeded/i);
    await lookUp(input, 'icmpv6 135', /Neighbor Solicitation/i, () => optionText(0));
    expect(cards('icmp')).toBe(1);
  });

  it('FAQ topics', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'smurf', /Smurf/, () => optionText(0));
    expect(document.querySelector('#pl-result-0 [data-kind="topic"]')).not.toBeNull();
    await lookUp(input, 'traceroute', /Traceroute/i, () => optionText(0));
    await lookUp(input, 'decoy', /Decoy scans/);
    await lookUp(input, 'netbios', /NetBIOS name queries/);
  });
});

describe('popup never shows a blank page', () => {
  it('shows clickable examples for an empty query, and they work', async () => {
    const { getByRole } = renderPopup(fakeDeps().deps);
    expect(bodyText()).toMatch(/Try one of these/);
    getByRole('button', { name: 'Look up 6970-7170' }).click();
    await expectResults(/RealAudio/);
  });

  it('shows the outcome message for invalid input', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, '70000', /above 65535/, bodyText);
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/70000 is above 65535/);
    expect(document.getElementById('pl-results')).toBeNull();
    await lookUp(input, '10.0.0.0/33', /not a valid CIDR block/, bodyText);
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/not a valid CIDR/);
    expect(bodyText()).toMatch(/Examples of what PortLens understands/);
  });

  it('shows a helpful message and examples for an unrecognised query', async () => {
    const { input } = renderPopup(fakeDeps().deps);
    await lookUp(input, 'zzqxv', /Nothing matches "zzqxv"/, bodyText);
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/Nothing matches/);
    expect(document.querySelector('button[aria-label="Look up icmp 3/4"]')).not.toBeNull();
    expect(document.querySelector('button[aria-label="Look up DPT=445 DROP"]')).not.toBeNull();
  });

  it('offers log-notation examples that read as ports, with their side or verdict', () => {
    const group = EXAMPLE_GROUPS.find((g) => g.title === 'popup_examples_fromLog')!;
    expect(group.queries.map((q) => parseQuery(q))).toEqual([
      expect.objectContaining({ kind: 'port', port: 445, role: 'destination', action: 'deny' }),
      expect.objectContaining({ kind: 'port', port: 443, role: 'source' }),
      expect.objectContaining({ kind: 'endpoint', port: 22, address: '203.0.113.5' }),
    ]);
  });

  it('says so when the background cannot answer', async () => {
    const { deps } = fakeDeps({ search: async () => Promise.reject(new Error('PortLens background did not answer.')) });
    const { input } = renderPopup(deps);
    await lookUp(input, '22', /Could not look that up: PortLens background did not answer/, bodyText);
  });
});
