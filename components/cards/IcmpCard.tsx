import type { IcmpExplanation } from '../../knowledge';
import { References } from './References';
import { RiskBadge } from './RiskBadge';

export function IcmpCard({ explanation: e, detailed = false }: { explanation: IcmpExplanation; detailed?: boolean }) {
  const title = `ICMP${e.version === 6 ? 'v6' : ''} type ${e.type}${e.code !== undefined ? ` code ${e.code}` : ''} — ${e.codeName ?? e.typeName}`;
  return (
    <article class="pl-card" data-kind="icmp" aria-label={title}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{title}</h3>
        <RiskBadge risk={e.risk} />
      </header>
      {e.deprecated && <p class="pl-role">Deprecated message type</p>}
      <p class="pl-summary">{e.summary}</p>
      {e.forensic && <p><strong>What it may mean: </strong>{e.forensic}</p>}
      {e.advice && <p><strong>What to do: </strong>{e.advice}</p>}
      {detailed && e.codes.length > 0 && (
        <details>
          <summary>All codes of type {e.type}</summary>
          <ul class="pl-range-list">
            {e.codes.map((c) => <li key={c.code}><code>{c.code}</code> {c.name}</li>)}
          </ul>
        </details>
      )}
      {detailed && <References references={e.references} />}
    </article>
  );
}
