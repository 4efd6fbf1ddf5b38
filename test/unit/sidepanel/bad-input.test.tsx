// @vitest-environment happy-dom
// Odd input gets a clear message or a progress bar, never a crash, and is never rendered as HTML.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogAnalysis } from '../../../knowledge';
import { decodeLogBytes } from '../../../components/sidepanel/decode-log-file';
import { BIG_INPUT_CHARS, checkInput, MAX_INPUT_CHARS } from '../../../components/sidepanel/input-checks';
import { readLogFile } from '../../../components/sidepanel/read-log-file';
import { translatorForLanguage } from '../i18n/locale-messages';
import { AnalysisCancelled, type AnalysisProgress } from '../../../components/sidepanel/sidepanel-deps';
import { bodyText, cleanup, fakeDeps, fireEvent, fixture, paste, renderPanel, waitForText } from './sidepanel-harness';

afterEach(cleanup);

const en = translatorForLanguage('en');
const de = translatorForLanguage('de');
const UFW = 'Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=203.0.113.7 DST=192.0.2.10 LEN=60 TTL=50 PROTO=TCP SPT=44123 DPT=23 SYN';

describe('bad input in the panel', () => {
  it('an empty paste says the clipboard held no text, and a blank one says so too', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    const event = paste(textarea()!, '');
    expect(event.defaultPrevented).toBe(true);
    await waitForText(/clipboard held no text/);
    paste(textarea()!, '  \n\t ');
    await waitForText(/only blank space/);
    expect(deps.analyse).not.toHaveBeenCalled();
  });

  it('binary data is named and its lines listed as unparsed', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    let junk = '';
    for (let i = 0; i < 4000; i++) junk += String.fromCharCode((i * 7919) % 256);
    paste(textarea()!, junk);
    await waitForText(/looks like binary data/);
    await waitForText(/No line looked like a log PortLens knows/);
    expect(bodyText()).toMatch(/Unparsed lines \(\d+\)/);
  });

  it('NUL bytes are reported and ignored: the log still reads', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, `${UFW.split('').join('\0')}\n`);
    await waitForText(/NUL bytes/);
    await waitForText(/1 event from 1 line\b/);
  });

  it('a 1 MB line is skipped with a message, the other lines still read', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, `${UFW}\n${'A'.repeat(1024 * 1024)}\n${UFW}\n`);
    await waitForText(/1 line is longer than 64 KiB and was skipped/);
    await waitForText(/2 events from 3 lines/);
    expect(document.querySelector('#pl-big-input')).not.toBeNull(); // 1 MB stays out of the text box
  });

  it('HTML and <script> text is flagged and shown as text only', async () => {
    const { deps } = fakeDeps();
    const { textarea } = renderPanel(deps);
    paste(textarea()!, fixture('mixed-scan.log'));
    await waitForText(/looks like HTML or script code/);
    await waitForText(/Unparsed lines \(2\)/);
    expect(document.querySelector('main script, main img')).toBeNull();
    expect(bodyText()).toContain('<script>alert("pwned")</script><img src=x onerror=alert(2)>');
    expect(textarea()!.value).toContain('<script>');
  });

  it('a 50 MB paste stays out of the text box and shows progress with a working Cancel', async () => {
    let progress: ((p: AnalysisProgress) => void) | undefined;
    const cancel = vi.fn();
    const { deps } = fakeDeps({
      analyse: vi.fn((_text: string, onProgress: (p: AnalysisProgress) => void) => {
        progress = onProgress;
        return { result: new Promise<LogAnalysis>(() => undefined), cancel };
      }),
    });
    const { textarea } = renderPanel(deps);
    const big = `${UFW}\n`.repeat(Math.ceil((50 * 1024 * 1024) / (UFW.length + 1)));
    paste(textarea()!, big);
    await waitForText(/Large input \(50\.0 MB\)/);
    expect(document.querySelector('#pl-log-input')).toBeNull();
    expect(bodyText()).toMatch(/pasted text: 50\.0 MB, too large to show in the box/);
    progress!({ done: 100_000, total: 400_000 });
    await waitForText(/Reading lines: 100,000 of 400,000/);
    expect(document.querySelector<HTMLProgressElement>('#pl-progress')!.getAttribute('value')).toBe('25');
    fireEvent.click(document.getElementById('pl-cancel')!);
    expect(cancel).toHaveBeenCalled();
    await waitForText(/Analysis cancelled/);
  });

  it('a failing analysis says why', async () => {
    const { deps } = fakeDeps({ analyse: vi.fn(() => ({ result: Promise.reject(new Error('out of memory')), cancel: vi.fn() })) });
    const { textarea } = renderPanel(deps);
    paste(textarea()!, UFW);
    await waitForText(/The analysis failed: out of memory/);
  });
});

