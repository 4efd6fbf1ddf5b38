import { useTranslate } from '../i18n/translate-context';

/** The person's own note on a port or address, shown on its card. */
export function UserNoteLine({ note }: { note?: string | null }) {
  const t = useTranslate();
  if (!note) return null;
  return (
    <p class="pl-user-note" data-testid="user-note">
      <strong>{t('card_yourNote')} </strong>
      {note}
    </p>
  );
}
