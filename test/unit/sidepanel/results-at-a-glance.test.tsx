// @vitest-environment happy-dom
// What the panel adds on top of the findings: the summary line, the scanner that got an answer first,
// firewall rules to copy in the log's own dialect, packet fields in the details, events streaming in,
// and blank and comment lines counted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeLog, type LogAnalysis } from '../../../knowledge';
import type { AnalysisProgress } from '../../../components/sidepanel/sidepanel-deps';
import { bodyText, cleanup, fakeDeps, findingTitles, fireEvent, paste, renderPanel, tableRows, waitForText } from './sidepanel-harness';

afterEach(cleanup);

const PORTS = [21, 22, 23, 25, 80, 110, 139, 443, 445, 3306, 3389, 5900];
const ufw = (i: number, verdict: string, src: string, port: number, extra = '') =>
  `Nov 25 12:00:${String(i).padStart(2, '0')} gw kernel: [UFW ${verdict}] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=${src} DST=192.0.2.10 LEN=44 TOS=0x00 PREC=0x00 TTL=48 ID=${54000 + i} PROTO=TCP SPT=61000 DPT=${port} WINDOW=1024 RES=0x00 SYN URGP=0${extra}`;
const ANSWERED = [
  '# firewall log of gw, copied by hand',
  '',
  ...PORTS.map((p, i) => ufw(i, p === 22 ? 'ALLOW' : 'BLOCK', '203.0.113.160', p)),
  '',
].join('\n');

describe('results at a glance', () => {
  it('puts the summary line on top and the answered scanner first, with blank and comment lines counted', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, ANSWERED);
    await waitForText(/12 events from 14 lines · 2 findings · 1 blank · 1 comment/);
    expect(document.querySelector('#pl-summary')?.textContent).toBe('In short: 1 scanner, 1 scanner got an answer on 22/tcp');
    expect(findingTitles()[0]).toBe('Scanner 203.0.113.160 got an answer on 22/tcp');
    const summary = document.querySelector('#pl-summary')!;
    expect(summary.compareDocumentPosition(document.querySelector('.pl-findings')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers rules in the dialect of the log\'s firewall, switchable, and copies them', async () => {
    const { deps, copied } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, ANSWERED);
    await waitForText(/2 findings/);
    fireEvent.click(document.querySelector('[data-finding-id="scanner-answered"] .pl-finding-head')!);
    const select = document.querySelector<HTMLSelectElement>('.pl-rules-dialect')!;
    expect(select.value).toBe('ufw');
    expect(document.querySelector('.pl-rule-text')?.textContent).toContain('ufw insert 1 deny from 203.0.113.160 to any');
    fireEvent.click(document.querySelector('.pl-copy')!);
    await waitForText(/Copied/);
    expect(copied).toEqual(['# PortLens: Scanner 203.0.113.160 got an answer on 22/tcp. Review before use; PortLens does not apply it.\nufw insert 1 deny from 203.0.113.160 to any']);
    fireEvent.change(select, { target: { value: 'mikrotik' } });
    await waitForText(/\/ip firewall address-list add list=portlens-block address=203\.0\.113\.160/);
    expect(bodyText()).toContain('PortLens never changes your firewall');
  });

  it('explains the packet fields of a clicked row', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, ANSWERED);
    await waitForText(/2 findings/);
    fireEvent.click(tableRows()[1]);
    await waitForText(/What the packet says: likely nmap SYN scan/);
    const fields = [...document.querySelectorAll('.pl-packet-field dt')].map((d) => d.textContent);
    expect(fields).toContain('SYN: someone opening a connection');
    expect(fields).toContain('TTL 48: likely started at 64, about 16 hops away');
    expect(fields).toContain('IP ID climbing packet by packet: one shared counter');
    expect(fields).toContain("Window 1024 on a 44-byte SYN: nmap's SYN scan");
    expect(fields).toContain('44-byte SYN: one TCP option only');
  });

  it('shows events while the log is still being read, before the findings', async () => {
    let progress: ((p: AnalysisProgress) => void) | undefined;
    let finish: ((a: LogAnalysis) => void) | undefined;
    const { deps } = fakeDeps({
      analyse: vi.fn((_t: string, onProgress: (p: AnalysisProgress) => void) => {
        progress = onProgress;
        return { result: new Promise<LogAnalysis>((resolve) => (finish = resolve)), cancel: vi.fn() };
      }),
    });
    const { textarea } = renderPanel(deps);
    paste(textarea()!, ANSWERED);
    await waitFor(() => progress);
    const full = analyzeLog(ANSWERED, { onEvents: (events, done, total) => progress?.({ done, total, events }) });
    await waitForText(/Findings follow once every line is read/);
    expect(tableRows()).toHaveLength(12);
    expect(document.querySelector('.pl-findings')).toBeNull();
    finish?.(full);
    await waitForText(/Findings \(2\)/);
  });
});

async function waitFor<T>(fn: () => T | undefined) {
  for (let i = 0; i < 100 && !fn(); i++) await new Promise((r) => setTimeout(r, 10));
}
