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
