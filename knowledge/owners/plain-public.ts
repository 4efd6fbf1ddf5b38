// A quick "is this a plain public address?" for owner lookups, built from the very tables
// classifyAddress matches against (COMPILED_RANGES: special-purpose and multicast), merged into
// sorted intervals. It only routes: an address it cannot vouch for goes through classifyAddress.
import { COMPILED_RANGES } from '../addresses/classify-address';

interface Intervals<T> {
  starts: T[];
  ends: T[];
}

function mergedIntervals(version: 4 | 6): Intervals<bigint> {
  const all = version === 4 ? 0xffffffffn : (1n << 128n) - 1n;
  const spans = COMPILED_RANGES.filter((c) => c.version === version)
    .map((c) => [c.network, c.network | (~c.mask & all)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Intervals<bigint> = { starts: [], ends: [] };
  for (const [start, end] of spans) {
    const last = out.ends.length - 1;
    if (last >= 0 && start <= out.ends[last] + 1n) {
      if (end > out.ends[last]) out.ends[last] = end;
    } else {
      out.starts.push(start);
      out.ends.push(end);
    }
  }
  return out;
}

const SPECIAL_V4 = (() => {
  const m = mergedIntervals(4);
  return { starts: m.starts.map(Number), ends: m.ends.map(Number) };
})();
const SPECIAL_V6 = mergedIntervals(6);

function inside<T extends number | bigint>(intervals: Intervals<T>, value: T): boolean {
  let lo = 0;
  let hi = intervals.starts.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >>> 1;
    if (value < intervals.starts[m]) hi = m - 1;
    else if (value > intervals.ends[m]) lo = m + 1;
    else return true;
  }
  return false;
}

/** True when no special-purpose or multicast row holds this IPv4 address (as a u32). */
export function isPlainPublicIPv4(value: number): boolean {
  return !inside(SPECIAL_V4, value);
}

/** True for global unicast IPv6 (2000::/3) that no special-purpose row holds. */
export function isPlainPublicIPv6(value: bigint): boolean {
  return value >> 125n === 1n && !inside(SPECIAL_V6, value);
}
