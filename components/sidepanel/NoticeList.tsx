// Plain-text notices about the input and the result.
import { useTranslate } from '../i18n/translate-context';
import type { InputNotice } from './input-checks';

export function NoticeList({ notices }: { notices: readonly InputNotice[] }) {
  const t = useTranslate();
  if (notices.length === 0) return null;
  return (
    <ul class="pl-notices" aria-label={t('sidepanel_noticesLabel')}>
      {notices.map((n) => (
        <li key={n.text} class={`pl-notice pl-notice-${n.level}`} role={n.level === 'error' ? 'alert' : undefined}>{n.text}</li>
      ))}
    </ul>
  );
}
