// Test-only: scores detectTokens output on a rendered fixture against its *.expected.json
// sidecar (schema fixture-expectations/v1, see test/fixtures/pages/README.md).
//
// Recall: for every `expected` entry, its occurrences (token-boundary aware, in the entry's
// bucket) that a detection overlaps with the same meaning (kind, address, port, prefix, range)
// count, up to `count`; recall = sum(min(found, count)) / sum(count).
//
// Precision: every detection is
//   TP      - it means the same thing as an expected / eventually / hidden-until-interaction entry
//             at one of that entry's occurrences (unless a trap region at least as large covers it),
//   FP trap - it overlaps a must_not_flag region (the trap's `token`, or the whole trap text),
//   neutral - it lies on an acceptable_either_way / format_aware_optional / closed_shadow_root text,
//   TP (reviewed) - a genuine token the sidecar does not list (sidecar counts are lower bounds;
//             virtual grids and generated logs show more rows than the sidecar names), accepted
//             by a documented per-fixture oracle (REVIEWED_UNLISTED in the golden test),
//   FP      - anything else (unlisted or wrong meaning).
// precision = TP / (TP + FP).
import type { Token } from '../../../knowledge/tokens';
import type { Bucket } from './shipped-scan';
import type { FrameSegment } from './fixture-loader';

export interface Entry {
  text: string;
  kind?: string;
  ip?: string;
  port?: number | number[];
  prefix?: number;
  of?: 'port' | 'ip';
  from?: number | string;
  to?: number | string;
  count?: number;
  in?: Bucket;
  token?: string;
  level?: string;
}

export interface Sidecar {
  fixture: string;
  query?: string;
  frames?: { name: string; src: string }[];
  dynamic: { settle_ms?: number } | null;
  expected: Entry[];
  eventually?: Entry[];
  hidden_until_interaction?: Entry[];
  acceptable_either_way?: Entry[];
  format_aware_optional?: Entry[];
  closed_shadow_root?: Entry[];
  must_not_flag?: Entry[];
}

