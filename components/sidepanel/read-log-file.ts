// Reads a dropped or picked file as text, at most MAX_INPUT_CHARS bytes of it.
import { decodeLogBytes } from './decode-log-file';
import { formatSize, MAX_INPUT_CHARS, type InputNotice } from './input-checks';

export interface ReadFile {
  text: string;
  notices: InputNotice[];
}

export async function readLogFile(file: Blob & { name?: string }): Promise<ReadFile> {
  const notices: InputNotice[] = [];
  const part = file.size > MAX_INPUT_CHARS ? file.slice(0, MAX_INPUT_CHARS) : file;
  if (part !== file) notices.push({ level: 'warning', text: `${file.name ?? 'The file'} is ${formatSize(file.size)}; PortLens reads its first ${formatSize(MAX_INPUT_CHARS)}.` });
  if (file.size === 0) notices.push({ level: 'info', text: `${file.name ?? 'The file'} is empty.` });
  const decoded = decodeLogBytes(new Uint8Array(await part.arrayBuffer()));
  if (decoded.notice) notices.push(decoded.notice);
  if (decoded.encoding !== 'utf-8') notices.push({ level: 'info', text: `Read as ${decoded.encoding.toUpperCase()} text.` });
  return { text: decoded.text, notices };
}
