// The few web-platform APIs the owner data needs, reached through globalThis with local types:
// knowledge/ compiles without the DOM or Node typings, and all three exist in Node 18+ and in both
// browsers (DecompressionStream: Chrome 80, Firefox 113).

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
interface ByteStreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}
interface GzipInflater {
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): ByteStreamReader };
}
interface WebPlatform {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Utf8Decoder;
  DecompressionStream: new (format: 'gzip') => GzipInflater;
  atob(text: string): string;
}

const platform = globalThis as unknown as WebPlatform;

/** Strict UTF-8: a damaged byte throws instead of turning into U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Undoes gzip with the platform's DecompressionStream (zlib underneath in Node). */
export async function inflateGzip(bytes: Uint8Array): Promise<Uint8Array> {
  const inflater = new platform.DecompressionStream('gzip');
  const writer = inflater.writable.getWriter();
  // Write and read at once: awaiting the write first would stall on back-pressure.
  const written = writer.write(bytes).then(() => writer.close());
  written.catch(() => undefined);
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      size += value.length;
    }
  }
  await written;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = platform.atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
