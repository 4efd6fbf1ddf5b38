// Card positioning maths: next to the token, never outside the viewport.
import { describe, expect, it } from 'vitest';
import { placeCard, pointInRect } from '../../../components/hover-card/card-placement';

const viewport = { width: 1000, height: 700 };
const card = { width: 360, height: 240 };
const anchor = (left: number, top: number, width = 80, height = 16) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('puts the card below the token, left-aligned with it', () => {
    expect(placeCard(anchor(100, 100), card, viewport)).toEqual({ left: 100, top: 122, side: 'below' });
  });

  it('goes above when there is no room below', () => {
    const p = placeCard(anchor(100, 600), card, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(600 - 6 - 240);
  });

  it('shifts left at the right edge and right at the left edge', () => {
    expect(placeCard(anchor(950, 100), card, viewport).left).toBe(1000 - 8 - 360);
    expect(placeCard(anchor(-40, 100), card, viewport).left).toBe(8);
  });

  it('limits the height and scrolls inside when neither side has room', () => {
    const tall = { width: 360, height: 900 };
    const p = placeCard(anchor(100, 300), tall, viewport);
    expect(p.maxHeight).toBeDefined();
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(700 - 8);
  });

  it('never leaves a tiny viewport', () => {
    const p = placeCard(anchor(10, 10), card, { width: 300, height: 200 });
    expect(p.left).toBe(8);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + (p.maxHeight ?? card.height)).toBeLessThanOrEqual(200 - 8);
  });

  it('tells whether a point is on (or just around) a box, for the hysteresis', () => {
    const r = anchor(100, 100);
    expect(pointInRect(110, 108, r)).toBe(true);
    expect(pointInRect(183, 108, r)).toBe(false);
    expect(pointInRect(183, 108, r, 4)).toBe(true);
  });
});
