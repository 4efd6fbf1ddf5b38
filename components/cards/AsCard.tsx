// One autonomous system from the owner data: number and name, the country its blocks are registered
// in (never "located"), the kind of network and what that means for the reader, and how many address
// blocks it holds. The same pieces and credit as the owner line, so both read alike.
import type { AsDirectoryEntry } from '../../knowledge';
// Narrow imports, as in OwnerLine: the whole knowledge index is not needed for two small tables.
import { describeCountry } from '../../knowledge/owners/countries';
import { NETWORK_KINDS } from '../../knowledge/owners/network-kinds';
import { OwnerAttribution, type OwnerCredit } from './OwnerAttribution';
import { References } from './References';
import { formatCount, translateCount } from '../i18n/messages';
import { useTranslate } from '../i18n/translate-context';


export interface AsCardProps {
  entry: AsDirectoryEntry;
  /** Date of the owner data the entry comes from. */
  dataDate: string;
  detailed?: boolean;
  credit?: OwnerCredit;
}

export function AsCard({ entry, dataDate, detailed = false, credit }: AsCardProps) {
  const t = useTranslate();
  const country = describeCountry(entry.country);
  const kind = entry.kind ? NETWORK_KINDS[entry.kind] : undefined;
  return (
    <article class="pl-card" data-kind="as" aria-label={`AS${entry.asn} ${entry.name}`}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">
          AS{entry.asn} <span class="pl-as-name">{entry.name}</span>
        </h3>
        <span class="pl-scope">{kind ? kind.label : t('card_asBadge')}</span>
      </header>
      <p class="pl-owner-main">
        {country ? (
          <span class="pl-owner-country">
            {`${t('card_registeredIn')} `}
            <span aria-hidden="true">{country.flag}</span> {country.name}
            {detailed && ` ${t('card_asMostBlocks')}`}
          </span>
        ) : (
          <span>{t('card_asNoCountry')}</span>
        )}
        {/* The badge already names the kind; the curated entry says which network it is. */}
        {entry.network && <span class="pl-owner-kind">{` · ${entry.network.name}`}</span>}
      </p>
      {entry.note && <p class="pl-owner-note">{entry.note}</p>}
      <dl class="pl-facts">
        <div>
          <dt>{t('card_asIpv4Blocks')}</dt>
          <dd>
            {formatCount(t, entry.ranges.v4)}
            {entry.ipv4Addresses > 0 && ` ${translateCount(t, 'card_asIpv4Addresses', entry.ipv4Addresses)}`}
          </dd>
        </div>
        <div>
          <dt>{t('card_asIpv6Blocks')}</dt>
          <dd>{formatCount(t, entry.ranges.v6)}</dd>
        </div>
      </dl>
      {detailed && entry.network && <References references={entry.network.references} />}
      {detailed && kind && !entry.network && <References references={kind.references} />}
      <OwnerAttribution dataDate={dataDate} credit={credit} />
    </article>
  );
}
