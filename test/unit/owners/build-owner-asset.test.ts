// The owner asset build fails loudly on missing packages, too few rows and bad AS numbers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const VERSION = '2.3.2026061719';

function fakeRoot(asnV4Rows: string[] | null): string {
  const root = mkdtempSync(join(tmpdir(), 'portlens-owner-build-'));
  if (asnV4Rows === null) return root;
  const files: Record<string, Record<string, string>> = {
    asn: { 'asn-ipv4-num.csv': asnV4Rows.join('\n'), 'asn-ipv6-num.csv': '' },
    'asn-country': { 'asn-country-ipv4-num.csv': '16777216,16777471,AU\n', 'asn-country-ipv6-num.csv': '' },
  };
  for (const [pkg, contents] of Object.entries(files)) {
    const dir = join(root, 'node_modules', '@ip-location-db', pkg);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@ip-location-db/${pkg}`, version: VERSION }));
    for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  }
  return root;
}

function build(root: string) {
  const run = spawnSync(process.execPath, ['scripts/build-owner-asset.mjs'], { env: { ...process.env, PORTLENS_BUILD_ROOT: root }, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('build-owner-asset.mjs', () => {
  it('fails when the packages are not installed', () => {
    const run = build(fakeRoot(null));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/@ip-location-db\/asn is not installed/);
  });

  it('fails when the AS table holds too few rows', () => {
    const run = build(fakeRoot(['16777216,16777471,13335,"Cloudflare, Inc."']));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/asn4: only 1 rows, expected at least 300000/);
  });

  it('fails when an AS number is not an integer', () => {
    const run = build(fakeRoot(['16777216,16777471,13335,"Cloudflare, Inc."', '16778240,16779263,AS38803,Gtelecom Pty Ltd']));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/asn4 line 2: AS number "AS38803" is not an integer/);
  });
});
