// Describes a CIDR block: normalised network, size, first/last address and the special-purpose or
// multicast rows it overlaps.
import type { AddressRange, CidrInfo } from '../types';
import { COMPILED_RANGES, bitsOf, classifyAddress, formatAddress, maskOf, parseAddressText } from './classify-address';

/** Describes "a.b.c.d/n" or "v6/n"; null for anything else (no prefix, prefix too long, junk). */
export function describeCidr(text: string): CidrInfo | null {
  const p = parseAddressText(text);
  if (!p || p.prefixLength === undefined) return null;
  const { version, prefixLength } = p;
  const bits = bitsOf(version);
  const mask = maskOf(version, prefixLength);
  const all = (1n << BigInt(bits)) - 1n;
  const network = p.value & mask;
  const last = network | (~mask & all);
  const size = 1n << BigInt(bits - prefixLength);

  // Rows containing the block (most specific first), then rows inside it (by address, widest first).
  const containing: AddressRange[] = [];
  const inside: { range: AddressRange; network: bigint; len: number }[] = [];
  for (const c of COMPILED_RANGES) {
    if (c.version !== version) continue;
    if (c.prefixLength <= prefixLength && (network & c.mask) === c.network) containing.push(c.range);
    else if (c.prefixLength > prefixLength && (c.network & mask) === network) {
      inside.push({ range: c.range, network: c.network, len: c.prefixLength });
    }
  }
  inside.sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : a.len - b.len));
  const overlaps = [...containing, ...inside.map((i) => i.range)];

  const networkText = formatAddress(version, network);
  const classification = classifyAddress(`${networkText}/${prefixLength}`);
  if (!classification) return null;
  if (inside.length > 0) {
    const names = [...new Set(inside.map((i) => i.range.prefix))].slice(0, 5).join(', ');
    const more = inside.length > 5 ? ` and ${inside.length - 5} more` : '';
    classification.notes.push(`The block contains special-purpose space (${names}${more}), so not every address in it is alike.`);
  }

  return {
    version,
    network: `${networkText}/${prefixLength}`,
    prefixLength,
    size: size.toString(),
    first: networkText,
    last: formatAddress(version, last),
    overlaps,
    classification,
  };
}
