// The CSS Custom Highlight names PortLens registers, and which one a token goes under: addresses
// in one, ports by risk level, so a risky port shows at a glance. Packet fields (TTL=, ID=, WINDOW=,
// TCP flags) have a name too, but are only painted when the person turns that on (paintPacketFields).
import type { Risk } from '../../../knowledge';
import type { TokenKind } from '../../../knowledge/tokens';

export const HIGHLIGHT_NAMES = ['portlens-ip', 'portlens-port', 'portlens-risk-medium', 'portlens-risk-high', 'portlens-risk-critical', 'portlens-packet'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/**
 * The knowledge base's risk for commonly seen ports (destination role), copied here so a page is
 * coloured at once (test/unit/content/port-risk-book.test.ts holds it equal to knowledge/); the
 * background's answer (port-risks) replaces the guess for every port it knows.
 */
export const LOCAL_PORT_RISK: ReadonlyMap<number, Risk> = new Map(
  // port:level, level m(edium) h(igh) c(ritical)
  '21m 22m 23m 25m 53m 80m 111m 135m 139m 161m 389m 443m 445c 1080m 1433h 1434m 1723m 1900m 2323h 2375c 3128m 3306h 3389h 4444m 5060h 5432h 5555c 5900h 5985h 6379c 7547h 8080m 8291h 8443m 9200c 10000h 11211h 27017c 37215h 52869h'
    .split(' ')
    .map((p): [number, Risk] => [parseInt(p, 10), ({ m: 'medium', h: 'high', c: 'critical' } as const)[p.slice(-1) as 'm' | 'h' | 'c']]),
);

export function localPortRisk(port: number): Risk {
  return LOCAL_PORT_RISK.get(port) ?? 'info';
}

export function nameForRisk(risk: Risk): HighlightName {
  switch (risk) {
    case 'critical':
      return 'portlens-risk-critical';
    case 'high':
      return 'portlens-risk-high';
    case 'medium':
      return 'portlens-risk-medium';
    default:
      return 'portlens-port';
  }
}

export function isPortKind(kind: TokenKind): boolean {
  return kind === 'port' || kind === 'port-range' || kind === 'endpoint';
}

/** The highlight for a token: addresses together, ports by the risk known so far, packet fields apart. */
export function highlightNameFor(kind: TokenKind, risk: Risk | undefined): HighlightName {
  return isPortKind(kind) ? nameForRisk(risk ?? 'info') : kind === 'packet-field' ? 'portlens-packet' : 'portlens-ip';
}

/** Class of a textarea mark that is hoverable but not coloured (packet fields while painting them is off). */
export const UNPAINTED_MARK = 'portlens-unpainted';

/** Background and underline per highlight name: risk shows at a glance. */
const COLOURS: [HighlightName, string, string][] = [
  ['portlens-ip', 'rgba(31,111,235,.2)', 'dotted rgba(31,111,235,.85)'],
  ['portlens-port', 'rgba(26,127,55,.22)', 'dotted rgba(26,127,55,.85)'],
  ['portlens-risk-medium', 'rgba(212,160,23,.38)', 'solid rgba(154,103,0,.9)'],
  ['portlens-risk-high', 'rgba(207,34,46,.3)', 'solid rgba(207,34,46,.95)'],
  ['portlens-risk-critical', 'rgba(160,0,0,.42)', 'wavy rgba(160,0,0,1)'],
  ['portlens-packet', 'rgba(130,80,223,.18)', 'dotted rgba(130,80,223,.8)'],
];

/**
 * `::highlight()` rules for the page (and for each open shadow root we annotate): background
 * only. A text-decoration there makes Chromium repaint the whole Text node on every highlight
 * change (~400 ms for a 10 MB log instead of ~30 ms).
 */
export const HIGHLIGHT_CSS = COLOURS.map(([n, bg]) => `::highlight(${n}){background-color:${bg}}`).join('\n');

/** The same colours for marks drawn over textareas (class names follow the highlight names). */
export const MARK_CSS = `mark{color:transparent;border-radius:2px;padding:0;margin:0;font:inherit}\nmark.${UNPAINTED_MARK}{background:none}\n${COLOURS.map(
  ([n, bg, line]) => `mark.${n}{background:${bg};border-bottom:1px ${line.replace('wavy', 'solid')}}`,
).join('\n')}`;
