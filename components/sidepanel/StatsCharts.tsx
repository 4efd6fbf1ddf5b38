// Stats in plain SVG: events over time (denied stacked at the bottom), top sources, top source
// networks (AS) and countries, top ports. Clicking a bar filters the table to it.
import type { LogStats } from '../../knowledge';
import type { OwnerBars } from './owner-charts';

const WIDTH = 320;

function timeLabel(ms: number, spanMs: number): string {
  const iso = new Date(ms).toISOString();
  return spanMs < 86_400_000 ? iso.slice(11, 16) : iso.slice(0, 10);
}

export function TimelineChart({ timeline }: { timeline: LogStats['timeline'] }) {
  if (timeline.length === 0) return <p class="pl-hint">No readable times, so no timeline.</p>;
  const height = 90;
  const plot = height - 16;
  const max = Math.max(1, ...timeline.map((b) => b.count));
  const barWidth = WIDTH / timeline.length;
  const bucketMs = timeline.length > 1 ? timeline[1].start - timeline[0].start : 0;
  const span = timeline[timeline.length - 1].start + bucketMs - timeline[0].start;
  const totalDenied = timeline.reduce((n, b) => n + b.denied, 0);
  return (
    <figure class="pl-chart">
      <figcaption>Events over time (UTC){totalDenied > 0 ? '; denied in red' : ''}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Timeline of ${timeline.length} buckets, busiest ${max} events`}>
        {timeline.map((b, i) => {
          const h = (b.count / max) * plot;
          const d = (b.denied / max) * plot;
          const x = i * barWidth;
          const w = Math.max(1, barWidth - 1);
          return (
            <g key={b.start}>
              <title>{`${new Date(b.start).toISOString().replace('T', ' ').slice(0, 19)}: ${b.count} events, ${b.denied} denied`}</title>
              <rect class="pl-bar-other" x={x} y={plot - h} width={w} height={Math.max(0, h - d)} />
              <rect class="pl-bar-denied" x={x} y={plot - d} width={w} height={d} />
            </g>
          );
        })}
        <text class="pl-axis" x={0} y={height - 2}>{timeLabel(timeline[0].start, span)}</text>
        <text class="pl-axis" x={WIDTH} y={height - 2} text-anchor="end">{timeLabel(timeline[timeline.length - 1].start, span)}</text>
      </svg>
    </figure>
  );
}

export interface BarItem {
  label: string;
  count: number;
  /** What picking the bar filters by, when not the label itself. */
  pick?: string;
}

export function TopBars({ title, items, onPick }: { title: string; items: readonly BarItem[]; onPick?(label: string): void }) {
  if (items.length === 0) return null;
  const rowHeight = 18;
  const labelWidth = 130;
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <figure class="pl-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${items.length * rowHeight}`} role="list" aria-label={title}>
        {items.map((item, i) => {
          const w = ((WIDTH - labelWidth - 44) * item.count) / max;
          const y = i * rowHeight;
          const pick = () => onPick?.(item.pick ?? item.label);
          return (
            <g
              key={item.label}
              role="listitem"
              class={onPick ? 'pl-bar-pick' : undefined}
              tabIndex={onPick ? 0 : undefined}
              aria-label={`${item.label}: ${item.count}`}
              onClick={pick}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), pick())}
            >
              <text class="pl-bar-label" x={labelWidth - 6} y={y + 13} text-anchor="end">{item.label.length > 22 ? `${item.label.slice(0, 21)}…` : item.label}</text>
              <rect class="pl-bar-other" x={labelWidth} y={y + 3} width={Math.max(1, w)} height={rowHeight - 6} />
              <text class="pl-bar-value" x={labelWidth + w + 4} y={y + 13}>{item.count}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const TEXT = {
  title: 'Stats',
  topSources: 'Top sources',
  topAs: 'Top source networks (AS)',
  topCountries: 'Top source countries (registered in)',
  topPorts: 'Top destination ports',
};

export interface StatsChartsProps {
  stats: LogStats;
  /** The sources by AS and country; a note instead (owners pending or unavailable) when a string. */
  owners?: OwnerBars | string;
  onPickSource(a: string): void;
  onPickPort(p: string): void;
  onPickOwner?(asn: string): void;
  onPickCountry?(code: string): void;
}

export function StatsCharts({ stats, owners, onPickSource, onPickPort, onPickOwner, onPickCountry }: StatsChartsProps) {
  const ports = stats.topDestinationPorts.map((p) => ({ label: p.protocol ? `${p.port}/${p.protocol}` : String(p.port), count: p.count }));
  const sources = stats.topSources.map((s) => ({ label: s.address, count: s.count }));
  const mix = Object.entries(stats.actions).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(' · ');
  return (
    <details class="pl-stats" open>
      <summary class="pl-section-title">{TEXT.title}</summary>
      <p class="pl-hint">{mix}</p>
      <TimelineChart timeline={stats.timeline} />
      <TopBars title={TEXT.topSources} items={sources} onPick={onPickSource} />
      {typeof owners === 'string' ? (
        <p class="pl-hint" id="pl-owner-charts-note">{owners}</p>
      ) : owners && (
        <>
          <TopBars title={TEXT.topAs} items={owners.byAs} onPick={onPickOwner} />
          <TopBars title={TEXT.topCountries} items={owners.byCountry} onPick={onPickCountry} />
        </>
      )}
      <TopBars title={TEXT.topPorts} items={ports} onPick={(label) => onPickPort(label.split('/')[0])} />
    </details>
  );
}
