// How the popup's search reads a token found on a page ("3389/tcp", "6881-6889", "10.0.0.0/8").
import type { Token } from './types';

export function searchQueryOf(token: Omit<Token, 'start' | 'end'>): string {
  switch (token.kind) {
    case 'port':
    case 'endpoint':
      return token.port === undefined ? token.text : token.protocol ? `${token.port}/${token.protocol}` : String(token.port);
    case 'port-range':
      return `${token.port}-${token.portEnd}`;
    case 'cidr':
      return `${token.address}/${token.prefixLength}`;
    default:
      return token.address ?? token.text;
  }
}
