// Reads a dropped or picked file as text, at most MAX_INPUT_CHARS bytes of it.
import type { Translate } from '../i18n/messages';
import { decodeLogBytes } from './decode-log-file';
import { formatSize, MAX_INPUT_CHARS, type InputNotice } from './input-checks';

export interface ReadFile {
  text: string;
  notices: InputNotice[];
}

export async function readLogFile(t: Translate, file: Blob & { name?: string }): Promise<ReadFile> {
  const notices: InputNotice[] = [];
  const part = file.size > MAX_INPUT_CHARS ? file.slice(0, MAX_INPUT_CHARS) : file;
  const name = file.name ?? t('sidepanel_theFile');
  if (part !== file) notices.push({ level: 'warning', text: t('sidepanel_fileTruncated', name, formatSize(t, file.size), formatSize(t, MAX_INPUT_CHARS)) });
  if (file.size === 0) notices.push({ level: 'info', text: t('sidepanel_fileEmpty', name) });
  const decoded = decodeLogBytes(t, new Uint8Array(await part.arrayBuffer()));
  if (decoded.notice) notices.push(decoded.notice);
  if (decoded.encoding !== 'utf-8') notices.push({ level: 'info', text: t('sidepanel_readAsEncoding', decoded.encoding.toUpperCase()) });
  return { text: decoded.text, notices };
}