describe('input checks', () => {
  it('stays quiet for an ordinary log and warns beyond the size cap', () => {
    expect(checkInput(en, fixture('quiet.log'))).toEqual([]);
    expect(checkInput(en, '')).toEqual([]);
    expect(checkInput(en, 'x'.repeat(BIG_INPUT_CHARS + 1))[0].text).toMatch(/Large input/);
    expect(checkInput(en, `${'x'.repeat(MAX_INPUT_CHARS)}y`)[0].text).toMatch(/reads the first/);
  });

  it('speaks the shown language, sizes and counts included', () => {
    expect(checkInput(de, 'x'.repeat(BIG_INPUT_CHARS + 1))[0].text).toBe('Große Eingabe (195,3 KB): Sie wird im Hintergrund analysiert und nicht im Textfeld angezeigt.');
    expect(checkInput(de, 'a\0b\0c')[0].text).toMatch(/^Der Text enthält 2 NUL-Bytes /);
    expect(decodeLogBytes(de, new Uint8Array([0x1f, 0x8b, 8, 0])).notice?.text).toBe('Diese Datei ist ein gzip-Archiv; entpacken Sie sie zuerst (gunzip).');
  });
});

describe('files', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('reads UTF-16 with and without a byte order mark', () => {
    const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(decodeLogBytes(en, bytes(0xff, 0xfe, ...utf16('SRC=1.2.3.4')))).toEqual({ text: 'SRC=1.2.3.4', encoding: 'utf-16le' });
    expect(decodeLogBytes(en, bytes(...utf16('DST=192.0.2.1 DPT=22'))).encoding).toBe('utf-16le');
    expect(decodeLogBytes(en, bytes(0xef, 0xbb, 0xbf, 0x41)).text).toBe('A');
  });

  it('names archives and captures', () => {
    expect(decodeLogBytes(en, bytes(0x1f, 0x8b, 8, 0)).notice?.text).toMatch(/gzip archive/);
    expect(decodeLogBytes(en, bytes(0xd4, 0xc3, 0xb2, 0xa1, 2, 0)).notice?.text).toMatch(/pcap packet capture/);
  });

  it('reads a picked file into the panel', async () => {
    const { deps } = fakeDeps();
    renderPanel(deps);
    const file = new File([fixture('mixed-scan.log')], 'gateway.log', { type: 'text/plain' });
    fireEvent.change(document.getElementById('pl-file')!, { target: { files: [file] } });
    await waitForText(/19 events from 21 lines/);
    expect(bodyText()).toContain('gateway.log');
    expect((await readLogFile(en, new File([], 'empty.log'))).notices[0].text).toMatch(/empty/);
  });

  it('reads a dropped file', async () => {
    const { deps } = fakeDeps();
    renderPanel(deps);
    const file = new File([fixture('quiet.log')], 'quiet.log');
    fireEvent.drop(document.querySelector('.pl-input')!, { dataTransfer: { files: [file], getData: () => '' } });
    await waitForText(/5 events from 5 lines/);
    expect(bodyText()).toContain('Nothing suspicious');
  });
});

describe('cancellation', () => {
  it('a newer input cancels the running analysis', async () => {
    const cancels: number[] = [];
    let n = 0;
    const { deps } = fakeDeps({
      analyse: vi.fn(() => {
        const id = n++;
        return { result: new Promise<LogAnalysis>((_r, reject) => setTimeout(() => reject(new AnalysisCancelled()), 10_000)), cancel: () => void cancels.push(id) };
      }),
    });
    const { textarea } = renderPanel(deps);
    paste(textarea()!, UFW);
    paste(textarea()!, `${UFW}\n`);
    expect(cancels).toEqual([0]);
  });
});
