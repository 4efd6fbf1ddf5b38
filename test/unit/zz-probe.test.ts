import { it } from 'vitest';
import { ufwLog } from '../../bench/ufw-log';
import { bundledOwnerSource } from '../../knowledge/owners/bundled-owner-source';
import { answerOwnerLookup } from '../../entrypoints/sidepanel/owner-lookup-job';
import { ipOwnerWith } from '../../knowledge/owners/ip-owner';
import { analyzeLog } from '../../knowledge';
import { addressesToLookUp, ownerStateFrom } from '../../components/sidepanel/source-owners';
import { ownerBars } from '../../components/sidepanel/owner-charts';
it('p', async () => {
  const t = ufwLog(100000); const a = analyzeLog(t);
  const src = bundledOwnerSource(); const db = await src.database();
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    let t0 = performance.now(); const addrs = addressesToLookUp(a.events, a.findings); out.push(`collect ${addrs.length} ${(performance.now() - t0).toFixed(1)}`);
    t0 = performance.now(); for (const x of addrs) ipOwnerWith(db, x); out.push(`ipOwnerWith ${(performance.now() - t0).toFixed(1)}`);
    t0 = performance.now(); for (const x of addrs) db.lookup(4, BigInt(0)); out.push(`lookup-ish ${(performance.now() - t0).toFixed(1)}`);
    t0 = performance.now(); const r = await answerOwnerLookup(src, { id: 1, addresses: addrs }); out.push(`answer ${(performance.now() - t0).toFixed(1)} owners ${(r as any).owners.length}`);
    t0 = performance.now(); const st = ownerStateFrom(addrs, r); out.push(`state ${(performance.now() - t0).toFixed(1)}`);
    t0 = performance.now(); ownerBars(a.events, st); out.push(`bars ${(performance.now() - t0).toFixed(1)}`);
    t0 = performance.now(); structuredClone(r); structuredClone(addrs); out.push(`clone ${(performance.now() - t0).toFixed(1)}`);
  }
  require('node:fs').writeFileSync('/tmp/x/d.txt', out.join('\n'));
}, 120000);
