import type { PortFact, PortRangeInfo, Reference } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { References } from './References';
import { RiskBadge } from './RiskBadge';

export interface PortRangeCardProps {
  label: string;
  summary: string;
  facts: readonly PortFact[];
  ranges: readonly PortRangeInfo[];
  /** Adds the named service's advice and the sources. */
  detailed?: boolean;
}

export function PortRangeCard({ label, summary, facts, ranges, detailed = false }: PortRangeCardProps) {
  const t = useTranslate();
  const named = facts[0];
  const references: Reference[] = [];
  for (const r of facts.flatMap((f) => f.references)) if (!references.some((x) => x.label === r.label)) references.push(r);
  return (
    <article class="pl-card" data-kind="port-range" aria-label={label}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{label}</h3>
        {named && <RiskBadge risk={named.risk} />}
      </header>
      <p class="pl-summary">{summary}</p>
      {detailed && named?.probing && <p><strong>{t('card_whoProbes')} </strong>{named.probing}</p>}
      {detailed && named?.advice && <p><strong>{t('card_whatToDo')} </strong>{named.advice}</p>}
      {facts.slice(1, detailed ? undefined : 4).map((f) => (
        <p key={f.id} class="pl-more"><strong>{f.ports[0]}{f.ports[1] !== f.ports[0] ? `–${f.ports[1]}` : ''} {f.service}: </strong>{f.summary}</p>
      ))}
      <p class="pl-ranges">{ranges.map((r) => `${r.name} (${r.ports[0]}–${r.ports[1]})`).join(' · ')}</p>
      {detailed && <References references={references} />}
    </article>
  );
}
