// @vitest-environment happy-dom
// The virtualised event table: only the rows in view are in the DOM, even for 100,000 events.
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '../../../knowledge';
import { EventTable, FALLBACK_VIEWPORT_PX, MAX_SCROLL_PX, OVERSCAN, ROW_HEIGHT, rowWindow } from '../../../components/sidepanel/EventTable';
import { cleanup, fireEvent, tableRows, waitFor } from './sidepanel-harness';

afterEach(cleanup);

function manyEvents(n: number): LogEvent[] {
  const events: LogEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    events[i] = {
      line: i + 1, format: 'netfilter', action: i % 3 ? 'deny' : 'allow', protocol: 'tcp',
      src: `198.51.100.${i % 250}`, srcPort: 40000 + (i % 20000), dst: '192.0.2.10', dstPort: [22, 443, 3389][i % 3],
      time: Date.UTC(2024, 4, 1) + i * 1000, raw: `line ${i + 1}`,
    };
  }
  return events;
}

const MOST_ROWS = Math.ceil(FALLBACK_VIEWPORT_PX / ROW_HEIGHT) + 1 + 2 * OVERSCAN;

describe('rowWindow', () => {
  it('renders the visible rows plus overscan', () => {
    expect(rowWindow(100_000, 0, 360)).toEqual({ start: 0, end: 16 + OVERSCAN, top: 0, spacer: 100_000 * ROW_HEIGHT });
    const mid = rowWindow(100_000, 50_000 * ROW_HEIGHT, 360);
    expect(mid.start).toBe(50_000 - OVERSCAN);
    expect(mid.top).toBe(mid.start * ROW_HEIGHT);
  });

  it('scales very long tables so the spacer stays under the browsers\' height limit, and still reaches the last row', () => {
    const end = rowWindow(1_000_000, MAX_SCROLL_PX, 360);
    expect(end.spacer).toBe(MAX_SCROLL_PX);
    expect(end.end).toBe(1_000_000);
    const half = rowWindow(1_000_000, (MAX_SCROLL_PX - 360) / 2, 360);
    expect(Math.abs(half.start + OVERSCAN - 500_000)).toBeLessThan(20);
    expect(half.top + (half.end - half.start) * ROW_HEIGHT).toBeLessThanOrEqual(MAX_SCROLL_PX + 360 + 2 * OVERSCAN * ROW_HEIGHT);
  });
});

describe('EventTable with 100,000 events', () => {
  const events = manyEvents(100_000);

  it('keeps only about a screenful of rows in the DOM, and a spacer as tall as all rows', () => {
    const started = performance.now();
    render(<EventTable events={events} meaningOf={() => 'SSH'} onSelect={vi.fn()} />);
    const ms = performance.now() - started;
    const rows = tableRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(MOST_ROWS);
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
    expect(document.querySelector<HTMLElement>('.pl-table-spacer')!.style.height).toBe(`${100_000 * ROW_HEIGHT}px`);
    expect(document.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe('100001');
    expect(ms).toBeLessThan(1000);
  });

  it('renders the rows around the scroll position after scrolling', async () => {
    render(<EventTable events={events} meaningOf={() => undefined} onSelect={vi.fn()} />);
    const body = document.querySelector<HTMLElement>('.pl-table-body')!;
    body.scrollTop = 75_000 * ROW_HEIGHT;
    fireEvent.scroll(body);
    await waitFor(() => expect(tableRows().some((r) => r.id === 'pl-row-75001')).toBe(true));
    expect(tableRows().length).toBeLessThanOrEqual(MOST_ROWS);
    expect(tableRows().some((r) => r.id === 'pl-row-1')).toBe(false);
  });

  it('asks for the meanings of the visible rows only, and shows … until they arrive', async () => {
    const onVisibleRows = vi.fn();
    render(<EventTable events={events} meaningOf={() => undefined} onVisibleRows={onVisibleRows} onSelect={vi.fn()} />);
    await waitFor(() => expect(onVisibleRows).toHaveBeenCalled());
    expect(onVisibleRows.mock.calls[0][0].length).toBeLessThanOrEqual(MOST_ROWS);
    expect(tableRows()[0].querySelector('.pl-meaning')?.textContent).toBe('…');
  });

  it('moves with the arrow keys, End and Home, pinning the row', () => {
    const onSelect = vi.fn();
    render(<EventTable events={events} meaningOf={() => undefined} onSelect={onSelect} />);
    const body = document.querySelector<HTMLElement>('.pl-table-body')!;
    fireEvent.keyDown(body, { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith(events[1]);
    fireEvent.keyDown(body, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith(events[99_999]);
    expect(body.getAttribute('aria-activedescendant')).toBe('pl-row-100000');
    fireEvent.keyDown(body, { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith(events[0]);
  });

  it('pins a row on click and previews on hover', () => {
    const onSelect = vi.fn();
    const onPreview = vi.fn();
    render(<EventTable events={events} meaningOf={() => undefined} onSelect={onSelect} onPreview={onPreview} selectedLine={3} />);
    fireEvent.mouseEnter(document.getElementById('pl-row-2')!);
    expect(onPreview).toHaveBeenCalledWith(events[1]);
    fireEvent.click(document.getElementById('pl-row-2')!);
    expect(onSelect).toHaveBeenCalledWith(events[1]);
    expect(document.getElementById('pl-row-3')!.getAttribute('aria-selected')).toBe('true');
  });
});