export interface Score {
  recallFound: number;
  recallWanted: number;
  detections: number;
  tp: number;
  reviewed: number;
  fpTrap: number;
  fpOther: number;
  neutral: number;
  misses: string[];
  falsePositives: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of `needle` in `hay`, as the fixtures' checker counts them (token boundaries). */
export function occurrences(hay: string, needle: string, bounded = true): [number, number][] {
  const body = needle.trim().split(/\s+/).map(escapeRe).join('\\s+');
  const re = bounded
    ? new RegExp('(?<![0-9A-Za-z_])' + body + '(?![0-9A-Za-z_])(?![.:][0-9A-Fa-f])', 'g')
    : new RegExp(body, 'g');
  const out: [number, number][] = [];
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const inBucket = (seg: FrameSegment, want: Bucket | undefined) =>
  (want ?? 'text') === 'text' ? seg.bucket === 'text' || seg.bucket === 'textarea' : seg.bucket === want;

const overlaps = (t: Token, [s, e]: [number, number]) => t.start < e && s < t.end;

export function sameMeaning(t: Token, e: Entry): boolean {
  const ip = e.ip?.toLowerCase();
  switch (e.kind) {
    case 'ipv4':
    case 'ipv6':
      return (t.kind === 'ipv4' || t.kind === 'ipv6' || t.kind === 'endpoint') && (!ip || t.address === ip);
    case 'ip:port':
      return t.kind === 'endpoint' && (!ip || t.address === ip) && (e.port === undefined || t.port === e.port);
    case 'cidr':
      return t.kind === 'cidr' && (!ip || t.address === ip) && (e.prefix === undefined || t.prefixLength === e.prefix);
    case 'range':
      if (e.of === 'ip') {
        if (t.kind === 'ip-range') return t.address === e.from && t.addressEnd === e.to;
        return (t.kind === 'ipv4' || t.kind === 'ipv6') && (t.address === e.from || t.address === e.to);
      }
      return t.kind === 'port-range' && t.port === e.from && t.portEnd === e.to;
    case 'port': {
      const ports = Array.isArray(e.port) ? e.port : [e.port];
      // an endpoint carries the port too ("IP <var>a</var> port <var>443</var>", ASA "ip/40222")
      return (t.kind === 'port' || t.kind === 'endpoint') && (e.port === undefined || ports.includes(t.port as number));
    }
    default:
      return false;
  }
}

/** Regions a trap forbids, per segment index. */
function trapRegions(segs: FrameSegment[], traps: Entry[]): Map<number, [number, number][]> {
  const map = new Map<number, [number, number][]>();
  const add = (i: number, r: [number, number]) => map.set(i, [...(map.get(i) ?? []), r]);
  segs.forEach((seg, i) => {
    for (const trap of traps) {
      if (trap.in && seg.bucket !== trap.in) continue;
      const tok = trap.token;
      if (tok && tok === trap.text) {
        for (const o of occurrences(seg.text, tok)) add(i, o);
        continue;
      }
      for (const [s, e] of occurrences(seg.text, trap.text, false)) {
        if (!tok) { add(i, [s, e]); continue; }
        const within = occurrences(seg.text.slice(s, e), tok)[0];
        if (within) { add(i, [s + within[0], s + within[1]]); continue; }
        // token given apart from the text: look right after it, then in the next two segments
        const after = occurrences(seg.text.slice(e, e + 60), tok)[0];
        if (after) { add(i, [e + after[0], e + after[1]]); continue; }
        for (let k = i + 1; k <= i + 2 && k < segs.length; k++) {
          const o = occurrences(segs[k].text, tok)[0];
          if (o && segs[k].text.trim().length <= 60) { add(k, o); break; }
        }
      }
    }
  });
  return map;
}

export function scoreFixture(
  segs: FrameSegment[],
  detections: Token[][],
  car: Sidecar,
  reviewed: (t: Token, seg: FrameSegment) => boolean,
): Score {
  const score: Score = { recallFound: 0, recallWanted: 0, detections: 0, tp: 0, reviewed: 0, fpTrap: 0, fpOther: 0, neutral: 0, misses: [], falsePositives: [] };
  const occ = (e: Entry, bounded = true) =>
    segs.map((seg) => (inBucket(seg, e.in) ? occurrences(seg.text, e.text, bounded) : []));

  for (const e of car.expected) {
    const want = e.count ?? 1;
    let found = 0;
    occ(e).forEach((list, i) => {
      for (const o of list) if (detections[i].some((t) => overlaps(t, o) && sameMeaning(t, e))) found++;
    });
    score.recallFound += Math.min(found, want);
    score.recallWanted += want;
    if (found < want) score.misses.push(`${e.text} (${e.kind}, ${e.in ?? 'text'}) ${found}/${want}`);
  }

  const positives = [...car.expected, ...(car.eventually ?? []), ...(car.hidden_until_interaction ?? [])].map((e) => ({ e, o: occ(e) }));
  const either = [...(car.acceptable_either_way ?? []), ...(car.format_aware_optional ?? []), ...(car.closed_shadow_root ?? [])].map((e) => occ(e, false));
  const traps = trapRegions(segs, car.must_not_flag ?? []);

  detections.forEach((tokens, i) => {
    for (const t of tokens) {
      score.detections++;
      let best = 0;
      for (const { e, o } of positives) for (const r of o[i]) if (overlaps(t, r) && sameMeaning(t, e)) best = Math.max(best, r[1] - r[0]);
      const trap = (traps.get(i) ?? []).filter((r) => overlaps(t, r)).reduce((m, r) => Math.max(m, r[1] - r[0]), 0);
      const where = `${t.kind} "${t.text}" in "${segs[i].text.trim().slice(0, 70)}" [${segs[i].bucket}]`;
      if (best > 0 && best > trap) score.tp++;
      else if (trap > 0) { score.fpTrap++; score.falsePositives.push('trap: ' + where); }
      else if (either.some((o) => o[i].some((r) => overlaps(t, r)))) score.neutral++;
      else if (reviewed(t, segs[i])) score.reviewed++;
      else { score.fpOther++; score.falsePositives.push('unlisted: ' + where); }
    }
  });
  return score;
}
