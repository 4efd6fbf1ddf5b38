// Runs axe-core inside a page (popup, side panel, options, welcome page, the page card's frame) and returns the serious and
// critical violations, each as one readable line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page as PwPage } from 'playwright-core';
import type { AnyPage } from './extension-driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical axe violations on the page (or frame, e.g. the page card's) as it is now. */
export async function seriousViolations(page: AnyPage | { evaluate: AnyPage['evaluate'] }): Promise<string[]> {
  const p = page as PwPage;
  // Evaluated through the automation protocol, so the extension page's CSP does not block it.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const violations = (await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes[0]?.failureSummary ? ` (${v.nodes[0].failureSummary.replace(/\s+/g, ' ')})` : ''}`);
}

/** Whether the page sees prefers-color-scheme: dark. */
export const prefersDark = (page: AnyPage) => (page as PwPage).evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
