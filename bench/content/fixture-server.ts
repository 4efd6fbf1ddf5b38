// The fixture pages served from 127.0.0.1 (a default activation address of the content script).
// @ts-expect-error plain ES module without types
import { startStaticServer } from '../../scripts/static-server.mjs';

export async function withFixtureServer<T>(run: (url: string) => Promise<T>): Promise<T> {
  const server = (await startStaticServer(['test/fixtures/pages'])) as { url: string; close(): Promise<void> };
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}
