// Detection stays linear on any input (issue 10, section 5): detectTokens on one single line of
// 0.5 MB and of 1 MB, for three shapes that used to make it quadratic: a list of CIDRs, a list of
// IPv6 addresses, and digits and dots with no address in them. Linear time shows as a ratio
// near 2 between the two sizes; the 1 MB times are what a page's main thread would pay at most.
import { detectTokens } from '../../knowledge/tokens';
import type { ExtraBench } from '../registry';

const MB = 1 << 20;

function repeatTo(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, bytes);
}

export const LONG_LINES: Record<string, (bytes: number) => string> = {
  cidrs: (n) => repeatTo(n, (i) => `10.${(i >> 8) & 255}.${i & 255}.0/24, `),
  ipv6: (n) => repeatTo(n, (i) => `2001:db8:${(i & 0xffff).toString(16)}::${(i % 97).toString(16)} `),
  digitsAndDots: (n) => repeatTo(n, (i) => `${i % 10}.`),
};

function timeMs(text: string): { ms: number; tokens: number } {
  const best: number[] = [];
  let tokens = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    tokens = detectTokens(text).length;
    best.push(performance.now() - t0);
  }
  return { ms: Math.round(Math.min(...best)), tokens };
}

interface LineResult { halfMbMs: number; oneMbMs: number; ratio: number; tokens: number }

export const longLineBench: ExtraBench = {
  name: 'longLines',
  async run() {
    const out: Record<string, LineResult> = {};
    for (const [name, make] of Object.entries(LONG_LINES)) {
      const half = timeMs(make(MB / 2));
      const full = timeMs(make(MB));
      out[name] = { halfMbMs: half.ms, oneMbMs: full.ms, ratio: Math.round((full.ms / Math.max(1, half.ms)) * 100) / 100, tokens: full.tokens };
    }
    return out;
  },
  headline(result) {
    const r = result as Record<string, LineResult>;
    return `One 1 MB line in detectTokens: ${Object.entries(r).map(([k, v]) => `${k} ${v.oneMbMs} ms (1 MB / 0.5 MB = ${v.ratio}, linear ≈ 2)`).join('; ')}`;
  },
};
