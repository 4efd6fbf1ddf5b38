// The icon master renders, and the "active" state is visibly different from the idle one: a green
// rim and the yellow highlight mark inside the lens.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_MASTER, iconFiles, svgForState } from '../../../assets/icons/icon-set.mjs';

const master = readFileSync(ICON_MASTER, 'utf8');
const SIZE = 128;

function render(state: 'idle' | 'active') {
  const image = new Resvg(svgForState(master, state), { fitTo: { mode: 'width', value: SIZE } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** RGBA at (x, y) of a 128 px rendering, in the master's own coordinates. */
const at = (pixels: Buffer, x: number, y: number) => [...pixels.subarray((y * SIZE + x) * 4, (y * SIZE + x) * 4 + 4)];

describe('icon master', () => {
  it('renders both states at the requested size', () => {
    for (const state of ['idle', 'active'] as const) expect(render(state)).toMatchObject({ width: SIZE, height: SIZE });
  });

  it('shows the state by colour and by shape', () => {
    const idle = render('idle').pixels;
    const active = render('active').pixels;
    // The rim at the lens's left edge (x 49, y 76): dark navy when idle, green when active.
    const [ir, ig, ib] = at(idle, 49, 76);
    const [ar, ag, ab] = at(active, 49, 76);
    expect(ib).toBeGreaterThan(ig);
    expect(ag).toBeGreaterThan(ar + 40);
    expect(ag).toBeGreaterThan(ab);
    expect(ir).toBeLessThan(60);
    // The lens centre: light glass when idle, the yellow highlight mark when active.
    const [, , glassBlue] = at(idle, 76, 76);
    const [markR, markG, markB] = at(active, 76, 76);
    expect(glassBlue).toBeGreaterThan(200);
    expect(markR).toBeGreaterThan(200);
    expect(markG).toBeGreaterThan(150);
    expect(markB).toBeLessThan(100);
  });

  it('lists every PNG the manifest and the toolbar need', () => {
    expect(iconFiles().map((f) => f.path)).toEqual([
      'icons/portlens-idle-16.png', 'icons/portlens-idle-32.png', 'icons/portlens-idle-48.png', 'icons/portlens-idle-128.png',
      'icons/portlens-active-16.png', 'icons/portlens-active-32.png',
    ]);
    expect(() => svgForState('<svg></svg>', 'active')).toThrow(/no <style>/);
  });
});
