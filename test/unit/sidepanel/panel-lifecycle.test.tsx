// @vitest-environment happy-dom
// The panel keeps its last input, takes hand-overs from the context menu, explains rows and exports.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeLog, explainPort } from '../../../knowledge';
import type { AnalysisProgress } from '../../../components/sidepanel/sidepanel-deps';
import { PROGRESS_EVERY_MS } from '../../../components/sidepanel/use-log-analysis';
import { BIG_INPUT_CHARS } from '../../../components/sidepanel/input-checks';
import { bodyText, cleanup, fakeDeps, fireEvent, fixture, paste, renderPanel, tableRows, waitFor, waitForText } from './sidepanel-harness';

beforeAll(async () => {
  await explainPort(22); // loads the bundled IANA table once
}, 20_000);
afterEach(cleanup);

describe('last input', () => {
  it('restores and re-analyses the last input on open', async () => {
    const fake = fakeDeps();
    fake.setSaved({ text: fixture('mixed-scan.log'), label: 'pasted text', savedAt: 1 });
    const { textarea } = renderPanel(fake.deps);
    await waitForText(/Findings \(1\)/);
    expect(textarea()!.value).toBe(fixture('mixed-scan.log'));
    expect(fake.deps.saveLastInput).not.toHaveBeenCalled();
  });

  it('keeps a paste at once and typing after a pause; Clear forgets it', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, fixture('quiet.log'));
    await waitFor(() => expect(fake.saved()?.text).toBe(fixture('quiet.log')));
    expect(fake.saved()?.label).toBe('pasted text');
    fireEvent.input(textarea()!, { target: { value: `${fixture('quiet.log')}x` } });
    await waitForText(/Waiting for you to stop typing/);
    await waitForText(/5 events from 6 lines/);
    await waitFor(() => expect(fake.saved()?.text.endsWith('x')).toBe(true), { timeout: 3000 });
    fireEvent.click(document.getElementById('pl-clear')!);
    await waitFor(() => expect(fake.deps.clearLastInput).toHaveBeenCalled());
    expect(document.querySelector('.pl-results')).toBeNull();
  });

  it('keeps a large input once its analysis is over, not while it runs', async () => {
    const fake = fakeDeps();
    let finish: () => void = () => undefined;
    const analyse = fake.deps.analyse;
    fake.deps.analyse = vi.fn((text, onProgress) => {
      const job = analyse(text, onProgress);
      const gate = new Promise<void>((resolve) => (finish = resolve));
      return { result: gate.then(() => job.result), cancel: job.cancel };
    });
    const { textarea } = renderPanel(fake.deps);
    const big = `${fixture('quiet.log')}\n`.repeat(Math.ceil(BIG_INPUT_CHARS / fixture('quiet.log').length) + 1);
    paste(textarea()!, big);
    await waitForText(/too large to show in the box/);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.deps.saveLastInput).not.toHaveBeenCalled();
    finish();
    await waitFor(() => expect(fake.saved()?.text).toBe(big));
  });

  it('shows the first rows at once and catches up with later progress at most every PROGRESS_EVERY_MS', async () => {
    const fake = fakeDeps();
    let report: (p: AnalysisProgress) => void = () => undefined;
    fake.deps.analyse = vi.fn((text, onProgress) => {
      report = onProgress;
      return { result: new Promise<never>(() => undefined), cancel: () => undefined };
    });
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, fixture('quiet.log'));
    await waitFor(() => expect(fake.deps.analyse).toHaveBeenCalled());
    const events = analyzeLog(fixture('quiet.log')).events;
    report({ done: 1, total: 1000, events });
    await waitForText(/Reading lines: 1 of 1,000 · 5 events so far/);
    for (let done = 2; done <= 900; done++) report({ done, total: 1000 });
    await new Promise((r) => setTimeout(r, PROGRESS_EVERY_MS / 4));
    expect(bodyText()).toMatch(/Reading lines: 1 of 1,000/);
    await waitForText(/Reading lines: 900 of 1,000 · 5 events so far/);
  });

  it('a hand-over from "Analyse selection" replaces the input, also while the panel is open', async () => {
    const fake = fakeDeps();
    fake.setSaved({ text: fixture('quiet.log'), savedAt: 1 });
    const { textarea } = renderPanel(fake.deps);
    await waitForText(/5 events from 5 lines/);
    fake.sendIncoming({ text: fixture('mixed-scan.log'), origin: 'https://router.example' });
    await waitForText(/Findings \(1\)/);
    expect(textarea()!.value).toBe(fixture('mixed-scan.log'));
    expect(bodyText()).toContain('selection from https://router.example');
    await waitFor(() => expect(fake.saved()?.text).toBe(fixture('mixed-scan.log')));
  });
});

