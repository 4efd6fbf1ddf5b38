// The card of one packet field on a page (TTL=47, ID=54321, WINDOW=1024, "SYN URG PSH FIN"): what
// that field says first, then what the rest of the same packet adds (FAQ §9). Props only.
import type { PacketField, PacketFieldsExplanation } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { References } from './References';

export function PacketFieldCard({ field, explanation }: { field: PacketField; explanation: PacketFieldsExplanation }) {
  const t = useTranslate();
  const focus = explanation.notes.find((n) => n.field === field);
  if (!focus) return null;
  const rest = explanation.notes.filter((n) => n !== focus);
  return (
    <article class="pl-card" data-kind="packet" data-field={field} aria-label={focus.title}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{focus.title}</h3>
        {focus.suspicious && <span class="pl-risk pl-risk-high">{t('cards_packetSuspicious')}</span>}
      </header>
      <p class="pl-summary">{focus.detail}</p>
      {explanation.tool && <p class="pl-packet-tool">{t('cards_packetLikelyTool', explanation.tool)}</p>}
      {rest.length > 0 && (
        <dl class="pl-facts pl-packet-rest" aria-label={t('cards_packetRest')}>
          {rest.map((n) => (
            <div key={n.field} data-field={n.field} class={n.suspicious ? 'pl-packet-suspicious' : undefined}>
              <dt>{n.value}</dt>
              <dd>{n.title}</dd>
            </div>
          ))}
        </dl>
      )}
      <References references={focus.references} />
    </article>
  );
}
