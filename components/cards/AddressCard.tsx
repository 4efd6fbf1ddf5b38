import type { AddressClassification } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import type { OwnerCredit } from './OwnerAttribution';
import { OwnerLine, type OwnerLineState } from './OwnerLine';
import { References } from './References';
import { scopeLabel } from './scope-label';
import { UserNoteLine } from './UserNoteLine';

export function AddressCard({
  classification: c,
  detailed = false,
  note,
  owner,
  ownerCredit,
}: {
  classification: AddressClassification;
  detailed?: boolean;
  note?: string | null;
  /** Who owns the address, when the caller asked the background (omitted: no owner line). */
  owner?: OwnerLineState;
  ownerCredit?: OwnerCredit;
}) {
  const t = useTranslate();
  return (
    <article class="pl-card" data-kind="address" aria-label={c.address}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">
          {c.address}
          {c.prefixLength !== undefined ? `/${c.prefixLength}` : ''}
        </h3>
        <span class={`pl-scope pl-scope-${c.scope}`}>{scopeLabel(t, c.scope)}</span>
      </header>
      <UserNoteLine note={note} />
      <p class="pl-summary">{c.summary}</p>
      {owner && <OwnerLine answer={owner} detailed={detailed} credit={ownerCredit} />}
      {c.notes.map((n) => (
        <p key={n} class="pl-note-line">
          {n}
        </p>
      ))}
      {c.embedded.map((e) => (
        <p key={e.kind} class="pl-embedded">
          <strong>{e.kind}: </strong>
          {e.summary}
        </p>
      ))}
      {c.ranges.length > 0 && (
        <ul class="pl-range-list">
          {c.ranges.slice(0, detailed ? 8 : 3).map((r) => (
            <li key={r.prefix}>
              <code>{r.prefix}</code> {r.name}
            </li>
          ))}
        </ul>
      )}
      {detailed && <References references={c.references} />}
    </article>
  );
}
