// @vitest-environment happy-dom
// Findings come most severe first, open to their evidence (as text), and filter the table.
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventStore, type Finding, type Risk } from '../../../knowledge';
import { FindingsList } from '../../../components/sidepanel/FindingsList';
import { sortFindingsBySeverity } from '../../../components/sidepanel/finding-order';
import { cleanup, fakeDeps, fireEvent, findingTitles, fixture, paste, renderPanel, tableRows, waitForText } from './sidepanel-harness';

afterEach(cleanup);

const finding = (id: string, severity: Risk, lines: number[]): Finding => ({
  id, title: `${id} (${severity})`, severity, explanation: `What ${id} means.`, sources: ['203.0.113.9'], lines,
});
const events = EventStore.fromEvents([1, 2, 3, 4].map((line) => ({ line, format: 'netfilter', raw: `line ${line} <b>bold?</b> SRC=203.0.113.9` })));

describe('findings order', () => {
  it('sorts critical → info and keeps the registry order within one severity', () => {
    const sorted = sortFindingsBySeverity([
      finding('netbios-noise', 'info', [1]), finding('port-scan', 'medium', [1]), finding('smurf', 'critical', [2]),
      finding('traceroute', 'low', [3]), finding('brute-force', 'high', [4]), finding('host-sweep', 'medium', [2]),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['smurf', 'brute-force', 'port-scan', 'host-sweep', 'traceroute', 'netbios-noise']);
  });

  it('puts a scanner that got an answer before everything, whatever its severity', () => {
    const sorted = sortFindingsBySeverity([finding('smurf', 'critical', [1]), finding('port-scan', 'medium', [1]), finding('scanner-answered', 'high', [1])]);
    expect(sorted.map((f) => f.id)).toEqual(['scanner-answered', 'smurf', 'port-scan']);
  });
});

describe('FindingsList', () => {
  const findings = sortFindingsBySeverity([finding('netbios-noise', 'info', [4]), finding('smurf', 'critical', [1, 2, 3])]);

  it('renders the titles in order, closed, as buttons (Enter and Space open them)', () => {
    render(<FindingsList findings={findings} events={events} openIndex={-1} onToggle={vi.fn()} filterIndex={-1} onFilter={vi.fn()} />);
    expect(findingTitles()).toEqual(['smurf (critical)', 'netbios-noise (info)']);
    const heads = [...document.querySelectorAll<HTMLButtonElement>('.pl-finding-head')];
    expect(heads.map((h) => [h.tagName, h.type, h.getAttribute('aria-expanded')])).toEqual([['BUTTON', 'button', 'false'], ['BUTTON', 'button', 'false']]);
    expect(document.querySelector('.pl-evidence')).toBeNull();
  });

  it('shows the open finding\'s explanation, sources and evidence lines as text', () => {
    const onToggle = vi.fn();
    render(<FindingsList findings={findings} events={events} openIndex={0} onToggle={onToggle} filterIndex={-1} onFilter={vi.fn()} />);
    const head = document.querySelector('.pl-finding-head')!;
    expect(head.getAttribute('aria-expanded')).toBe('true');
    const items = [...document.querySelectorAll('.pl-evidence li')];
    expect(items.map((li) => li.querySelector('.pl-line-no')?.textContent)).toEqual(['1', '2', '3']);
    expect(items[0].querySelector('.pl-raw')?.textContent).toBe('line 1 <b>bold?</b> SRC=203.0.113.9');
    expect(document.querySelector('.pl-evidence b')).toBeNull();
    expect(document.body.textContent).toContain('What smurf means.');
    fireEvent.click(head);
    expect(onToggle).toHaveBeenCalledWith(0);
  });
});

describe('findings in the panel', () => {
  it('opens a finding on click and filters the table to its lines; clicking again closes it', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, fixture('mixed-scan.log'));
    await waitForText(/Findings \(1\)/);
    expect(tableRows()).toHaveLength(19);
    const head = document.querySelector<HTMLButtonElement>('[data-finding-id="port-scan"] .pl-finding-head')!;
    fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('.pl-finding-body .pl-evidence li')).toHaveLength(16);
    await waitForText(/16 of 19 events/);
    expect(tableRows().every((r) => r.textContent?.includes('203.0.113.66'))).toBe(true);
    fireEvent.click(document.querySelector('.pl-finding-body .pl-button[aria-pressed]')!);
    await waitForText(/19 of 19 events/);
    fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('false');
  });
});
