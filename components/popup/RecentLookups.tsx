import { useTranslate } from '../i18n/translate-context';

export interface RecentLookupsProps {
  queries: readonly string[];
  onPick(query: string): void;
  onClear(): void;
}

/** The last lookups that found something, newest first. */
export function RecentLookups({ queries, onPick, onClear }: RecentLookupsProps) {
  const t = useTranslate();
  if (!queries.length) return null;
  return (
    <section class="pl-recent" aria-labelledby="pl-recent-title">
      <div class="pl-section-head">
        <h2 id="pl-recent-title" class="pl-section-title">{t('popup_recentTitle')}</h2>
        <button type="button" class="pl-link" onClick={onClear}>
          {t('popup_recentClear')}
        </button>
      </div>
      <ul class="pl-recent-list">
        {queries.map((q) => (
          <li key={q}>
            <button type="button" class="pl-chip" onClick={() => onPick(q)} aria-label={t('popup_lookUpAgain', q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
