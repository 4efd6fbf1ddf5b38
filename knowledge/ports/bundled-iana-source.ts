// The IANA table bundled as JSON, for plain Node and tests. The background never calls this:
// it serves the same asset from IndexedDB (see entrypoints/background).
import { createMemoryIanaSource, type IanaPortAsset, type IanaPortSource } from './iana-registry';

let bundled: Promise<IanaPortSource> | undefined;

export function loadBundledIanaAsset(): Promise<IanaPortAsset> {
  return import('../../assets/generated/iana-ports.json').then((m) => (m.default ?? m) as unknown as IanaPortAsset);
}

export function bundledIanaSource(): Promise<IanaPortSource> {
  bundled ??= loadBundledIanaAsset().then(createMemoryIanaSource);
  return bundled;
}
