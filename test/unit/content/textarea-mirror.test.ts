// @vitest-environment happy-dom
// The textarea mirror's maths and markup, the line model of huge <pre> blocks, and the log window
// handed to the side panel.
import { describe, expect, it } from 'vitest';
import { BlockLines, visibleLineRange } from '../../../entrypoints/content/paint/block-lines';
import { logWindow } from '../../../entrypoints/content/card/page-hit-test';
import { fillMirror, lineStartsOf, visibleLines } from '../../../entrypoints/content/textarea/textarea-mirror';

describe('textarea mirror', () => {
  it('finds line starts and the lines around the scroll position', () => {
    expect([...lineStartsOf('a\nbb\n\nc')]).toEqual([0, 2, 5, 6]);
    const layout = { nowrap: true, lineHeight: 10, paddingTop: 2 };
    expect(visibleLines(0, 100, layout, 1000, 5)).toEqual([0, 20]);
    expect(visibleLines(502, 100, layout, 1000, 5)).toEqual([45, 65]);
    expect(visibleLines(99_999, 100, layout, 1000, 5)[1]).toBe(1000);
  });

  it('writes text as Text nodes and each token as a <mark>, offsets shifted into the value', () => {
    const mirror = document.createElement('div');
    const text = 'from <b>1.2.3.4</b>:22\n';
    const tokens = [{ start: 8, end: 15, kind: 'ipv4' as const, text: '1.2.3.4', address: '1.2.3.4' }];
    const marks = fillMirror(mirror, text, tokens, 100, () => 'portlens-ip');
    expect(mirror.querySelector('b')).toBeNull(); // never parsed as HTML
    expect(mirror.textContent).toBe(`${text} `);
    expect(marks).toHaveLength(1);
    expect(marks[0].mark.className).toBe('portlens-ip');
    expect(marks[0].mark.textContent).toBe('1.2.3.4');
    expect(marks[0].token.start).toBe(108);
  });
});

describe('BlockLines', () => {
  it('finds where each line starts across the Text nodes of a block', () => {
    const pre = document.createElement('pre');
    pre.append('l0\nl1\n', 'l2 part', ' two\nl3\n');
    const lines = new BlockLines(pre);
    expect(lines.lineCount).toBe(5);
    expect(lines.startOfLine(1)).toEqual({ node: pre.childNodes[0], offset: 3 });
    expect(lines.startOfLine(2)).toEqual({ node: pre.childNodes[1], offset: 0 });
    expect(lines.startOfLine(3)).toEqual({ node: pre.childNodes[2], offset: 5 });
    expect(lines.startOfLine(99)).toEqual({ node: pre.childNodes[2], offset: 8 });
  });

  it('turns a scrolled block into the range of visible lines', () => {
    const pre = document.createElement('pre');
    document.body.append(pre);
    Object.defineProperties(pre, {
      scrollHeight: { value: 10_000 },
      clientHeight: { value: 400 },
      scrollTop: { value: 5_000 },
      clientTop: { value: 0 },
    });
    pre.getBoundingClientRect = () => ({ top: 100, bottom: 500, left: 0, right: 500, width: 500, height: 400, x: 0, y: 100, toJSON: () => ({}) });
    expect(visibleLineRange(pre, 1000, 800)).toEqual([500, 540]);
  });
});

describe('logWindow', () => {
  it('keeps short logs whole and cuts long ones at line ends around the token', () => {
    expect(logWindow('a\nb', 1)).toBe('a\nb');
    const long = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')}`).join('\n');
    const cut = logWindow(long, long.indexOf('line 050'), 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toContain('line 050');
    expect(cut.startsWith('line ')).toBe(true);
    expect(cut.endsWith('\n')).toBe(true);
  });
});
