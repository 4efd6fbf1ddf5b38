// The badge naming an address's kind ("private", "loopback"), in the shown language.
import type { AddressScope } from '../../knowledge';
import type { MessageKey, Translate } from '../i18n/messages';

const SCOPE_LABELS: Record<AddressScope, MessageKey> = {
  public: 'scope_public',
  private: 'scope_private',
  shared: 'scope_shared',
  loopback: 'scope_loopback',
  'link-local': 'scope_linkLocal',
  multicast: 'scope_multicast',
  broadcast: 'scope_broadcast',
  unspecified: 'scope_unspecified',
  documentation: 'scope_documentation',
  benchmarking: 'scope_benchmarking',
  reserved: 'scope_reserved',
  'unique-local': 'scope_uniqueLocal',
  translation: 'scope_translation',
  tunnel: 'scope_tunnel',
  anycast: 'scope_anycast',
  discard: 'scope_discard',
};

export const scopeLabel = (t: Translate, scope: AddressScope): string => t(SCOPE_LABELS[scope]);
