import type { Reference } from '../../knowledge';

/** Source labels as plain text: the extension never fetches them. */
export function References({ references }: { references: readonly Reference[] }) {
  if (!references.length) return null;
  return (
    <p class="pl-refs">
      <span class="pl-refs-label">Sources: </span>
      {references.map((r, i) => (
        <span key={r.label} title={r.url}>
          {i ? ' · ' : ''}
          {r.label}
        </span>
      ))}
    </p>
  );
}
