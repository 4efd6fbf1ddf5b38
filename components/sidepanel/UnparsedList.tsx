// Lines the analysis could not read, each with the reason; closed by default, capped on screen.
import type { UnparsedLine } from '../../knowledge';
import { formatCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';
import { clip } from './event-cells';

export const SHOWN_UNPARSED = 200;

export function UnparsedList({ unparsed }: { unparsed: readonly UnparsedLine[] }) {
  const t = useTranslate();
  if (unparsed.length === 0) return null;
  const shown = unparsed.slice(0, SHOWN_UNPARSED);
  const reasons = new Map<string, number>();
  for (const u of unparsed) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  return (
    <details class="pl-unparsed">
      <summary class="pl-section-title">{t('sidepanel_unparsedTitle', formatCount(t, unparsed.length))}</summary>
      <p class="pl-hint">
        {[...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason}: ${formatCount(t, n)}`).join(' · ')}
      </p>
      <ol class="pl-evidence">
        {shown.map((u) => (
          <li key={u.line}>
            <span class="pl-line-no">{u.line}</span>
            <span class="pl-reason">{u.reason}</span>
            <code class="pl-raw">{clip(u.text)}</code>
          </li>
        ))}
      </ol>
      {unparsed.length > shown.length && (
        <p class="pl-hint">{t('sidepanel_unparsedShowing', formatCount(t, shown.length), formatCount(t, unparsed.length))}</p>
      )}
    </details>
  );
}
