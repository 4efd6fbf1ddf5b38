// Turns a dropped or picked file's bytes into text: UTF-8, or UTF-16 (Windows tools write
// pfirewall.log exports that way), and names archives and captures that are not text at all.
import type { MessageKey, Translate } from '../i18n/messages';
import type { InputNotice } from './input-checks';

export interface DecodedFile {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  notice?: InputNotice;
}

const MAGIC: [bytes: number[], what: MessageKey][] = [
  [[0x1f, 0x8b], 'sidepanel_fileIsGzip'],
  [[0x50, 0x4b, 0x03, 0x04], 'sidepanel_fileIsZip'],
  [[0xd4, 0xc3, 0xb2, 0xa1], 'sidepanel_fileIsPcap'],
  [[0xa1, 0xb2, 0xc3, 0xd4], 'sidepanel_fileIsPcap'],
  [[0x0a, 0x0d, 0x0d, 0x0a], 'sidepanel_fileIsPcapng'],
  [[0x42, 0x5a, 0x68], 'sidepanel_fileIsBzip2'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'sidepanel_fileIsXz'],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte order mark: most of one byte of each pair is zero in ASCII text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.1) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.1) return 'utf-16be';
  return null;
}

export function decodeLogBytes(t: Translate, bytes: Uint8Array): DecodedFile {
  const magic = MAGIC.find(([prefix]) => startsWith(bytes, prefix));
  if (magic) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      notice: { level: 'error', text: t(magic[1]) },
    };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
}
