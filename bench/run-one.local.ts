// scratch runner (not committed): runs named extra benches
import { launchChromium } from '../test/e2e/browsers/chromium';
import { annotateBench } from './annotate-bench';
import { viewportBench } from './content/viewport-bench';
import { liveBench } from './content/live-bench';
const all = { annotateBench, viewportBench, liveBench } as Record<string, { run(s: unknown): Promise<unknown> }>;
const session = await launchChromium();
try {
  for (const name of process.argv.slice(2)) console.log(name, JSON.stringify(await all[name].run(session), null, 1));
} finally { await session.close(); }
