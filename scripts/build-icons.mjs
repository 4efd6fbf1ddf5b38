#!/usr/bin/env node
// Rasterises the SVG master (assets/icons/portlens.svg) into the PNGs the manifest and the toolbar
// use, under assets/generated/icons/. Run at install and build time, like build-port-asset.mjs.
// @resvg/resvg-js: a complete SVG renderer (Rust resvg) shipped as prebuilt npm binaries, with no
// install script and no system library, so it installs the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_MASTER, iconFiles, svgForState } from '../assets/icons/icon-set.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const master = readFileSync(join(root, ICON_MASTER), 'utf8');

const outDir = join(root, 'assets', 'generated');
for (const { state, size, path } of iconFiles()) {
  const png = new Resvg(svgForState(master, state), { fitTo: { mode: 'width', value: size } }).render().asPng();
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
}
console.log(`icons: ${iconFiles().length} PNGs from ${ICON_MASTER}`);
