// Benches beyond the knowledge base's own; each gets the running Chromium session (the log engine's
// bench runs in Node and with psad, and does not use it). PORTLENS_BENCHES=name,name runs only those.
import type { launchChromium } from '../test/e2e/browsers/chromium';
import { annotateBench } from './annotate-bench';
import { viewportBench } from './content/viewport-bench';
import { liveBench } from './content/live-bench';
import { longLineBench } from './content/long-line-bench';
import { logBench } from './log-bench';
import { sidePanelBench } from './sidepanel-bench';
import { sidePanelOwnerBench } from './sidepanel-owner-bench';
import { ownerBench } from './owner-bench';
import { sizeBench } from './content/size-bench';

export interface ExtraBench {
  name: string;
  run(session: Awaited<ReturnType<typeof launchChromium>>): Promise<unknown>;
  /** One line with the figures that matter, printed after the JSON. */
  headline?(result: unknown): string;
}

const ALL: ExtraBench[] = [sizeBench, annotateBench, viewportBench, liveBench, longLineBench, ownerBench, logBench, sidePanelBench, sidePanelOwnerBench];
const chosen = process.env.PORTLENS_BENCHES?.split(',').map((n) => n.trim()).filter(Boolean);

export const EXTRA_BENCHES: ExtraBench[] = chosen ? ALL.filter((b) => chosen.includes(b.name)) : ALL;
