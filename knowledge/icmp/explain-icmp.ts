// Explains an ICMP or ICMPv6 type/code pair as it shows up in a firewall log.
import { RISK_ORDER, type IcmpCodeInfo, type IcmpExplanation, type Risk } from '../types';
import type { IcmpCodeEntry, IcmpTypeEntry } from './icmp-v4-types';
import { ICMP_V4_TYPES } from './icmp-v4-types';
import { ICMP_V6_TYPES } from './icmp-v6-types';
import { IANA_ICMP, IANA_ICMPV6 } from './icmp-refs';

const V4 = new Map<number, IcmpTypeEntry>(ICMP_V4_TYPES.map((e) => [e.type, e]));
const V6 = new Map<number, IcmpTypeEntry>(ICMP_V6_TYPES.map((e) => [e.type, e]));

/** The table row for a type, or undefined when IANA has not assigned it. */
export function findIcmpType(type: number, version: 4 | 6 = 4): IcmpTypeEntry | undefined {
  return (version === 6 ? V6 : V4).get(type);
}

function checkByte(what: 'type' | 'code', value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 255) {
    throw new RangeError(`ICMP ${what} must be a whole number from 0 to 255, got ${String(value)}.`);
  }
}

function atLeast(risk: Risk, floor: Risk): Risk {
  return RISK_ORDER.indexOf(risk) >= RISK_ORDER.indexOf(floor) ? risk : floor;
}

/** "0–15", or "0, 16", or "0–5, 255": the known codes, for messages. */
export function describeCodes(codes: readonly IcmpCodeInfo[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < codes.length) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1].code === codes[j].code + 1) j++;
    parts.push(j > i + 1 ? `${codes[i].code}–${codes[j].code}` : j === i + 1 ? `${codes[i].code}, ${codes[j].code}` : `${codes[i].code}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function publicCodes(codes: readonly IcmpCodeEntry[]): IcmpCodeInfo[] {
  return codes.map(({ code, name, summary }) => (summary ? { code, name, summary } : { code, name }));
}

function label(version: 4 | 6): string {
  return version === 6 ? 'ICMPv6' : 'ICMP';
}

function unassigned(type: number, code: number | undefined, version: 4 | 6): IcmpExplanation {
  const range = version === 6 ? (type < 128 ? ' (error range)' : ' (informational range)') : '';
  return {
    version,
    type,
    code,
    typeName: 'Unassigned',
    summary: `${label(version)} type ${type}${range}${code === undefined ? '' : ` code ${code}`} is not assigned by IANA — likely a crafted packet or a tool's covert channel.`,
    forensic:
      'Real network stacks never send unassigned types. Tunnelling tools that hide data inside ICMP (Loki-style backdoors, ICMP tunnels), fuzzers and fingerprinting scanners do.',
    advice: 'Drop it. If the sender is inside your network, check that machine for a backdoor or tunnelling tool.',
    risk: 'medium',
    deprecated: false,
    unassigned: true,
    codes: [],
    references: [version === 6 ? IANA_ICMPV6 : IANA_ICMP],
  };
}

/** Joins the per-code forensic notes when the type itself has none and no code was given. */
function codeNotes(entry: IcmpTypeEntry): string | undefined {
  const notes = entry.codes.filter((c) => c.forensic).map((c) => `Code ${c.code} (${c.name}): ${c.forensic}`);
  return notes.length ? notes.join(' ') : undefined;
}

/**
 * Explains an ICMP (version 4, the default) or ICMPv6 (version 6) type, and a code when given.
 * Throws a RangeError when the type or code is not a whole number from 0 to 255.
 */
export function explainIcmp(type: number, code?: number, version: 4 | 6 = 4): IcmpExplanation {
  if (version !== 4 && version !== 6) throw new RangeError(`ICMP version must be 4 or 6, got ${String(version)}.`);
  checkByte('type', type);
  if (code !== undefined) checkByte('code', code);

  const entry = findIcmpType(type, version);
  if (!entry) return unassigned(type, code, version);

  const base = {
    version,
    type,
    code,
    typeName: entry.name,
    deprecated: entry.deprecated ?? false,
    unassigned: false,
    codes: publicCodes(entry.codes),
    references: [...entry.references],
  };

  if (code === undefined) {
    return { ...base, summary: entry.summary, forensic: entry.forensic ?? codeNotes(entry), advice: entry.advice, risk: entry.risk };
  }

  const known = entry.codes.find((c) => c.code === code);
  if (known) {
    return {
      ...base,
      codeName: known.name,
      summary: `${entry.name} — ${known.name}. ${known.summary ?? entry.summary}`,
      forensic: known.forensic ?? entry.forensic,
      advice: known.advice ?? entry.advice,
      risk: known.risk ?? entry.risk,
    };
  }

  const defined = entry.codes.length
    ? `this type only defines code${entry.codes.length > 1 ? 's' : ''} ${describeCodes(entry.codes)}`
    : 'this type defines no codes';
  return {
    ...base,
    summary: `${entry.name} with code ${code}: that code is not defined (${defined}). ${entry.summary}`,
    forensic:
      'An undefined code on a known type usually means a hand-made packet: a fingerprinting probe testing how a stack reacts, a fuzzer, or a tool hiding data in the header. It can also be an assignment newer than this table.',
    advice: entry.advice,
    risk: atLeast(entry.risk, 'low'),
  };
}
