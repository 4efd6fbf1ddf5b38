// Token detection (issue 4): finds ports, addresses, endpoints, CIDRs and port ranges in text.
export type { Token, TokenContext, TokenKind, TokenProtocol, TokenRole } from './types';
export { detectTokens, type DetectOptions } from './detect-tokens';
export { detectPacketFields } from './packet-fields';
export { searchQueryOf } from './search-query';
