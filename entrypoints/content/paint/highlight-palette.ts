// The colours of the page's highlights, per palette, and which highlights the user's "kinds to
// mark" leave on. Tints are translucent so the page's own text colour stays readable on light and
// dark pages alike (test/unit/content/highlight-palette.test.ts checks AA contrast on both).
import type { MarkKinds, Palette } from '../../../components/options/page-settings';
import { HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';

/** Tint (r, g, b, alpha) and underline style per highlight name. */
export type Swatch = readonly [r: number, g: number, b: number, alpha: number, line: 'dotted' | 'solid' | 'wavy'];

export const PALETTE_SWATCHES: Record<Palette, Record<HighlightName, Swatch>> = {
  standard: {
    'portlens-ip': [31, 111, 235, 0.2, 'dotted'],
    'portlens-port': [26, 127, 55, 0.22, 'dotted'],
    'portlens-risk-medium': [212, 160, 23, 0.38, 'solid'],
    'portlens-risk-high': [207, 34, 46, 0.3, 'solid'],
    'portlens-risk-critical': [160, 0, 0, 0.42, 'wavy'],
    'portlens-packet': [130, 80, 223, 0.18, 'dotted'],
  },
  // Okabe & Ito's set, told apart by protan, deutan and tritan viewers: blue, bluish green,
  // orange, vermillion, reddish purple; the risk steps also differ in strength and underline.
  'colour-blind': {
    'portlens-ip': [0, 114, 178, 0.22, 'dotted'],
    'portlens-port': [0, 158, 115, 0.22, 'dotted'],
    'portlens-risk-medium': [230, 159, 0, 0.35, 'solid'],
    'portlens-risk-high': [213, 94, 0, 0.4, 'solid'],
    'portlens-risk-critical': [204, 121, 167, 0.55, 'wavy'],
    // Okabe & Ito's sky blue, dotted like the other kinds that are not a risk.
    'portlens-packet': [86, 180, 233, 0.25, 'dotted'],
  },
};

/** The highlights that stay on for the chosen kinds (packet fields have their own switch, off by default). */
export function visibleHighlights(marks: Pick<MarkKinds, 'addresses' | 'ports' | 'riskyPortsOnly'>, packetFields = false): Set<HighlightName> {
  return new Set(HIGHLIGHT_NAMES.filter((name) => {
    if (name === 'portlens-packet') return packetFields;
    if (name === 'portlens-ip') return marks.addresses;
    if (!marks.ports) return false;
    return name !== 'portlens-port' || !marks.riskyPortsOnly;
  }));
}

const rgba = ([r, g, b, a]: Swatch, alpha = a) => `rgba(${r},${g},${b},${alpha})`;

/**
 * `::highlight()` rules for the page (and each open shadow root we annotate): background only. A
 * text-decoration there makes Chromium repaint the whole Text node on every highlight change
 * (~400 ms for a 10 MB log instead of ~30 ms). In forced-colours mode tints are dropped by the
 * browser, so the system's Mark colours take over.
 */
export function highlightCss(palette: Palette): string {
  const swatches = PALETTE_SWATCHES[palette];
  const rules = HIGHLIGHT_NAMES.map((n) => `::highlight(${n}){background-color:${rgba(swatches[n])}}`);
  const forced = HIGHLIGHT_NAMES.map((n) => `::highlight(${n}){background-color:Mark;color:MarkText}`).join('');
  return `${rules.join('\n')}\n@media (forced-colors: active){${forced}}`;
}

/** The same colours for marks drawn over textareas (class names follow the highlight names); hidden kinds get none. */
export function markCss(palette: Palette, visible: ReadonlySet<HighlightName>): string {
  const swatches = PALETTE_SWATCHES[palette];
  const rules = HIGHLIGHT_NAMES.map((n) => {
    if (!visible.has(n)) return `mark.${n}{background:transparent;border-bottom:0}`;
    const s = swatches[n];
    return `mark.${n}{background:${rgba(s)};border-bottom:1px ${s[4] === 'wavy' ? 'solid' : s[4]} ${rgba(s, 0.95)}}`;
  });
  const forced = [...visible].map((n) => `mark.${n}{forced-color-adjust:none;background:transparent;border-bottom:2px solid Mark}`).join('');
  return `mark{color:transparent;border-radius:2px;padding:0;margin:0;font:inherit}\n${rules.join('\n')}\n@media (forced-colors: active){${forced}}`;
}
