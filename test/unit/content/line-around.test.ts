// @vitest-environment happy-dom
// The line the content script sends with a card: only the token's own log line, wherever the token
// sits in the text (the background reads that line's action and packet fields).
import { describe, expect, it } from 'vitest';
import { lineAround } from '../../../entrypoints/content/card/page-hit-test';
import { MAX_CARD_LINE } from '../../../messaging/protocol';

const BLOCK = '[UFW BLOCK] SRC=8.8.8.8 DPT=445';
const ALLOW = '[UFW ALLOW] SRC=9.9.9.9 DPT=445';

describe('lineAround', () => {
  it('gives the token\'s line alone, at the start, middle and end of a short text', () => {
    const text = `${BLOCK}\n${ALLOW}\n${BLOCK}`;
    const at = (nth: number) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = text.indexOf('445', i + 1);
      return lineAround(text, i, i + 3);
    };
    expect([at(0), at(1), at(2)]).toEqual([BLOCK, ALLOW, BLOCK]);
  });

  it('keeps a line longer than the cap to MAX_CARD_LINE characters around the token', () => {
    const long = `${'x '.repeat(3000)}DPT=445 ${'y '.repeat(3000)}`;
    const text = `${ALLOW}\n${long}\n${ALLOW}`;
    const i = text.indexOf('445 ');
    const line = lineAround(text, i, i + 3);
    expect(line.length).toBeLessThanOrEqual(MAX_CARD_LINE);
    expect(line).toContain('DPT=445');
    expect(line).not.toContain('ALLOW');
  });
});
