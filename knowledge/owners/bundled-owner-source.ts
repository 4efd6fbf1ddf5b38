// The owner data bundled with the knowledge base (the compressed asset as base64 JSON), for plain
// Node and tests. The background never calls this: it reads the file shipped in the extension.
import { createOwnerSource, type OwnerSource } from './owner-source';
import { base64ToBytes } from './web-platform';

let bundled: OwnerSource | undefined;

export function bundledOwnerSource(): OwnerSource {
  bundled ??= createOwnerSource(() =>
    import('../../assets/generated/ip-owners.bundled.json').then((m) => base64ToBytes(((m.default ?? m) as { gzipBase64: string }).gzipBase64)),
  );
  return bundled;
}
