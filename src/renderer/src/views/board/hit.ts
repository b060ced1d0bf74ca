/**
 * The canvas's questions about a board layout: what is under the pointer, which cards a
 * lasso touches, which card is the neighbour in a direction (the selection's helpers).
 * Pure grid arithmetic on the shared layout (src/shared/board), no DOM; unit-tested directly.
 */
import { GEOMETRY, cellAt, type BoardLayout } from '../../../../shared/board';

export function columnIndexAt(layout: BoardLayout, x: number, clamp: boolean): number {
  const cols = layout.columns;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (x >= c.x && x < c.x + c.w) return i;
  }
  if (!clamp || cols.length === 0) return -1;
  // in a gap or outside: the nearest column
  let best = 0;
  let bestD = Infinity;
  cols.forEach((c, i) => {
    const d = Math.min(Math.abs(x - c.x), Math.abs(x - (c.x + c.w)));
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

export function laneIndexAt(layout: BoardLayout, y: number, clamp: boolean): number {
  const lanes = layout.lanes;
  for (let i = 0; i < lanes.length; i++) {
    const l = lanes[i]!;
    if (y >= l.y && y < l.y + l.h) return i;
  }
  if (!clamp || lanes.length === 0) return -1;
  return y < (lanes[0]?.y ?? 0) ? 0 : lanes.length - 1;
}

export type Hit =
  | { kind: 'card'; id: string }
  | { kind: 'header'; phaseId: string }
  | { kind: 'cell'; phaseId: string; laneKey: string }
  | { kind: 'lane'; laneKey: string }
  | { kind: 'none' };

/** What is at board point (x, y)? Grid arithmetic, no search over all cards. */
export function hitTest(layout: BoardLayout, x: number, y: number): Hit {
  const g = GEOMETRY;
  const ci = columnIndexAt(layout, x, false);
  const col = layout.columns[ci];
  if (y >= 0 && y < g.headerH) return col ? { kind: 'header', phaseId: col.phaseId } : { kind: 'none' };
  const li = laneIndexAt(layout, y, false);
  const lane = layout.lanes[li];
  if (!lane) return { kind: 'none' };
  if (!col) return layout.lanesOn && x >= 0 && x < g.laneHeaderW ? { kind: 'lane', laneKey: lane.key } : { kind: 'none' };
  const cell = cellAt(layout, col.phaseId, lane.key);
  if (!cell) return { kind: 'none' };
  const lx = x - cell.x - g.pad;
  const ly = y - cell.y - g.pad;
  if (lx >= 0 && ly >= 0) {
    const c = Math.floor(lx / (layout.cardW + g.gap));
    const r = Math.floor(ly / (layout.cardH + g.gap));
    const inCard = lx - c * (layout.cardW + g.gap) < layout.cardW && ly - r * (layout.cardH + g.gap) < layout.cardH;
    const index = r * layout.perRow + c;
    if (inCard && c < layout.perRow && index < cell.cardIds.length) return { kind: 'card', id: cell.cardIds[index]! };
  }
  return { kind: 'cell', phaseId: col.phaseId, laneKey: lane.key };
}
/** Cards (not dimmed) that intersect a rectangle: the lasso. */
export function cardsInRect(layout: BoardLayout, r: { x: number; y: number; w: number; h: number }): string[] {
  const x0 = Math.min(r.x, r.x + r.w);
  const x1 = Math.max(r.x, r.x + r.w);
  const y0 = Math.min(r.y, r.y + r.h);
  const y1 = Math.max(r.y, r.y + r.h);
  return layout.cards.filter((c) => !c.dim && c.x < x1 && c.x + c.w > x0 && c.y < y1 && c.y + c.h > y0).map((c) => c.id);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The nearest card in a direction from a card (arrow-key navigation), or null at the edge. */
export function neighbour(layout: BoardLayout, fromId: string, dir: Direction): string | null {
  const from = layout.byId.get(fromId);
  if (!from) return null;
  const fx = from.x + from.w / 2;
  const fy = from.y + from.h / 2;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of layout.cards) {
    if (c.id === fromId) continue;
    const dx = c.x + c.w / 2 - fx;
    const dy = c.y + c.h / 2 - fy;
    const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along < 1) continue;
    // stay in the same column when moving up/down, prefer the same row when moving sideways
    if ((dir === 'up' || dir === 'down') && c.phaseId !== from.phaseId) continue;
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** First card (in visual order) of a column, for Down from a selected column. */
export function firstCardOf(layout: BoardLayout, phaseId: string): string | null {
  for (const cell of layout.cells) if (cell.phaseId === phaseId && cell.cardIds.length > 0) return cell.cardIds[0]!;
  return null;
}

/** Ids without duplicates, in first-seen order. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
