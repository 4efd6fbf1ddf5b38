// Token detection (issue 4): finds ports, addresses, endpoints, CIDRs and port ranges in text.
export type { Token, TokenContext, TokenKind, TokenProtocol, TokenRole } from './types';
export { detectTokens } from './detect-tokens';
export { searchQueryOf } from './search-query';
