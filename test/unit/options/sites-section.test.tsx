// @vitest-environment happy-dom
// The options page's Sites section over the real site registry (messaging/user-sites) on a fake
// browser: the sites the user added with their permission, and removal that gives it back.
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_SETTINGS_KEY, readPageSettings } from '../../../components/options/page-settings';
import { addUserSite, ALWAYS_ON_SITES_KEY, siteScriptId } from '../../../messaging/user-sites';
import { backgroundFor, bodyText, button, cleanup, fakeSitesBrowser, fireEvent, optionsDeps, renderOptions, waitFor } from './options-harness';

afterEach(cleanup);

async function browserWithSites() {
  const browser = fakeSitesBrowser();
  for (const origin of ['https://logs.example', 'http://nas.example:5000']) {
    await browser.api.permissions.request({ origins: [`${origin}/*`] });
    await addUserSite(browser.api, origin, origin.startsWith('https') ? Date.UTC(2026, 0, 2) : Date.UTC(2026, 5, 1));
  }
  return browser;
}

const siteSection = () => document.querySelector('#sites')!;
const hostSwitch = (host: string) => document.querySelector<HTMLInputElement>(`input[role="switch"][aria-label="PortLens runs on ${host}"]`)!;

describe('options: sites', () => {
  it('lists the sites the user added, oldest first, with their permission', async () => {
    const browser = await browserWithSites();
    browser.granted.delete('http://nas.example:5000/*'); // withdrawn in the browser's own settings
    renderOptions(optionsDeps(backgroundFor().send, {}, browser).deps);
    await waitFor(() => expect(siteSection().textContent).toMatch(/https:\/\/logs\.examplesince 2026-01-02permission granted.*http:\/\/nas\.example:5000since 2026-06-01permission withdrawn in the browser/));
  });

  it('removes a site together with its script and permission', async () => {
    const browser = await browserWithSites();
    renderOptions(optionsDeps(backgroundFor().send, {}, browser).deps);
    await waitFor(() => expect(button('Remove https://logs.example and its permission')).toBeTruthy());
    fireEvent.click(button('Remove https://logs.example and its permission'));
    await waitFor(() => expect(siteSection().querySelector('[role="status"]')?.textContent).toBe('https://logs.example removed; PortLens no longer has access to it.'));
    expect(browser.granted.has('https://logs.example/*')).toBe(false);
    expect(browser.scripts.has(siteScriptId('https://logs.example'))).toBe(false);
    expect(Object.keys(browser.local[ALWAYS_ON_SITES_KEY] as object)).toEqual(['http://nas.example:5000']);
    expect(siteSection().textContent).not.toMatch(/logs\.example since/);
  });

  it('explains how to add a site when there is none, and lists where PortLens runs by itself', async () => {
    renderOptions(optionsDeps(backgroundFor().send).deps);
    await waitFor(() => expect(siteSection().textContent).toMatch(/None yet\. To add one, open the site/));
    expect(siteSection().textContent).toMatch(/This computerlocalhost127\.0\.0\.1/);
    expect(bodyText()).toMatch(/Local network names ending in\.lan\.home\.arpa/);
    expect(hostSwitch('localhost').checked).toBe(true);
  });

  it('switches a default host off and on again, saved in storage.local for the content script', async () => {
    const browser = fakeSitesBrowser();
    renderOptions(optionsDeps(backgroundFor().send, {}, browser).deps);
    await waitFor(() => expect(hostSwitch('*.lan').disabled).toBe(false));
    fireEvent.click(hostSwitch('*.lan'));
    await waitFor(() => expect(readPageSettings(browser.local[PAGE_SETTINGS_KEY]).hostsOff).toEqual(['*.lan']));
    expect(hostSwitch('*.lan').checked).toBe(false);
    expect(hostSwitch('fritz.box').checked).toBe(true);
    fireEvent.click(hostSwitch('192.168.1.1'));
    fireEvent.click(hostSwitch('*.lan'));
    await waitFor(() => expect(readPageSettings(browser.local[PAGE_SETTINGS_KEY]).hostsOff).toEqual(['192.168.1.1']));
  });
});
