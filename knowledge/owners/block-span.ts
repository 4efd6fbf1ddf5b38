// What a CIDR block covers in the AS table: how many blocks of the data and how many different ASes.
// It tells "one owner throughout" from "several owners" when someone looks up a whole block.
import type { OwnerDatabase } from './owner-database';
import { findEntry, wordsOf } from './range-table';

export interface AsSpan {
  /** Entries of the AS table the block touches. */
  blocks: number;
  /** Different AS numbers among them. */
  asCount: number;
  /** Some of the block has no AS listed. */
  unlisted: boolean;
}

export function asSpanOf(db: OwnerDatabase, version: 4 | 6, first: bigint, last: bigint): AsSpan {
  const table = version === 4 ? db.asset.asn4 : db.asset.asn6;
  const from = findEntry(table, wordsOf(version, first));
  const to = findEntry(table, wordsOf(version, last));
  const seen = new Set<number>();
  let unlisted = false;
  for (let i = from; i <= to; i++) {
    const value = table.values[i];
    if (value) seen.add(value);
    else unlisted = true;
  }
  return { blocks: to - from + 1, asCount: seen.size, unlisted };
}

/** The note for a block that spans more than one registration: one AS throughout, or how many. */
export function spanNote(prefixLength: number, span: AsSpan): string {
  const head = `The /${prefixLength} block spans more than one registration`;
  if (span.asCount === 1 && !span.unlisted) return `${head}, all of it held by this AS; the country shown is that of its first address.`;
  const blocks = `${span.blocks.toLocaleString('en')} blocks in the data`;
  const holders =
    span.asCount === 0
      ? 'none with an AS listed'
      : `held by ${span.asCount.toLocaleString('en')} AS${span.asCount === 1 ? '' : 'es'}${span.unlisted ? ', some with no AS listed' : ''}`;
  return `${head} (${blocks}, ${holders}); this is the owner of its first address.`;
}
