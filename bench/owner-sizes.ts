// Sizes of the owner table: the shipped gzip file, its inflated size, each tier on its own (country;
// AS numbers with names), and the extension package with and without it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export function ownerAssetSizes(path = 'assets/generated/ip-owners.bin.gz') {
  const gz = readFileSync(path);
  const raw = gunzipSync(gz);
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as { sections: Record<string, [number, number]> };
  const body = raw.subarray(8 + headerLength);
  const tier = (test: (name: string) => boolean) => {
    const parts = Object.entries(header.sections).filter(([name]) => test(name)).map(([, [at, n]]) => body.subarray(at, at + n));
    const bytes = Buffer.concat(parts);
    return { rawBytes: bytes.length, gzipBytes: gzipSize(bytes) };
  };
  return {
    shippedGzipBytes: gz.length,
    inflatedBytes: raw.length,
    countryTier: tier((n) => n.startsWith('country')),
    asTier: tier((n) => n.startsWith('asn') || n === 'asNumbers' || n === 'asNames'),
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * The store package's size, computed as a zip lays it out: each file deflated on its own (or
 * stored, when that is smaller), plus local and central headers. No zip tool needed.
 */
export function packageSize(dir: string, leaveOut: (path: string) => boolean = () => false) {
  let zipBytes = 22;
  let unpackedBytes = 0;
  for (const path of files(dir)) {
    const name = relative(dir, path);
    if (leaveOut(name)) continue;
    const data = readFileSync(path);
    unpackedBytes += data.length;
    zipBytes += Math.min(deflateRawSync(data, { level: 9 }).length, data.length) + 30 + 46 + 2 * Buffer.byteLength(name);
  }
  return { unpackedBytes, zipBytes };
}

export function extensionPackageSizes() {
  const withoutOwners = (name: string) => name.endsWith('ip-owners.bin.gz');
  const out: Record<string, unknown> = {};
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = join('.output', target);
    const after = packageSize(dir);
    const before = packageSize(dir, withoutOwners);
    out[target] = { withoutOwnerTable: before, withOwnerTable: after, addedZipBytes: after.zipBytes - before.zipBytes };
  }
  return out;
}
