#!/usr/bin/env node
// Lists every compiled data set in assets/generated/ for the options page's Data section, so the
// versions, sizes and dates it shows come from the build, never from text typed into the UI.
// A data set is a JSON file there with `hash` and `sources` ([{ name, version, licence, url?,
// attribution?, use? }]); add `title` for its display name. Run after the asset builders.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATALOGUE_FILE = 'data-catalogue.json';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'assets', 'generated');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const datasets = [];
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.json') || file === CATALOGUE_FILE) continue;
  const path = join(dir, file);
  let asset;
  try {
    asset = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    continue; // not a data set
  }
  if (typeof asset?.hash !== 'string' || !Array.isArray(asset.sources)) continue;
  // A data set described by a side file (`shippedAs`) reports the shipped file's size and date.
  const shipped = typeof asset.shippedAs === 'string' ? asset.shippedAs : `data/${file}`;
  const shippedPath = typeof asset.shippedAs === 'string' ? join(dir, asset.shippedAs.replace(/^data\//, '')) : path;
  datasets.push({
    file: shipped,
    title: typeof asset.title === 'string' ? asset.title : file.replace(/\.json$/, ''),
    hash: asset.hash,
    bytes: statSync(shippedPath).size,
    builtAt: statSync(shippedPath).mtime.toISOString(),
    ...(typeof asset.dataDate === 'string' ? { dataDate: asset.dataDate } : {}),
    sources: asset.sources,
  });
}
// The libraries bundled into the extension, with the versions and licences npm installed.
const software = Object.keys(readJson(join(root, 'package.json')).dependencies ?? {}).sort().map((name) => {
  const pkg = readJson(join(root, 'node_modules', name, 'package.json'));
  return { name, version: pkg.version, licence: pkg.license ?? 'unknown', url: `https://www.npmjs.com/package/${name}` };
});
writeFileSync(join(dir, CATALOGUE_FILE), JSON.stringify({ format: 1, builtAt: new Date().toISOString(), datasets, software }, null, 1));
console.log(`${CATALOGUE_FILE}: ${datasets.length} data set(s): ${datasets.map((d) => d.file).join(', ')}`);
