// The top sources by AS and by registration country: events counted per distinct sender in one pass
// over the source column, then added up per owner, so 100,000 events cost one loop, one map lookup
// per sender and a label per distinct owner.
import type { EventStore } from '../../knowledge';
import { describeCountry } from '../../knowledge/owners/countries';
import { asLabel, type AddressOwner, type OwnerState } from './source-owners';
import type { BarItem } from './StatsCharts';

/** Bars shown per chart. */
export const TOP_OWNER_BARS = 8;

export interface OwnerBars {
  byAs: BarItem[];
  byCountry: BarItem[];
}

function top(counts: Map<string, BarItem>, limit: number): BarItem[] {
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, limit);
}

function add(counts: Map<string, BarItem>, key: string, label: string, pick: string, n: number) {
  const bar = counts.get(key);
  if (bar) bar.count += n;
  else counts.set(key, { label, count: n, pick });
}

/** Events per source AS and per source country, busiest first; empty until owners are known. */
export function ownerBars(store: EventStore, owners: OwnerState, limit = TOP_OWNER_BARS): OwnerBars {
  if (owners.status !== 'ready') return { byAs: [], byCountry: [] };
  const src = store.column('src');
  const perSender = new Int32Array(store.pool.size);
  for (let i = 0; i < store.length; i++) if (src[i] >= 0) perSender[src[i]]++;
  // Senders share owner objects (one per distinct owner in the answer): count per owner first, then
  // label the few owners, not the many senders.
  const perOwner = new Map<AddressOwner, number>();
  perSender.forEach((n, id) => {
    if (n === 0) return;
    const owner = owners.byAddress.get(store.pool.get(id));
    if (owner) perOwner.set(owner, (perOwner.get(owner) ?? 0) + n);
  });
  const byAs = new Map<string, BarItem>();
  const byCountry = new Map<string, BarItem>();
  perOwner.forEach((n, owner) => {
    if (owner.asn !== null) add(byAs, String(owner.asn), asLabel(owner.asn, owner.asName), `AS${owner.asn}`, n);
    const country = describeCountry(owner.country);
    if (country) add(byCountry, country.code, `${country.name} (${country.code})`, country.code, n);
  });
  return { byAs: top(byAs, limit), byCountry: top(byCountry, limit) };
}
