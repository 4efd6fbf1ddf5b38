import type { OwnerAnswer } from '../../knowledge';
// Narrow imports: these cards also render in the content script, which must not pull in the whole
// knowledge base (the index's tables) for two small lookups.
import { describeCountry } from '../../knowledge/owners/countries';
import { NETWORK_KINDS } from '../../knowledge/owners/network-kinds';
import { References } from './References';

/** The data's licence asks for this credit, with a link to DB-IP, wherever results are shown. */
function Attribution({ dataDate }: { dataDate: string }) {
  return (
    <p class="pl-owner-meta">
      IP-to-AS data as of {dataDate}:{' '}
      <a href="https://db-ip.com" target="_blank" rel="noopener noreferrer">DB-IP</a> and RouteViews, CC BY 4.0; country: the regional
      Internet registries via the NRO.
    </p>
  );
}

/**
 * Who owns an address: AS number and name, the country it is registered in (never "located"), the
 * kind of network and what that means, and the data date in small print. Nothing for special-purpose
 * addresses (the card explains those); a plain line when the owner data could not be loaded.
 */
export function OwnerLine({ answer, detailed = false }: { answer: OwnerAnswer; detailed?: boolean }) {
  if (!answer.available) {
    return (
      <p class="pl-owner pl-owner-unavailable" data-testid="owner-line" title={answer.reason}>
        Owner data unavailable.
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
          <span>No registry lists an AS for this block</span>
        )}
        {country && (
          <span class="pl-owner-country">
            {' · registered in '}
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
      {detailed && <p class="pl-owner-meta">Registered block: <code>{block}</code></p>}
      {detailed && owner.network && <References references={owner.network.references} />}
      {detailed && kind && !owner.network && <References references={kind.references} />}
      <Attribution dataDate={owner.dataDate} />
    </div>
  );
}
