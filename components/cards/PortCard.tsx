import type { PortExplanation } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { References } from './References';
import { RiskBadge } from './RiskBadge';
import { UserNoteLine } from './UserNoteLine';

export interface PortCardProps {
  explanation: PortExplanation;
  /** Show every curated fact, not only the top one (popup); the hover card keeps it short. */
  detailed?: boolean;
  /** The person's own note on this port. */
  note?: string | null;
}

export function PortCard({ explanation: e, detailed = false, note }: PortCardProps) {
  const t = useTranslate();
  const names = e.iana.filter((r) => r.names.length);
  const otherFacts = e.facts.slice(1, detailed ? 6 : 2);
  return (
    <article class="pl-card" data-kind="port" aria-label={e.title}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{e.title}</h3>
        <RiskBadge risk={e.risk} />
      </header>
      <UserNoteLine note={note} />
      {e.roleNote && <p class="pl-role">{e.roleNote}</p>}
      <p class="pl-outcome" data-outcome={e.outcome.kind}>
        {e.outcome.text}
      </p>
      <p class="pl-summary">{e.summary}</p>
      {e.probing && (
        <p>
          <strong>{t('card_whoProbes')} </strong>
          {e.probing}
        </p>
      )}
      <p>
        <strong>{t('card_whatToDo')} </strong>
        {e.advice}
      </p>
      {otherFacts.map((f) => (
        <p key={f.id} class="pl-more">
          <strong>{f.service}: </strong>
          {f.summary}
        </p>
      ))}
      {names.length > 0 && (
        <dl class="pl-iana">
          {names.map((r) => (
            <div key={`${r.protocol}-${r.range?.join('-') ?? r.port}`}>
              <dt>{t('card_ianaEntry', r.range ? `${r.range[0]}–${r.range[1]}` : r.port, r.protocol)}</dt>
              <dd>
                {r.names.join(', ')}
                {r.descriptions.length ? ` — ${r.descriptions.join('; ')}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p class="pl-ranges">{e.ranges.map((r) => `${r.name} (${r.ports[0]}–${r.ports[1]})`).join(' · ')}</p>
      {detailed && <References references={e.references} />}
    </article>
  );
}
