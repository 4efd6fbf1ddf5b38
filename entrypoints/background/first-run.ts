// On first install, open the onboarding page: where PortLens works, what it keeps private, which
// sites are on by default. Updates and browser restarts open nothing.
import { ONBOARDING_PAGE } from '../../messaging/extension-paths';

export interface FirstRunApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

export function registerFirstRun(api: FirstRunApi): void {
  api.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    api.tabs.create({ url: api.runtime.getURL(ONBOARDING_PAGE) }).catch((e) => console.error('PortLens: could not open the welcome page', e));
  });
}
