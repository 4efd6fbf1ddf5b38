// Risk per port: a built-in guess at once, the background's answer in batches of at most 500.
import { describe, expect, it, vi } from 'vitest';
import { PortRiskBook } from '../../../entrypoints/content/paint/port-risk-book';
import type { Risk } from '../../../knowledge';
import type { PortRiskQuery } from '../../../messaging/protocol';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('PortRiskBook', () => {
  it('answers from the built-in list first, then from the background, asking each port once', async () => {
    const ask = vi.fn(async (q: PortRiskQuery[]) => q.map((x): Risk => (x.port === 8443 ? 'critical' : 'info')));
    const learned = vi.fn();
    const book = new PortRiskBook(ask, learned, 4000, 0);
    expect(book.riskOf(3389)).toBe('high');
    expect(book.riskOf(8443, 'destination')).toBe('medium');
    book.riskOf(8443, 'destination');
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0][0]).toEqual([{ port: 3389 }, { port: 8443, role: 'destination' }]);
    expect(book.riskOf(8443, 'destination')).toBe('critical');
    expect(learned).toHaveBeenCalledTimes(1);
  });

  it('asks in batches of at most 500 and stops asking past its limit', async () => {
    const ask = vi.fn(async (q: PortRiskQuery[]) => q.map((): Risk => 'info'));
    const book = new PortRiskBook(ask, () => undefined, 1200, 0);
    for (let p = 1; p <= 2000; p++) book.riskOf(p);
    await tick();
    expect(ask.mock.calls.map((c) => c[0].length)).toEqual([500, 500, 200]);
  });

  it('keeps the built-in colours when the background is gone', async () => {
    const ask = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const book = new PortRiskBook(ask, () => undefined, 4000, 0);
    book.riskOf(445);
    await tick();
    book.riskOf(12345);
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(book.riskOf(445)).toBe('critical');
    debug.mockRestore();
  });
});

describe('the built-in risk list', () => {
  it('says what the knowledge base says for every port it holds (destination role)', async () => {
    const { LOCAL_PORT_RISK } = await import('../../../entrypoints/content/paint/highlight-names');
    const { explainPort } = await import('../../../knowledge');
    expect(LOCAL_PORT_RISK.size).toBeGreaterThan(30);
    const differing: string[] = [];
    for (const [port, risk] of LOCAL_PORT_RISK) {
      const known = (await explainPort(port, { role: 'destination' })).risk;
      if (known !== risk) differing.push(`${port}: list ${risk}, knowledge ${known}`);
    }
    expect(differing).toEqual([]);
  });
});
