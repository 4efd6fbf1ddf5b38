import { launchChromium } from '../test/e2e/browsers/chromium';
import { withFixtureServer } from './content/fixture-server';
const session = await launchChromium();
try {
  await withFixtureServer(async (url) => {
    const page = await session.context.newPage();
    await page.goto(`${url}/${process.argv[2]}`);
    await page.waitForTimeout(Number(process.argv[3] ?? 4000));
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((s, i) => { const n = byId.get(s)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000); });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log('total ms', Math.round(total));
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
  });
} finally { await session.close(); }
