// Plain-words notices about odd input (binary, NUL bytes, HTML, huge pastes) and about what the
// analysis could not read. Every notice is text; nothing here is ever rendered as HTML.
import type { LogAnalysis } from '../../knowledge';
import { formatCount, translateCount, type Translate } from '../i18n/messages';

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

export function formatSize(t: Translate, chars: number): string {
  if (chars < 1024) return t('sidepanel_sizeCharacters', formatCount(t, chars));
  const oneDecimal = (x: number) => x.toLocaleString(t('locale_tag'), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (chars < 1024 * 1024) return t('sidepanel_sizeKb', oneDecimal(chars / 1024));
  return t('sidepanel_sizeMb', oneDecimal(chars / (1024 * 1024)));
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
export function checkInput(t: Translate, text: string): InputNotice[] {
  const notices: InputNotice[] = [];
  if (!text.trim()) return notices;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (text.length > MAX_INPUT_CHARS) {
    notices.push({ level: 'warning', text: t('sidepanel_inputTruncated', formatSize(t, text.length), formatSize(t, MAX_INPUT_CHARS)) });
  } else if (text.length > BIG_INPUT_CHARS) {
    notices.push({ level: 'info', text: t('sidepanel_inputLarge', formatSize(t, text.length)) });
  }
  if (binaryShare(sample) > 0.1) {
    notices.push({ level: 'error', text: t('sidepanel_inputBinary') });
  } else {
    const nul = countNul(text);
    if (nul > 0) {
      notices.push({ level: 'warning', text: translateCount(t, 'sidepanel_inputNul', nul) });
    }
  }
  if (HTML.test(sample)) {
    notices.push({ level: 'warning', text: t('sidepanel_inputHtml') });
  }
  return notices;
}

/** Notices about the result: nothing recognised, over-long lines, binary lines. */
export function checkResult(t: Translate, analysis: LogAnalysis): InputNotice[] {
  const notices: InputNotice[] = [];
  const { stats, unparsed } = analysis;
  let long = 0;
  let binary = 0;
  for (const u of unparsed) {
    if (/longer than/.test(u.reason)) long++;
    else if (u.reason === 'binary data') binary++;
  }
  if (long) notices.push({ level: 'warning', text: translateCount(t, 'sidepanel_linesTooLong', long) });
  if (binary) notices.push({ level: 'warning', text: translateCount(t, 'sidepanel_linesBinary', binary) });
  if (stats.totalLines > 0 && stats.parsedLines === 0) {
    notices.push({ level: 'error', text: t('sidepanel_nothingRecognised') });
  }
  return notices;
}
