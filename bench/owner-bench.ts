// `npm run bench` figures for "who owns an address" (issue 8): sizes, Node speed, browser speed.
import { readFileSync } from 'node:fs';
import { loadOwnerDatabase } from '../knowledge';
import { ownerBrowserBench } from './owner-browser-bench';
import { ownerNodeBench } from './owner-node-bench';
import { extensionPackageSizes, ownerAssetSizes } from './owner-sizes';
import type { ExtraBench } from './registry';

/** Public addresses for the round trip: starts of listed blocks, spread over the table. */
async function sampleAddresses(n: number): Promise<string[]> {
  const db = await loadOwnerDatabase(new Uint8Array(readFileSync('assets/generated/ip-owners.bin.gz')));
  const { hi, values } = db.asset.asn4;
  const out: string[] = [];
  for (let i = 0; out.length < n && i < hi.length; i += Math.floor(hi.length / (n * 2))) {
    if (values[i]) out.push(`${hi[i] >>> 24}.${(hi[i] >>> 16) & 255}.${(hi[i] >>> 8) & 255}.${(hi[i] & 255) + 1}`);
  }
  return out;
}

export const ownerBench: ExtraBench = {
  name: 'owners',
  async run() {
    return {
      assetSizes: ownerAssetSizes(),
      extensionPackage: extensionPackageSizes(),
      node: await ownerNodeBench(),
      chromium: await ownerBrowserBench(await sampleAddresses(500)),
    };
  },
};
