import type { OwnerAnswer } from '../../knowledge';
// Narrow imports: these cards also render in the content script, which must not pull in the whole
// knowledge base (the index's tables) for two small lookups.
import { describeCountry } from '../../knowledge/owners/countries';
import { NETWORK_KINDS } from '../../knowledge/owners/network-kinds';
import { OwnerAttribution, type OwnerCredit } from './OwnerAttribution';
import { References } from './References';
import { useTranslate } from '../i18n/translate-context';


/** An owner answer, or 'pending' while the background is still looking (the owner data may be loading). */
export type OwnerLineState = OwnerAnswer | 'pending';

/**
 * Who owns an address: AS number and name, the country it is registered in (never "located"), the
 * kind of network and what that means, and the data date in small print. Nothing for special-purpose
 * addresses (the card explains those); a plain line when the owner data could not be loaded.
 */
export function OwnerLine({ answer, detailed = false, credit }: { answer: OwnerLineState; detailed?: boolean; credit?: OwnerCredit }) {
  const t = useTranslate();
  if (answer === 'pending') {
    return (
      <p class="pl-owner pl-owner-pending" data-testid="owner-line" aria-busy="true">
        {t('card_ownerPending')}
      </p>
    );
  }
  if (!answer.available) {
    return (
      <p class="pl-owner pl-owner-unavailable" data-testid="owner-line" title={answer.reason}>
        {t('card_ownerUnavailable')}
      </p>
    );
  }
  const owner = answer.owner;
  if (!owner) return null;
  const country = describeCountry(owner.country);
  const kind = owner.kind ? NETWORK_KINDS[owner.kind] : undefined;
  const block = owner.range.cidr ?? `${owner.range.first} – ${owner.range.last}`;
  return (
    <div class="pl-owner" data-testid="owner-line">
      <p class="pl-owner-main">
        {owner.asn !== null ? (
          <>
            <strong>AS{owner.asn}</strong> {owner.asName}
          </>
        ) : (
          <span>{t('card_ownerNoAs')}</span>
        )}
        {country && (
          <span class="pl-owner-country">
            {` · ${t('card_registeredIn')} `}
            <span aria-hidden="true">{country.flag}</span> {country.name}
          </span>
        )}
        {kind && (
          <span class="pl-owner-kind">
            {' · '}
            {owner.network ? `${kind.label}: ${owner.network.name}` : kind.label}
          </span>
        )}
      </p>
      {owner.note && <p class="pl-owner-note">{owner.note}</p>}
      {detailed && <p class="pl-owner-meta">{t('card_ownerBlock')} <code>{block}</code></p>}
      {detailed && owner.network && <References references={owner.network.references} />}
      {detailed && kind && !owner.network && <References references={kind.references} />}
      <OwnerAttribution dataDate={owner.dataDate} credit={credit} />
    </div>
  );
}
