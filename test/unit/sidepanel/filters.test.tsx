// @vitest-environment happy-dom
// Filtering the events by source, port, action and finding, in the function and in the panel.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeLog } from '../../../knowledge';
import { eventAtLine, filterEvents, NO_FILTERS } from '../../../components/sidepanel/event-filter';
import { cleanup, fakeDeps, fireEvent, fixture, paste, renderPanel, tableRows, waitForText } from './sidepanel-harness';

afterEach(cleanup);

const { events, findings } = analyzeLog(fixture('mixed-scan.log'));

describe('filterEvents', () => {
  it('returns the same list when no filter is set', () => {
    expect(filterEvents(events, NO_FILTERS)).toBe(events);
  });

  it('matches a source address or its start', () => {
    expect(filterEvents(events, { ...NO_FILTERS, source: '203.0.113.66' })).toHaveLength(16);
    expect(filterEvents(events, { ...NO_FILTERS, source: '198.51.100.' }).toArray().map((e) => e.src)).toEqual(['198.51.100.7', '198.51.100.90', '198.51.100.120']);
  });

  it('matches a port on either side, and nothing for a non-port', () => {
    expect(filterEvents(events, { ...NO_FILTERS, port: '3389' }).toArray().map((e) => e.line)).toEqual([15, 18]);
    expect(filterEvents(events, { ...NO_FILTERS, port: '40000' }).toArray().map((e) => e.line)).toEqual([2]);
    expect(filterEvents(events, { ...NO_FILTERS, port: 'ssh' })).toHaveLength(0);
    expect(filterEvents(events, { ...NO_FILTERS, port: '70000' })).toHaveLength(0);
  });

  it('matches the action and a finding\'s evidence lines, all filters together', () => {
    expect(filterEvents(events, { ...NO_FILTERS, action: 'allow' })).toHaveLength(0);
    expect(filterEvents(events, { ...NO_FILTERS, action: 'deny' })).toHaveLength(19);
    const scan = filterEvents(events, { ...NO_FILTERS, finding: 0 }, findings[0].lines);
    expect(scan.toArray().map((e) => e.line)).toEqual(findings[0].lines);
    expect(filterEvents(events, { ...NO_FILTERS, finding: 0, port: '22' }, findings[0].lines).toArray().map((e) => e.line)).toEqual([3]);
  });

  it('finds the event of a line number', () => {
    expect(eventAtLine(events, 18)?.format).toBe('pf-filterlog');
    expect(eventAtLine(events, 19)?.format).toBe('cisco-asa');
    expect(eventAtLine(events, 20)).toBeUndefined();
  });
});

describe('filters in the panel', () => {
  async function panelWithLog() {
    const { deps } = fakeDeps();
    const view = renderPanel(deps);
    paste(view.textarea()!, fixture('mixed-scan.log'));
    await waitForText(/19 of 19 events/);
    return view;
  }
  const input = (id: string, value: string) => fireEvent.input(document.getElementById(id)!, { target: { value } });
  const select = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

  it('filters by source, port, action and finding, and clears them all', async () => {
    await panelWithLog();
    input('pl-filter-source', '198.51.100.');
    await waitForText(/3 of 19 events/);
    input('pl-filter-port', '3389');
    await waitForText(/1 of 19 events/);
    expect(tableRows()[0].textContent).toContain('198.51.100.90');
    input('pl-filter-port', 'abc');
    await waitForText(/A port is a number/);
    fireEvent.click(document.querySelector('.pl-filters .pl-link')!);
    await waitForText(/19 of 19 events/);
    select('pl-filter-action', 'allow');
    await waitForText(/0 of 19 events/);
    expect(document.body.textContent).toContain('No events match.');
    select('pl-filter-action', 'any');
    select('pl-filter-finding', '0');
    await waitForText(/16 of 19 events/);
  });

  it('filters to a source or a port by clicking its bar in the stats', async () => {
    await panelWithLog();
    fireEvent.click(document.querySelector('[aria-label="Top sources"] [aria-label="203.0.113.66: 16"]')!);
    await waitForText(/16 of 19 events/);
    fireEvent.click(document.querySelector('.pl-filters .pl-link')!);
    fireEvent.keyDown(document.querySelector('[aria-label="Top destination ports"] [aria-label="3389/tcp: 2"]')!, { key: 'Enter' });
    await waitForText(/2 of 19 events/);
  });
});
