// knowledge/ is pure: bundled with esbuild for Node, it runs in plain Node with its data included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('knowledge bundled for plain Node', () => {
  it('answers the public API from a single esbuild bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portlens-knowledge-'));
    const bundle = join(dir, 'knowledge.mjs');
    await build({ entryPoints: ['knowledge/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import * as k from ${JSON.stringify(bundle)};
const port = await k.explainPort(31337);
const http = await k.explainPort(80, { protocol: 'tcp' });
const icq = await k.explainPort(4000, { protocol: 'udp', role: 'source' });
const addr = k.classifyAddress('100.64.1.1');
const icmp = k.explainIcmp(3, 4);
const found = await k.search('netbus');
const owner = await k.ipOwner('8.8.8.8');
console.log(JSON.stringify({ port: port.facts.map((f) => f.service), http: http.iana[0].names, icq: icq.title, scope: addr.scope, icmp: icmp.codeName, search: found.results[0].label, owner: [owner.asn, owner.asName, owner.country] }));`,
    );
    // Run from the temp dir so nothing resolves back into the project's node_modules.
    const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' }));
    expect(out.port.join(' ')).toMatch(/Back Orifice/);
    expect(out.http).toEqual(['http', 'www', 'www-http']);
    expect(out.icq).toMatch(/ICQ/);
    expect(out.scope).toBe('shared');
    expect(out.icmp).toMatch(/fragmentation/i);
    expect(out.search).toMatch(/12345/);
    expect(out.owner).toEqual([15169, 'Google LLC', 'US']);
  });
});
