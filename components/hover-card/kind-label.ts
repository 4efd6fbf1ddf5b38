// The card's name for what a token is, in the shown language.
import type { TokenKind } from '../../knowledge/tokens';
import type { MessageKey, Translate } from '../i18n/messages';

const KIND_KEYS: Record<TokenKind, MessageKey> = {
  port: 'pagecard_kind_port',
  'port-range': 'pagecard_kind_portRange',
  endpoint: 'pagecard_kind_endpoint',
  cidr: 'pagecard_kind_cidr',
  'ip-range': 'pagecard_kind_ipRange',
  ipv4: 'pagecard_kind_ipv4',
  ipv6: 'pagecard_kind_ipv6',
  'packet-field': 'pagecard_kind_packetField',
};

export function kindLabel(t: Translate, kind: TokenKind): string {
  return t(KIND_KEYS[kind] ?? 'pagecard_kind_ipv4');
}
