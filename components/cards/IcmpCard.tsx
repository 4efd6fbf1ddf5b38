import type { IcmpExplanation } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { References } from './References';
import { RiskBadge } from './RiskBadge';

export function IcmpCard({ explanation: e, detailed = false }: { explanation: IcmpExplanation; detailed?: boolean }) {
  const t = useTranslate();
  const protocol = e.version === 6 ? 'ICMPv6' : 'ICMP';
  const name = e.codeName ?? e.typeName;
  const title = e.code !== undefined ? t('card_icmpTypeCode', protocol, e.type, e.code, name) : t('card_icmpType', protocol, e.type, name);
  return (
    <article class="pl-card" data-kind="icmp" aria-label={title}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{title}</h3>
        <RiskBadge risk={e.risk} />
      </header>
      {e.deprecated && <p class="pl-role">{t('card_icmpDeprecated')}</p>}
      <p class="pl-summary">{e.summary}</p>
      {e.forensic && <p><strong>{t('card_whatItMayMean')} </strong>{e.forensic}</p>}
      {e.advice && <p><strong>{t('card_whatToDo')} </strong>{e.advice}</p>}
      {detailed && e.codes.length > 0 && (
        <details>
          <summary>{t('card_icmpAllCodes', e.type)}</summary>
          <ul class="pl-range-list">
            {e.codes.map((c) => <li key={c.code}><code>{c.code}</code> {c.name}</li>)}
          </ul>
        </details>
      )}
      {detailed && <References references={e.references} />}
    </article>
  );
}