describe('explanations', () => {
  it('fills "what it means" for the visible rows, asking once per port and role', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, fixture('mixed-scan.log'));
    await waitFor(() => expect(tableRows()[0].querySelector('.pl-meaning')?.textContent).toBe('SSH'), { timeout: 10_000 });
    const ssh = vi.mocked(fake.deps.explainPort).mock.calls.filter(([port, , role]) => port === 22 && role === 'destination');
    expect(ssh).toEqual([[22, 'tcp', 'destination', 'deny']]); // with the firewall's action, once
    expect(tableRows()[1].querySelector('.pl-meaning')?.textContent).toMatch(/FTP/);
  });

  it('explains a clicked row with port, address cards, and previews a hovered one', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, fixture('mixed-scan.log'));
    await waitForText(/19 of 19 events/);
    fireEvent.click(document.getElementById('pl-row-15')!);
    await waitFor(() => expect(document.querySelectorAll('.pl-details .pl-card')).toHaveLength(4), { timeout: 10_000 });
    const details = document.querySelector('.pl-details')!.textContent!;
    expect(details).toMatch(/Line 15/);
    expect(details).toMatch(/3389\/tcp — RDP/);
    expect(details).toMatch(/Seen as the source port/);
    expect(details).toContain('203.0.113.66');
    expect(details).toMatch(/documentation/i);
    fireEvent.click(document.querySelector('.pl-details .pl-link')!);
    await waitFor(() => expect(document.querySelector('.pl-details')).toBeNull());
    fireEvent.mouseEnter(document.getElementById('pl-row-2')!);
    await waitForText(/Line 2 \(preview\)/);
  });

  it('gives each port card the line for what the firewall did: blocked probe or exposed service', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    const line = (verdict: string, port: number) =>
      `Mar  3 10:15:0${port % 10} gw kernel: [UFW ${verdict}] IN=eth0 OUT= SRC=203.0.113.7 DST=192.0.2.10 LEN=44 TTL=241 ID=1 PROTO=TCP SPT=40000 DPT=${port} WINDOW=1024 RES=0x00 SYN URGP=0`;
    paste(textarea()!, `${line('BLOCK', 3389)}\n${line('ALLOW', 5900)}`);
    await waitForText(/2 of 2 events/);
    const outcomeOf = async (row: number) => {
      fireEvent.click(document.getElementById(`pl-row-${row}`)!);
      await waitFor(() => expect(document.querySelector(`.pl-details .pl-outcome`)).not.toBeNull(), { timeout: 10_000 });
      await waitFor(() => expect(document.querySelector('.pl-details')!.textContent).toMatch(new RegExp(`Line ${row}`)));
      const outcome = document.querySelector('.pl-details .pl-outcome')!;
      return { kind: outcome.getAttribute('data-outcome'), text: outcome.textContent };
    };
    expect(await outcomeOf(1)).toMatchObject({ kind: 'blocked-probe', text: expect.stringMatching(/dropped it/) });
    expect(await outcomeOf(2)).toMatchObject({ kind: 'exposed-service', text: expect.stringMatching(/let it in/) });
    expect(fake.deps.explainPort).toHaveBeenCalledWith(3389, 'tcp', 'destination', 'deny');
    expect(fake.deps.explainPort).toHaveBeenCalledWith(5900, 'tcp', 'destination', 'allow');
  });

  it('explains an ICMP row with the ICMP card, in the table and the details', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, 'Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.1 DST=192.0.2.10 LEN=576 TTL=250 PROTO=ICMP TYPE=3 CODE=4 [SRC=192.0.2.10 DST=203.0.113.80 LEN=1500 TTL=63 PROTO=TCP SPT=443 DPT=51000 ] MTU=1400');
    await waitFor(() => expect(tableRows()[0]?.querySelector('.pl-meaning')?.textContent).toMatch(/Fragmentation needed/), { timeout: 10_000 });
    expect(tableRows()[0].textContent).toContain('icmp 3/4');
    fireEvent.click(tableRows()[0]);
    await waitFor(() => expect(document.querySelector('.pl-details [data-kind="icmp"]')).not.toBeNull());
    expect(document.querySelectorAll('.pl-details [data-kind="port"]')).toHaveLength(0);
    expect(fake.deps.explainIcmp).toHaveBeenCalledWith(3, 4, 4);
  });
});

describe('export buttons', () => {
  it('download the Markdown report, CSV of the filtered events, and JSON', async () => {
    const fake = fakeDeps();
    const { textarea } = renderPanel(fake.deps);
    paste(textarea()!, fixture('mixed-scan.log'));
    await waitForText(/19 of 19 events/);
    fireEvent.input(document.getElementById('pl-filter-port')!, { target: { value: '3389' } });
    await waitForText(/Export \(2 filtered events\)/);
    for (const name of ['Markdown report', 'CSV', 'JSON']) {
      fireEvent.click([...document.querySelectorAll('.pl-export button')].find((b) => b.textContent === name)!);
    }
    const [md, csv, json] = fake.downloads;
    expect(md.fileName).toMatch(/^portlens-log-\d{8}-\d{6}\.md$/);
    expect(md.text).toContain('### Port scan from 203.0.113.66');
    expect(csv.mimeType).toMatch(/text\/csv/);
    expect(csv.text.trim().split('\r\n')).toHaveLength(3);
    expect(JSON.parse(json.text).events).toHaveLength(2);
  });
});
