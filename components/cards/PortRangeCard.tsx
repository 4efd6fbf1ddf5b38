import type { PortFact, PortRangeInfo } from '../../knowledge';

export function PortRangeCard({ label, summary, facts, ranges }: { label: string; summary: string; facts: readonly PortFact[]; ranges: readonly PortRangeInfo[] }) {
  return (
    <article class="pl-card" data-kind="port-range" aria-label={label}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{label}</h3>
      </header>
      <p class="pl-summary">{summary}</p>
      {facts.slice(1).map((f) => (
        <p key={f.id} class="pl-more"><strong>{f.ports[0]}{f.ports[1] !== f.ports[0] ? `–${f.ports[1]}` : ''} {f.service}: </strong>{f.summary}</p>
      ))}
      <p class="pl-ranges">{ranges.map((r) => `${r.name} (${r.ports[0]}–${r.ports[1]})`).join(' · ')}</p>
    </article>
  );
}
