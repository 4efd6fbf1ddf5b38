// Plain-text notices about the input and the result.
import type { InputNotice } from './input-checks';

export function NoticeList({ notices }: { notices: readonly InputNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul class="pl-notices" aria-label="Notices">
      {notices.map((n) => (
        <li key={n.text} class={`pl-notice pl-notice-${n.level}`} role={n.level === 'error' ? 'alert' : undefined}>{n.text}</li>
      ))}
    </ul>
  );
}
