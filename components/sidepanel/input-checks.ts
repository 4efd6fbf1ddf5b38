// Plain-words notices about odd input (binary, NUL bytes, HTML, huge pastes) and about what the
// analysis could not read. Every notice is text; nothing here is ever rendered as HTML.
import type { LogAnalysis } from '../../knowledge';

export interface InputNotice {
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** Above this many characters the text is not put into the text box and runs with a progress bar. */
export const BIG_INPUT_CHARS = 200_000;
/** Larger inputs are cut to this size before analysis (about 100 MB of log, some 400,000 lines). */
export const MAX_INPUT_CHARS = 100_000_000;
/** How much of the input the quick checks look at. */
const SAMPLE_CHARS = 64 * 1024;

const CONTROL = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const HTML = /<\s*(script|html|body|head|div|span|table|iframe|img|style|a\s|!doctype)\b/i;

export function formatSize(chars: number): string {
  if (chars < 1024) return `${chars} characters`;
  if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(1)} KB`;
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

function countNul(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) n++;
  return n;
}

/**
 * Share of characters in the sample that are control characters or U+FFFD (undecodable bytes).
 * NUL bytes do not count: UTF-16 text read as UTF-8 is full of them and still reads once they go.
 */
export function binaryShare(sample: string): number {
  const text = sample.includes('\0') ? sample.split('\0').join('') : sample;
  if (!text) return sample ? 1 : 0;
  const controls = text.match(CONTROL)?.length ?? 0;
  let replacement = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replacement++;
  return (controls + replacement) / text.length;
}

/** Notices to show before (and while) the text is analysed. */
export function checkInput(text: string): InputNotice[] {
  const notices: InputNotice[] = [];
  if (!text.trim()) return notices;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (text.length > MAX_INPUT_CHARS) {
    notices.push({ level: 'warning', text: `This is ${formatSize(text.length)}; PortLens reads the first ${formatSize(MAX_INPUT_CHARS)} of it.` });
  } else if (text.length > BIG_INPUT_CHARS) {
    notices.push({ level: 'info', text: `Large input (${formatSize(text.length)}): it is analysed in the background and kept out of the text box.` });
  }
  if (binaryShare(sample) > 0.1) {
    notices.push({ level: 'error', text: 'This looks like binary data (a capture, archive or image?), not a text log. Lines that are binary are listed under "Unparsed lines".' });
  } else {
    const nul = countNul(text);
    if (nul > 0) {
      notices.push({ level: 'warning', text: `The text holds ${nul.toLocaleString('en')} NUL byte${nul === 1 ? '' : 's'} (often a UTF-16 file read as UTF-8); they are ignored.` });
    }
  }
  if (HTML.test(sample)) {
    notices.push({ level: 'warning', text: 'This looks like HTML or script code, perhaps a saved web page. It is treated as plain text: nothing in it runs. Copy the log lines themselves for best results.' });
  }
  return notices;
}

/** Notices about the result: nothing recognised, over-long lines, binary lines. */
export function checkResult(analysis: LogAnalysis): InputNotice[] {
  const notices: InputNotice[] = [];
  const { stats, unparsed } = analysis;
  let long = 0;
  let binary = 0;
  for (const u of unparsed) {
    if (/longer than/.test(u.reason)) long++;
    else if (u.reason === 'binary data') binary++;
  }
  if (long) notices.push({ level: 'warning', text: `${long.toLocaleString('en')} line${long === 1 ? ' is' : 's are'} longer than 64 KiB and ${long === 1 ? 'was' : 'were'} skipped.` });
  if (binary) notices.push({ level: 'warning', text: `${binary.toLocaleString('en')} line${binary === 1 ? ' holds' : 's hold'} binary data and ${binary === 1 ? 'was' : 'were'} skipped.` });
  if (stats.totalLines > 0 && stats.parsedLines === 0) {
    notices.push({ level: 'error', text: 'No line looked like a log PortLens knows (firewall, web, mail, DNS or SSH). "Unparsed lines" below says why for each line.' });
  }
  return notices;
}
