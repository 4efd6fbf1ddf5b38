// A plain, independent reading of the @ip-location-db CSVs (the npm packages in node_modules), to
// check the compiled owner table against: the last row starting at or before an address holds it
// when the address is not past the row's end; a row that runs into the next one ends where it starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CsvRow {
  start: bigint;
  end: bigint;
  value: string;
  name?: string;
}

const DIR = join(process.cwd(), 'node_modules', '@ip-location-db');

export function readCsv(pkg: 'asn' | 'asn-country', version: 4 | 6): CsvRow[] {
  const file = `${pkg}-ipv${version}-num.csv`;
  const rows: CsvRow[] = [];
  for (const line of readFileSync(join(DIR, pkg, file), 'utf8').split('\n')) {
    if (!line) continue;
    const [start, end, value, ...rest] = line.split(',');
    let name = rest.join(',');
    if (name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replaceAll('""', '"');
    rows.push({ start: BigInt(start), end: BigInt(end), value, name: pkg === 'asn' ? name : undefined });
  }
  return rows;
}

export interface Covering {
  row: CsvRow | null;
  first: bigint;
  last: bigint;
}

/** The row holding the address (or the gap around it) and the block where that stays true. */
export function plainLookup(rows: readonly CsvRow[], address: bigint, top: bigint): Covering {
  let lo = -1;
  let hi = rows.length - 1;
  while (lo < hi) {
    const m = Math.ceil((lo + hi + 1) / 2);
    if (rows[m].start <= address) lo = m;
    else hi = m - 1;
  }
  const next = rows[lo + 1];
  const row = lo >= 0 ? rows[lo] : null;
  const effectiveEnd = row ? (next && next.start <= row.end ? next.start - 1n : row.end) : -1n;
  if (row && address <= effectiveEnd) return { row, first: row.start, last: effectiveEnd };
  return { row: null, first: row ? effectiveEnd + 1n : 0n, last: next ? next.start - 1n : top };
}
