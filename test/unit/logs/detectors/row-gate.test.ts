import { describe, expect, it } from 'vitest';
import { RowGate, RowGroups } from '../../../../knowledge/logs/detectors/windows';

describe('RowGate and RowGroups', () => {
  it('keeps only the groups of ids counted at least the threshold', () => {
    const groups = new RowGroups<number>(new RowGate(3));
    // Source 7 three times, source 9 twice, source 5000 (past the first counters) three times.
    for (const [src, row] of [[7, 0], [9, 1], [7, 2], [9, 3], [7, 4], [5000, 5], [5000, 6], [5000, 7]]) groups.add(src, row, -1, src);
    expect([...groups.entries()]).toEqual([[7, [0, 2, 4]], [5000, [5, 6, 7]]]);
  });

  it('counts past 255 when the threshold asks for it', () => {
    for (const threshold of [255, 256, 70_000]) {
      const gate = new RowGate(threshold);
      for (let i = 0; i < threshold - 1; i++) gate.count(1);
      expect(gate.passes(1)).toBe(false);
      gate.count(1);
      expect(gate.passes(1)).toBe(true);
      // Counting on past the threshold keeps it passed.
      for (let i = 0; i < 300; i++) gate.count(1);
      expect(gate.passes(1)).toBe(true);
      expect(gate.passes(2)).toBe(false);
    }
  });
});
