import type { Reference } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';

/** Source labels as plain text: the extension never fetches them. */
export function References({ references }: { references: readonly Reference[] }) {
  const t = useTranslate();
  if (!references.length) return null;
  return (
    <p class="pl-refs">
      <span class="pl-refs-label">{t('card_sources')} </span>
      {references.map((r, i) => (
        <span key={r.label} title={r.url}>
          {i ? ' · ' : ''}
          {r.label}
        </span>
      ))}
    </p>
  );
}
