// The IANA port registry as compiled by scripts/build-port-asset.mjs, and the interface the
// rest of the knowledge base reads it through. The background serves it from IndexedDB; plain
// Node and tests use the in-memory version.
import type { IanaPortRecord, TransportProtocol } from '../types';

/** The compiled asset, exactly as written to assets/generated/iana-ports.json. */
export interface IanaPortAsset {
  format: 1;
  hash: string;
  sources: { name: string; version: string; licence: string; use?: string }[];
  protocols: TransportProtocol[];
  /** [port, protocolIndex, names, descriptions] */
  rows: [number, number, string[], string[]][];
  /** [first, last, protocolIndex, names, descriptions] */
  ranges: [number, number, number, string[], string[]][];
}

/** Where explainPort and search read IANA names from. May be sync or async. */
export interface IanaPortSource {
  /** Every registry row for this port (single-port rows and named ranges containing it). */
  lookup(port: number): IanaPortRecord[] | Promise<IanaPortRecord[]>;
  /** Rows whose name or description contains the text, best first. */
  findByName(text: string, limit: number): IanaPortRecord[] | Promise<IanaPortRecord[]>;
}

/** Rows grouped by port: the unit the background stores in IndexedDB. */
export interface IanaPortGroup {
  port: number;
  records: IanaPortRecord[];
}

export function decodeIanaAsset(asset: IanaPortAsset): { groups: IanaPortGroup[]; ranges: IanaPortRecord[] } {
  if (asset.format !== 1) throw new Error(`Unsupported IANA port asset format ${String(asset.format)}`);
  const byPort = new Map<number, IanaPortRecord[]>();
  for (const [port, proto, names, descriptions] of asset.rows) {
    const record: IanaPortRecord = { port, protocol: asset.protocols[proto], names, descriptions };
    const list = byPort.get(port);
    if (list) list.push(record);
    else byPort.set(port, [record]);
  }
  const ranges = asset.ranges.map(([first, last, proto, names, descriptions]): IanaPortRecord => ({
    port: first,
    protocol: asset.protocols[proto],
    names,
    descriptions,
    range: [first, last],
  }));
  const groups = [...byPort].map(([port, records]) => ({ port, records }));
  return { groups, ranges };
}

export function rangesContaining(ranges: readonly IanaPortRecord[], port: number): IanaPortRecord[] {
  return ranges.filter((r) => r.range && port >= r.range[0] && port <= r.range[1]);
}

/** Scores how well a row's names match a typed name: exact name 3, name prefix 2, contains 1. */
export function nameMatchScore(record: IanaPortRecord, needle: string): number {
  let best = 0;
  for (const name of record.names) {
    const n = name.toLowerCase();
    if (n === needle) return 3;
    if (n.startsWith(needle)) best = Math.max(best, 2);
    else if (n.includes(needle)) best = Math.max(best, 1);
  }
  if (best === 0 && needle.length >= 4 && record.descriptions.some((d) => d.toLowerCase().includes(needle))) best = 0.5;
  return best;
}

/** Picks the best rows for a name query from any list of rows. Shared by memory and IndexedDB sources. */
export function rankByName(records: Iterable<IanaPortRecord>, text: string, limit: number): IanaPortRecord[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const scored: { record: IanaPortRecord; score: number }[] = [];
  for (const record of records) {
    const score = nameMatchScore(record, needle);
    if (score > 0) scored.push({ record, score });
  }
  scored.sort((a, b) => b.score - a.score || a.record.port - b.record.port);
  return scored.slice(0, limit).map((s) => s.record);
}

/** An in-memory source over the decoded asset. */
export function createMemoryIanaSource(asset: IanaPortAsset): IanaPortSource {
  const { groups, ranges } = decodeIanaAsset(asset);
  const byPort = new Map(groups.map((g) => [g.port, g.records]));
  const all = groups.flatMap((g) => g.records).concat(ranges);
  return {
    lookup: (port) => [...(byPort.get(port) ?? []), ...rangesContaining(ranges, port)],
    findByName: (text, limit) => rankByName(all, text, limit),
  };
}
