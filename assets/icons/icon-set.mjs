// The icon files PortLens ships, shared by the rasteriser (scripts/build-icons.mjs), the manifest
// (wxt.config.ts) and the background, which swaps the toolbar icon while a page is annotated.

/** The one drawing every PNG is made from. */
export const ICON_MASTER = 'assets/icons/portlens.svg';

/** Manifest icon sizes (extensions page, store, permission prompts). */
export const ICON_SIZES = [16, 32, 48, 128];
/** Toolbar sizes (1x and 2x displays). */
export const TOOLBAR_SIZES = [16, 32];

/**
 * Each state is the master plus a few style rules: "active" turns the rim green and shows the
 * highlight mark, so the state reads by shape as well as by colour.
 */
export const ICON_STATES = {
  idle: '',
  active: '.rim { stroke: #0b6b35; } .glass { fill: #e9fbe9; fill-opacity: 1; } .mark { display: inline; }',
};

/** The master drawing with a state's style rules added after its own (later rules win). */
export function svgForState(svg, state) {
  const extra = ICON_STATES[state];
  if (extra === undefined) throw new Error(`unknown icon state ${state}`);
  if (!svg.includes('</style>')) throw new Error('the icon master has no <style> element to extend');
  return extra ? svg.replace('</style>', `${extra}\n</style>`) : svg;
}

/** Path of a PNG inside the built extension, e.g. "icons/portlens-idle-16.png". */
export function iconPath(state, size) {
  return `icons/portlens-${state}-${size}.png`;
}

/** { "16": "icons/portlens-idle-16.png", … } for a manifest `icons` or `default_icon` key. */
export function iconMap(state, sizes) {
  return Object.fromEntries(sizes.map((size) => [String(size), iconPath(state, size)]));
}

/** Every PNG the build makes: the manifest sizes of the idle icon and the toolbar sizes of each other state. */
export function iconFiles() {
  const files = ICON_SIZES.map((size) => ({ state: 'idle', size }));
  for (const state of Object.keys(ICON_STATES)) {
    if (state !== 'idle') for (const size of TOOLBAR_SIZES) files.push({ state, size });
  }
  return files.map((f) => ({ ...f, path: iconPath(f.state, f.size) }));
}
