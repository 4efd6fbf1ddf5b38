// The card's name for what a token is.
import type { TokenKind } from '../../knowledge/tokens';

export function kindLabel(kind: TokenKind): string {
  switch (kind) {
    case 'port':
      return 'Port';
    case 'port-range':
      return 'Port range';
    case 'endpoint':
      return 'Address and port';
    case 'cidr':
      return 'Network (CIDR)';
    case 'ip-range':
      return 'Address range';
    case 'ipv6':
      return 'IPv6 address';
    case 'packet-field':
      return 'Packet field';
    default:
      return 'IPv4 address';
  }
}
