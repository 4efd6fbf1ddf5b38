import type { CidrInfo } from '../../knowledge';
import type { OwnerCredit } from './OwnerAttribution';
import { OwnerLine, type OwnerLineState } from './OwnerLine';
import { References } from './References';

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
  return (
    <article class="pl-card" data-kind="cidr" aria-label={cidr.network}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{cidr.network}</h3>
        <span class={`pl-scope pl-scope-${cidr.classification.scope}`}>{cidr.classification.scope}</span>
      </header>
      <dl class="pl-facts">
        <div><dt>Addresses</dt><dd>{cidr.size}</dd></div>
        <div><dt>First</dt><dd>{cidr.first}</dd></div>
        <div><dt>Last</dt><dd>{cidr.last}</dd></div>
      </dl>
      <p class="pl-summary">{cidr.classification.summary}</p>
      {owner && <OwnerLine answer={owner} detailed={detailed} credit={ownerCredit} />}
      {cidr.overlaps.length > 0 ? (
        <>
          <p><strong>Overlaps special ranges:</strong></p>
          <ul class="pl-range-list">
            {cidr.overlaps.map((r) => (
              <li key={r.prefix}><code>{r.prefix}</code> {r.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>It overlaps no special-purpose range.</p>
      )}
      {detailed && cidr.classification.notes.map((n) => <p key={n} class="pl-note-line">{n}</p>)}
      {detailed && <References references={cidr.classification.references} />}
    </article>
  );
}
