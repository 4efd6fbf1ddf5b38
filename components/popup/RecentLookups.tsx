export interface RecentLookupsProps {
  queries: readonly string[];
  onPick(query: string): void;
  onClear(): void;
}

/** The last lookups that found something, newest first. */
export function RecentLookups({ queries, onPick, onClear }: RecentLookupsProps) {
  if (!queries.length) return null;
  return (
    <section class="pl-recent" aria-labelledby="pl-recent-title">
      <div class="pl-section-head">
        <h2 id="pl-recent-title" class="pl-section-title">Recent lookups</h2>
        <button type="button" class="pl-link" onClick={onClear}>
          Clear
        </button>
      </div>
      <ul class="pl-recent-list">
        {queries.map((q) => (
          <li key={q}>
            <button type="button" class="pl-chip" onClick={() => onPick(q)} aria-label={`Look up ${q} again`}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
