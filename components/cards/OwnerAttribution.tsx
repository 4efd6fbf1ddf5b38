// The owner data's licence asks for this credit, with a link to DB-IP, wherever its answers are shown.
// One copy, used by the owner line, the AS card and the popup's result list.

import { useTranslate } from '../i18n/translate-context';

/**
 * 'full': the date and the credit with its link. 'date': the date alone, for cards inside a list whose
 * options may hold no link (a listbox option with a focusable link inside fails keyboard and screen
 * reader users); the list then shows the full credit once, below itself.
 */
export type OwnerCredit = 'full' | 'date';

export function OwnerAttribution({ dataDate, credit = 'full' }: { dataDate: string; credit?: OwnerCredit }) {
  const t = useTranslate();
  if (credit === 'date') return <p class="pl-owner-meta">{t('card_ownerDataDate', dataDate)}</p>;
  return (
    <p class="pl-owner-meta">
      {t('card_ownerDataAsOf', dataDate)}{' '}
      <a href="https://db-ip.com" target="_blank" rel="noopener noreferrer">DB-IP</a> {t('card_ownerDataSources')}
    </p>
  );
}
