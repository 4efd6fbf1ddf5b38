// The registry of sites the user switched on: the stored entry, the registered script and the host
// permission stay together, and a damaged stored list never becomes a script or a link.
import { describe, expect, it } from 'vitest';
import { addUserSite, ALWAYS_ON_SITES_KEY, cleanOrigin, listUserSites, readAlwaysOnSites, removeUserSite, siteScriptId } from '../../../messaging/user-sites';
import { fakeSitesBrowser } from '../options/options-harness';

describe('user sites', () => {
  it('adds, lists and removes a site with its script and permission', async () => {
    const b = fakeSitesBrowser();
    await b.api.permissions.request({ origins: ['https://fw.example/*'] });
    await addUserSite(b.api, 'https://fw.example', 1_700_000_000_000);
    expect(b.scripts.get(siteScriptId('https://fw.example'))).toEqual(['https://fw.example/*']);
    expect(await listUserSites(b.api)).toEqual([{ origin: 'https://fw.example', since: 1_700_000_000_000, granted: true }]);
    await removeUserSite(b.api, 'https://fw.example');
    expect(await listUserSites(b.api)).toEqual([]);
    expect(b.granted.size + b.scripts.size).toBe(0);
  });

  it('gives the permission back when the script cannot be registered', async () => {
    const b = fakeSitesBrowser();
    await b.api.permissions.request({ origins: ['https://fw.example/*'] });
    b.api.scripting.registerContentScripts = async () => Promise.reject(new Error('Could not load file'));
    await expect(addUserSite(b.api, 'https://fw.example')).rejects.toThrow(/Could not load file/);
    expect(b.granted.has('https://fw.example/*')).toBe(false);
    expect(await listUserSites(b.api)).toEqual([]);
  });

  it('drops stored entries that are not http(s) origins with a date', async () => {
    const b = fakeSitesBrowser();
    b.local[ALWAYS_ON_SITES_KEY] = { 'javascript:alert(1)': { since: 1 }, 'https://ok.example': { since: 5 }, 'https://no-date.example': {}, 'https://x.example/path': { since: 1 } };
    expect(await readAlwaysOnSites(b.api)).toEqual({ 'https://ok.example': { id: siteScriptId('https://ok.example'), since: 5 } });
    expect(cleanOrigin('http://nas.example:5000')).toBe('http://nas.example:5000');
    expect(cleanOrigin('file:///etc/passwd')).toBeNull();
  });
});
