// `npm run bench`: performance figures measured in one run, in real Chromium.
//  - IndexedDB seeding time of the IANA table (fresh profile, measured inside the background)
//  - lookup round trip through messaging (p50 / p95), cold and cached, against a bare
//    status round trip measured in the same run (the ratio is what to compare across machines)
//  - the compiled asset's size, raw and gzipped
// Extra benches (content-script annotation, the log engine against psad, the side panel with a
// 100,000-line file, ...) register themselves in bench/registry.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/browsers/chromium';
import { requireBrowsers } from '../test/e2e/browsers/require-browsers';
import { EXTRA_BENCHES } from './registry';
import { percentile, round, timeRequests } from './round-trips';

// The page's own chrome.* API, seen from page.evaluate.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

async function main() {
  requireBrowsers();
  const results: Record<string, unknown> = { date: new Date().toISOString() };

  const assetText = readFileSync('assets/generated/iana-ports.json');
  results.asset = { bytes: assetText.length, gzipBytes: gzipSync(assetText, { level: 9 }).length };

  const seedRuns: number[] = [];
  let lookup: Record<string, number> = {};
  for (let run = 0; run < 3; run++) {
    const session = await launchChromium();
    const page = await session.openExtensionPage('popup.html');
    let status: { seeded: boolean; seedMs?: number } = { seeded: false };
    const deadline = Date.now() + 60_000;
    while (!status.seeded && Date.now() < deadline) {
      status = await page.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'knowledge-status' })) as { value: { seeded: boolean; seedMs?: number } }).value);
      if (!status.seeded) await new Promise((r) => setTimeout(r, 100));
    }
    if (!status.seeded || status.seedMs === undefined) throw new Error('seeding did not finish within 60 s');
    seedRuns.push(status.seedMs);
    if (run === 0) {
      const ports = Array.from({ length: 500 }, (_, i) => (i * 131 + 7) % 65536);
      const cold = await timeRequests(page, ports.map((port) => ({ type: 'explain-port', port })));
      const warm = await timeRequests(page, ports.map((port) => ({ type: 'explain-port', port })));
      // The page card and the side panel ask with the port's side and the firewall's action.
      const sided = await timeRequests(page, ports.map((port, i) => ({ type: 'explain-port', port, role: i % 2 ? 'source' : 'destination', action: i % 3 ? 'deny' : 'allow' })));
      const bare = await timeRequests(page, ports.map(() => ({ type: 'knowledge-status' })));
      const s = (a: number[]) => [...a].sort((x, y) => x - y);
      lookup = {
        coldP50: round(percentile(s(cold), 50)), coldP95: round(percentile(s(cold), 95)),
        warmP50: round(percentile(s(warm), 50)), warmP95: round(percentile(s(warm), 95)),
        sidedP50: round(percentile(s(sided), 50)), sidedP95: round(percentile(s(sided), 95)),
        bareP50: round(percentile(s(bare), 50)), bareP95: round(percentile(s(bare), 95)),
      };
      lookup.warmP95OverBareP95 = round(lookup.warmP95 / lookup.bareP95);
      for (const extra of EXTRA_BENCHES) {
        // One bench that fails (a browser that died under load) is reported, and the others still run.
        try {
          results[extra.name] = await extra.run(session);
        } catch (error) {
          results[extra.name] = { failed: error instanceof Error ? error.message.split('\n')[0] : String(error) };
          console.error(`bench ${extra.name} failed:`, error);
        }
      }
    }
    await session.close();
  }
  results.seeding = { runsMs: seedRuns, medianMs: [...seedRuns].sort((a, b) => a - b)[1] };
  results.lookupRoundTripMs = {
    what: 'explain-port through messaging, 500 ports: cold (first ask), warm (asked again), sided (with role and action); bare = knowledge-status round trip',
    ...lookup,
  };

  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  console.log(`explain-port p95 (target 5 ms): cold ${lookup.coldP95} ms, warm ${lookup.warmP95} ms, with role and action ${lookup.sidedP95} ms`);
  for (const extra of EXTRA_BENCHES) {
    const r = results[extra.name] as { failed?: string } | undefined;
    if (r?.failed) console.log(`${extra.name}: failed (${r.failed})`);
    else if (extra.headline && r) console.log(extra.headline(r));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
