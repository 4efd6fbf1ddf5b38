// The highlight palettes: text keeps WCAG AA contrast (4.5:1) on every tint, on light pages (dark
// text on white) and dark ones (light text on near-black); the colour-blind palette keeps its
// steps apart; switched-off kinds leave the drawn highlights.
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../components/options/page-settings';
import { HIGHLIGHT_NAMES } from '../../../entrypoints/content/paint/highlight-names';
import { PALETTE_SWATCHES, highlightCss, markCss, visibleHighlights, type Swatch } from '../../../entrypoints/content/paint/highlight-palette';

type Rgb = [number, number, number];
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const over = ([r, g, b, a]: Swatch, page: Rgb): Rgb => [r * a + page[0] * (1 - a), g * a + page[1] * (1 - a), b * a + page[2] * (1 - a)];

const LIGHT = { page: [255, 255, 255] as Rgb, text: [33, 33, 33] as Rgb };
const DARK = { page: [18, 18, 18] as Rgb, text: [230, 230, 230] as Rgb };

describe('highlight palettes', () => {
  for (const palette of PALETTES) {
    it(`${palette}: AA contrast for the page's text on every tint, light and dark`, () => {
      for (const name of HIGHLIGHT_NAMES) {
        const swatch = PALETTE_SWATCHES[palette][name];
        for (const { page, text } of [LIGHT, DARK]) expect(contrast(text, over(swatch, page)), `${palette} ${name}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('colour-blind: every colour is from the Okabe–Ito set, each kind its own', () => {
    const okabeIto = new Set(['230,159,0', '86,180,233', '0,158,115', '240,228,66', '0,114,178', '213,94,0', '204,121,167']);
    const colours = HIGHLIGHT_NAMES.map((n) => PALETTE_SWATCHES['colour-blind'][n].slice(0, 3).join(','));
    expect(colours.every((c) => okabeIto.has(c))).toBe(true);
    expect(new Set(colours).size).toBe(HIGHLIGHT_NAMES.length);
  });

  it('writes one ::highlight rule per name, with system colours in forced-colours mode', () => {
    const css = highlightCss('colour-blind');
    for (const n of HIGHLIGHT_NAMES) expect(css).toContain(`::highlight(${n}){background-color:rgba(`);
    expect(css).toMatch(/@media \(forced-colors: active\)\{::highlight\(portlens-ip\)\{background-color:Mark/);
  });
});

describe('kinds to mark', () => {
  it('shows addresses and every port level by default, and packet fields only when asked', () => {
    const byDefault = visibleHighlights({ addresses: true, ports: true, riskyPortsOnly: false });
    expect([...byDefault].sort()).toEqual(HIGHLIGHT_NAMES.filter((n) => n !== 'portlens-packet').sort());
    expect(visibleHighlights({ addresses: true, ports: true, riskyPortsOnly: false }, true).has('portlens-packet')).toBe(true);
    expect([...visibleHighlights({ addresses: false, ports: false, riskyPortsOnly: false }, true)]).toEqual(['portlens-packet']);
  });

  it('drops addresses, all ports, or only the ports of no particular risk', () => {
    expect(visibleHighlights({ addresses: false, ports: true, riskyPortsOnly: false }).has('portlens-ip')).toBe(false);
    expect([...visibleHighlights({ addresses: true, ports: false, riskyPortsOnly: true })]).toEqual(['portlens-ip']);
    expect([...visibleHighlights({ addresses: false, ports: true, riskyPortsOnly: true })]).toEqual(['portlens-risk-medium', 'portlens-risk-high', 'portlens-risk-critical']);
  });

  it('gives hidden kinds no colour over textareas either', () => {
    const css = markCss('standard', visibleHighlights({ addresses: false, ports: true, riskyPortsOnly: false }));
    expect(css).toContain('mark.portlens-ip{background:transparent;border-bottom:0}');
    expect(css).toMatch(/mark\.portlens-port\{background:rgba\(26,127,55,0\.22\)/);
  });
});
