// Benches beyond the knowledge base's own; each gets the running Chromium session.
import type { launchChromium } from '../test/e2e/browsers/chromium';
import { annotateBench } from './annotate-bench';
import { ownerBench } from './owner-bench';

export interface ExtraBench {
  name: string;
  run(session: Awaited<ReturnType<typeof launchChromium>>): Promise<unknown>;
}

export const EXTRA_BENCHES: ExtraBench[] = [annotateBench, ownerBench];
