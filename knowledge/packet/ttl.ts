// What a TTL (IPv6: hop limit) says: every router takes one off, so the sender most likely started at
// the next of the usual initial values (32, 64, 128, 255), and the difference is the number of hops.
import type { PacketFieldNote } from './types';
import { LINUX_SYSCTL, P0F_README, RFC_1700, RFC_791, WINDOWS_TCPIP } from './references';

/** Initial values systems use, and who uses them. */
const INITIAL_TTLS: readonly [number, string][] = [
  [32, 'an old Windows 9x machine or a small embedded stack'],
  [64, 'Linux, Android, macOS, iOS or a BSD (the value RFC 1700 recommends), or a router built on them'],
  [128, 'Windows'],
  [255, 'network equipment (Cisco IOS, Juniper), Solaris or AIX, or a fast scanner such as masscan or ZMap, which set the maximum'],
];

/** Beyond this many hops the guess is no longer worth making: paths across the Internet are rarely longer. */
export const MAX_PLAUSIBLE_HOPS = 35;

export interface TtlGuess {
  initial: number;
  hops: number;
  family: string;
}

/** The likely initial TTL and hop count, or undefined when the distance would be implausible. */
export function guessInitialTtl(ttl: number): TtlGuess | undefined {
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > 255) return undefined;
  for (const [initial, family] of INITIAL_TTLS) {
    if (ttl <= initial) {
      const hops = initial - ttl;
      return hops > MAX_PLAUSIBLE_HOPS ? undefined : { initial, hops, family };
    }
  }
  return undefined;
}

export function explainTtl(ttl: number, protocol: string | undefined, forwarded: boolean): PacketFieldNote {
  const references = [RFC_791, RFC_1700, P0F_README, LINUX_SYSCTL, WINDOWS_TCPIP];
  const icmp = protocol === 'icmp' || protocol === 'icmpv6';
  const icmpNote = icmp
    ? ' Careful with ICMP: some systems answer pings from a different starting value than their TCP uses (many routers and older Solaris start ICMP at 255), so compare ICMP with ICMP.'
    : '';
  const forwardNote = forwarded
    ? ' This line was logged while the packet was being forwarded: the logging router had already taken its own one off, so the sender is one hop closer than the logged value alone suggests (the count here allows for it).'
    : '';
  // A FORWARD-chain line shows the TTL after the logging router took its own one off: judge the value it arrived with.
  const arrived = forwarded ? Math.min(255, ttl + 1) : ttl;
  if (arrived === 255) {
    return {
      field: 'ttl', value: String(ttl), suspicious: false, references,
      title: `TTL ${ttl}: sent from the same network link`,
      detail: 'It arrived with the maximum, 255: no router on the way took one off, so the sender sits on the same link as the logger (a router or switch next door, or a local broadcast), or it deliberately sent the maximum and is right beside you.' + icmpNote + forwardNote,
    };
  }
  const guess = guessInitialTtl(arrived);
  if (!guess) {
    return {
      field: 'ttl', value: String(ttl), suspicious: ttl <= 0 || ttl > 255, references,
      title: `TTL ${ttl}: starting value unknown`,
      detail: `${ttl} is more than ${MAX_PLAUSIBLE_HOPS} hops below any usual starting value, further than real Internet paths go, so the starting value cannot be told: the sender may use an unusual default or may have set it by hand.` + icmpNote,
    };
  }
  const hops = guess.hops;
  const distance = hops === 0 ? 'sent from the same network link' : `about ${hops} ${hops === 1 ? 'hop' : 'hops'} away`;
  return {
    field: 'ttl', value: String(ttl), suspicious: false, references,
    title: `TTL ${ttl}: likely started at ${guess.initial}, ${distance}`,
    detail:
      `Every router on the way lowers the TTL by one, and systems start from a few usual values. The next one up from ${ttl} is ${guess.initial}, ` +
      `typical of ${guess.family}; that puts the sender likely ${distance.replace('sent from', 'on')}. It is a likely guess, not a certainty: anyone can set their own starting value.` +
      ' Two packets claiming to come from different places that arrive with the same TTL may well come from one machine (a decoy scan).' +
      icmpNote + forwardNote,
  };
}
