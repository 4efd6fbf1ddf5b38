// What the IP identification field says. Senders fill it to reassemble fragments; how they choose it
// differs: zero on unfragmentable packets, random, or one counter for everything, which leaks how busy
// the machine is and lets it be used as the silent middleman of an idle scan.
import type { PacketFieldNote } from './types';
import { NMAP_IDLE_SCAN, RFC_6864, RFC_791, ZMAP_SOURCE } from './references';

/** Steps between consecutive IDs up to this size count as a counter climbing (other traffic uses a few). */
export const COUNTER_MAX_STEP = 64;
/** IDs needed before a series can be called a counter. */
export const COUNTER_MIN_PACKETS = 3;

/** True when the IDs climb in small steps (wrapping at 65536), as a shared counter does. */
export function isClimbingCounter(series: readonly number[]): boolean {
  if (series.length < COUNTER_MIN_PACKETS) return false;
  for (let i = 1; i < series.length; i++) {
    const step = (series[i] - series[i - 1] + 65536) % 65536;
    if (step === 0 || step > COUNTER_MAX_STEP) return false;
  }
  return true;
}

export function explainIpId(ipId: number, dontFragment: boolean | undefined, series: readonly number[] | undefined): PacketFieldNote {
  const references = [RFC_791, RFC_6864];
  const value = String(ipId);
  if (ipId === 54321) {
    return {
      field: 'ipId', value, suspicious: true, references: [...references, ZMAP_SOURCE],
      title: 'IP ID 54321: a fixed value of scanning tools',
      detail: 'ZMap, the Internet-wide scanner, stamps every probe with 54321, and so do many home-made raw-packet tools copied from the same examples. A real operating system would not repeat one fixed number.',
    };
  }
  if (series && isClimbingCounter(series)) {
    return {
      field: 'ipId', value, suspicious: true, references: [...references, NMAP_IDLE_SCAN],
      title: 'IP ID climbing packet by packet: one shared counter',
      detail:
        `The IDs of this sender's packets rise in small steps (${series.slice(0, 6).join(', ')}${series.length > 6 ? ' …' : ''}), so one machine numbers everything it sends with one counter. ` +
        'Such a machine can be used as the unwitting middleman of an idle scan, where an attacker reads its counter to learn about ports on a third host. ' +
        'And when packets that claim different senders continue one counter, they came from one computer, the real one behind decoys.',
    };
  }
  if (ipId === 0) {
    return {
      field: 'ipId', value, suspicious: false, references,
      title: dontFragment === false ? 'IP ID 0 on a packet that may be fragmented' : 'IP ID 0: usual with "don\'t fragment"',
      detail: dontFragment === false
        ? 'An ID of 0 on a packet that routers may split is odd: fragments of different packets could be mixed up. Hand-made packets often leave the field at zero.'
        : 'The ID only matters for putting fragments back together. Packets marked "don\'t fragment" never are, and Linux and other systems set their ID to 0.',
    };
  }
  return {
    field: 'ipId', value, suspicious: false, references,
    title: `IP ID ${ipId}`,
    detail: 'The ID lets the receiver put fragments of one packet back together. One value alone says little; compare it with the same sender\'s other packets: random values are usual today, a counter climbing by one or two gives the machine away (see the other lines from this address).',
  };
}
