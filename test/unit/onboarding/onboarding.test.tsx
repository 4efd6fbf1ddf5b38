// @vitest-environment happy-dom
// The welcome page lists the sites PortLens runs on by itself straight from the content script's
// match patterns, explains the three places and the privacy model, and links the bundled demo.
import { cleanup, render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OnboardingApp } from '../../../components/onboarding/OnboardingApp';
import { describeDefaultSites, patternHost } from '../../../components/onboarding/default-sites';
import { ROUTER_MATCHES } from '../../../entrypoints/content/activation-matches';
import { CONTENT_SCRIPT_FILE, DEMO_PAGE } from '../../../messaging/extension-paths';

afterEach(cleanup);

describe('default sites', () => {
  it('reads each host once from the match patterns, grouped for people', () => {
    const sites = describeDefaultSites(['http://localhost/*', 'https://localhost/*', 'http://192.168.1.1/*', 'http://*.lan/*', 'https://*.lan/*', 'http://fritz.box/*', 'http://127.0.0.1/*', 'bogus']);
    expect(sites).toEqual({ loopback: ['localhost', '127.0.0.1'], addresses: ['192.168.1.1'], localSuffixes: ['.lan'], names: ['fritz.box'] });
    expect(patternHost('*://*.home.arpa/*')).toBe('*.home.arpa');
  });

  it('covers every host the content script is declared for', () => {
    const sites = describeDefaultSites(ROUTER_MATCHES);
    const listed = [...sites.loopback, ...sites.addresses, ...sites.localSuffixes.map((s) => `*${s}`), ...sites.names];
    expect(new Set(listed)).toEqual(new Set(ROUTER_MATCHES.map(patternHost)));
    expect(sites.localSuffixes).toEqual(expect.arrayContaining(['.local', '.lan', '.internal', '.home.arpa', '.localdomain']));
    expect(sites.loopback).toEqual(['localhost', '127.0.0.1']);
  });
});

describe('welcome page', () => {
  it('explains the three places, the privacy model and how to add a site, and opens the demo', () => {
    const { container } = render(
      <OnboardingApp sites={describeDefaultSites(ROUTER_MATCHES)} demoUrl="moz-extension://x/demo/router-demo.html" optionsUrl="moz-extension://x/options.html" iconUrl="i.png" annotateShortcut="Alt+Shift+P" />,
    );
    const text = container.textContent ?? '';
    for (const place of ['On the page', 'In the toolbar popup', 'In the side panel']) expect(text).toContain(place);
    expect(text).toMatch(/makes no network requests/);
    expect(text).toMatch(/Always on this site/);
    expect(text).toMatch(/Keyboard: Alt\+Shift\+P annotates the current page/);
    expect(container.querySelector('#pl-default-sites')?.textContent).toMatch(/This computer: localhost, 127\.0\.0\.1.*Local network names ending in: \.lan, \.home\.arpa, \.local, \.localdomain, \.internal/);
    expect(container.querySelector('#pl-open-demo')?.getAttribute('href')).toBe('moz-extension://x/demo/router-demo.html');
  });

  it('leaves the shortcut out when the browser has none set', () => {
    const { container } = render(<OnboardingApp sites={describeDefaultSites([])} demoUrl="d" optionsUrl="o" iconUrl="i" annotateShortcut="" />);
    expect(container.textContent).not.toMatch(/Keyboard:/);
  });
});

describe('the one demo page', () => {
  it('loads, inside the extension, the very file the content script is built to', () => {
    const loader = readFileSync('demo/annotate-in-extension.js', 'utf8');
    expect(loader).toContain(`script.src = '${CONTENT_SCRIPT_FILE}'`);
    expect(readFileSync('demo/router-demo.html', 'utf8')).toContain('<script src="annotate-in-extension.js" defer></script>');
    expect(DEMO_PAGE).toBe('/demo/router-demo.html');
  });
});

describe('README privacy section', () => {
  it('names every kind of host the content script runs on without asking', () => {
    const readme = readFileSync('README.md', 'utf8');
    const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('## Permissions, and why'));
    const sites = describeDefaultSites(ROUTER_MATCHES);
    for (const host of [...sites.loopback, ...sites.localSuffixes]) expect(privacy, host).toContain(`\`${host}\``);
    expect(privacy).toMatch(/every port/);
    expect(privacy).not.toMatch(/no access to websites at install time/);
  });
});
