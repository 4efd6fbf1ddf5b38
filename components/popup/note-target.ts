// Which note a search result can carry: ports ("port:8443") and addresses ("addr:192.0.2.1").
import type { LookupResult } from '../../knowledge/search/owner-lookups';
import type { Translate } from '../i18n/messages';

export interface NoteTarget {
  key: string;
  /** Shown in the editor: "port 8443", "192.0.2.1". */
  label: string;
}

export function noteTargetFor(result: LookupResult | undefined, t: Translate): NoteTarget | null {
  if (!result) return null;
  if (result.kind === 'port') return { key: `port:${result.port}`, label: t('popup_noteTargetPort', result.port) };
  if (result.kind === 'address') return { key: `addr:${result.classification.address}`, label: result.classification.address };
  return null;
}
