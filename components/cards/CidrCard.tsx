import type { CidrInfo } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import type { OwnerCredit } from './OwnerAttribution';
import { OwnerLine, type OwnerLineState } from './OwnerLine';
import { References } from './References';
import { scopeLabel } from './scope-label';

/**
 * `owner`: the owner of the block's first address; when the block reaches past that registration,
 * the owner's note says how many blocks and ASes it spans, or that one AS holds all of it.
 */
export function CidrCard({
  cidr,
  detailed = false,
  owner,
  ownerCredit,
}: {
  cidr: CidrInfo;
  detailed?: boolean;
  owner?: OwnerLineState;
  ownerCredit?: OwnerCredit;
}) {
  const t = useTranslate();
  return (
    <article class="pl-card" data-kind="cidr" aria-label={cidr.network}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{cidr.network}</h3>
        <span class={`pl-scope pl-scope-${cidr.classification.scope}`}>{scopeLabel(t, cidr.classification.scope)}</span>
      </header>
      <dl class="pl-facts">
        <div><dt>{t('card_cidrAddresses')}</dt><dd>{cidr.size}</dd></div>
        <div><dt>{t('card_cidrFirst')}</dt><dd>{cidr.first}</dd></div>
        <div><dt>{t('card_cidrLast')}</dt><dd>{cidr.last}</dd></div>
      </dl>
      <p class="pl-summary">{cidr.classification.summary}</p>
      {owner && <OwnerLine answer={owner} detailed={detailed} credit={ownerCredit} />}
      {cidr.overlaps.length > 0 ? (
        <>
          <p><strong>{t('card_cidrOverlaps')}</strong></p>
          <ul class="pl-range-list">
            {cidr.overlaps.map((r) => (
              <li key={r.prefix}><code>{r.prefix}</code> {r.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('card_cidrNoOverlap')}</p>
      )}
      {detailed && cidr.classification.notes.map((n) => <p key={n} class="pl-note-line">{n}</p>)}
      {detailed && <References references={cidr.classification.references} />}
    </article>
  );
}
