// Where the hover card goes: next to the token, always inside the viewport. Pure maths.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when the card is taller than the room it has: it scrolls inside. */
  maxHeight?: number;
  side: 'below' | 'above';
}

/**
 * Below the anchor when it fits, else above when there is more room there, else on the side with
 * more room, clamped into the viewport. The card never leaves the viewport by more than `margin`.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, margin = 8, gap = 6): Placement {
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const fitsBelow = card.height <= roomBelow;
  const side: Placement['side'] = fitsBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const usable = viewport.height - 2 * margin;
  let height = card.height;
  let maxHeight: number | undefined;
  if (height > room) {
    // Not enough room on either side: keep the chosen side when it has a useful share, else
    // overlap the anchor rather than leave the viewport.
    if (room >= Math.min(card.height, 160)) maxHeight = room;
    else if (height > usable) maxHeight = usable;
    height = Math.min(height, maxHeight ?? height);
  }
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  top = clamp(top, margin, Math.max(margin, viewport.height - margin - height));
  const width = Math.min(card.width, viewport.width - 2 * margin);
  const left = clamp(anchor.left, margin, Math.max(margin, viewport.width - margin - width));
  return maxHeight === undefined ? { left, top, side } : { left, top, side, maxHeight };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(Math.max(value, lo), hi);
}

/** True when the point lies inside the rectangle grown by `slack` pixels on every side. */
export function pointInRect(x: number, y: number, r: Rect, slack = 0): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}
