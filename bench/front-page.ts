// Bench pages open as the front tab. Chromium draws a tab that is not in front about once a second
// (the onboarding tab the extension opens on install can be in front), so a bench on a back tab
// times that throttle rather than PortLens: screens marked "after 1 s", live ticks of 1 s.
import type { BrowserContext, Page } from 'playwright-core';

export async function newFrontPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.bringToFront();
  return page;
}
