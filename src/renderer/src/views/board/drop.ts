/**
 * Dragging cards: where a drop lands (cell, neighbours, insertion mark) and the `order`
 * values it gives the dragged cards. Pure, no DOM; unit-tested directly.
 */
import { GEOMETRY, NONE, byOrder, cellAt, slotBox, type BoardLayout } from '../../../../shared/board';
import { betweenOrders, endOrder } from '../../../../shared/board/order';
import type { Touchpoint, Workshop } from '../../../../shared/model/schema';
import { columnIndexAt, laneIndexAt } from './hit';

export interface DropTarget {
  phaseId: string;
  laneKey: string;
  /** department the dropped cards get: the lane's (null = no department); undefined = keep */
  departmentId: string | null | undefined;
  /** nearest card before / after the insertion point that is not being dragged */
  prevId: string | null;
  nextId: string | null;
  /** where to draw the insertion mark (board coordinates) */
  mark: { x: number; y: number; h: number };
}

/** Where would dragged cards land if dropped at board point (x, y)? */
export function dropTarget(layout: BoardLayout, x: number, y: number, dragged: ReadonlySet<string>): DropTarget | null {
  const g = GEOMETRY;
  const col = layout.columns[columnIndexAt(layout, x, true)];
  const lane = layout.lanes[laneIndexAt(layout, Math.max(y, g.headerH), true)];
  if (!col || !lane) return null;
  const cell = cellAt(layout, col.phaseId, lane.key);
  if (!cell) return null;
  const stepX = layout.cardW + g.gap;
  const stepY = layout.cardH + g.gap;
  const n = cell.cardIds.length;
  const lastRow = Math.floor(n / layout.perRow);
  const r = Math.max(0, Math.min(lastRow, Math.floor((y - cell.y - g.pad + g.gap / 2) / stepY)));
  const fx = (x - cell.x - g.pad + g.gap / 2) / stepX;
  const c = Math.max(0, Math.min(layout.perRow - 1, Math.floor(fx)));
  const after = fx - c > 0.5 + g.gap / 2 / stepX;
  const index = Math.max(0, Math.min(n, r * layout.perRow + c + (after ? 1 : 0)));
  let prevId: string | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const id = cell.cardIds[i]!;
    if (!dragged.has(id)) {
      prevId = id;
      break;
    }
  }
  let nextId: string | null = null;
  for (let i = index; i < n; i++) {
    const id = cell.cardIds[i]!;
    if (!dragged.has(id)) {
      nextId = id;
      break;
    }
  }
  // the mark: left edge of the slot at `index`, or right edge of the card before it at a row's end
  const atRowEnd = index > 0 && index % layout.perRow === 0 && index === n;
  const s = slotBox(layout, cell, atRowEnd ? index - 1 : index);
  const mark = atRowEnd ? { x: s.x + s.w + g.gap / 2, y: s.y, h: s.h } : { x: s.x - g.gap / 2, y: s.y, h: s.h };
  const departmentId = layout.lanesOn ? (lane.key === NONE ? null : lane.departmentId) : undefined;
  return { phaseId: col.phaseId, laneKey: lane.key, departmentId, prevId, nextId, mark };
}

export interface Move {
  id: string;
  phaseId: string;
  departmentId?: string | null;
  order: number;
}

/**
 * The moves of one drop: the dragged cards (kept in their relative order) get `order`
 * values between their new neighbours. When the gap between the neighbours has been
 * halved too often, the whole target phase is renumbered 1…n (still one command).
 * Returns [] when nothing would change.
 */
export function dropMoves(doc: Workshop, target: DropTarget, draggedIds: readonly string[]): Move[] {
  const byId = new Map(doc.touchpoints.map((t) => [t.id, t]));
  const phaseIndex = new Map(doc.phases.map((p, i) => [p.id, i]));
  const dragged = draggedIds
    .map((id) => byId.get(id))
    .filter((t): t is Touchpoint => !!t)
    .sort((a, b) => (phaseIndex.get(a.phaseId) ?? 0) - (phaseIndex.get(b.phaseId) ?? 0) || byOrder(a, b));
  if (dragged.length === 0) return [];
  const draggedSet = new Set(dragged.map((t) => t.id));
  const prev = target.prevId ? byId.get(target.prevId) : undefined;
  const next = target.nextId ? byId.get(target.nextId) : undefined;
  const n = dragged.length;
  const dept = target.departmentId === undefined ? {} : { departmentId: target.departmentId };
  // board/order.ts: between the neighbours, or after the phase's last card; null = renumber the phase
  const orders = prev || next ? betweenOrders(prev?.order, next?.order, n) : betweenOrders(endOrder(doc.touchpoints, target.phaseId, draggedSet), undefined, n);
  if (!orders) return renumber(doc, target, dragged, draggedSet, dept);
  if (isSamePlace(doc, dragged, draggedSet, target)) return [];
  return dragged.map((t, i) => ({ id: t.id, phaseId: target.phaseId, ...dept, order: orders[i]! }));
}

/** True when the dragged cards already sit, together, between the target's neighbours. */
function isSamePlace(doc: Workshop, dragged: readonly Touchpoint[], draggedSet: ReadonlySet<string>, target: DropTarget): boolean {
  const inCell = (t: Touchpoint) => t.phaseId === target.phaseId && (target.departmentId === undefined || (t.departmentId ?? null) === target.departmentId);
  if (!dragged.every(inCell)) return false;
  const lo = Math.min(...dragged.map((t) => t.order));
  const hi = Math.max(...dragged.map((t) => t.order));
  let before: Touchpoint | null = null;
  let after: Touchpoint | null = null;
  for (const t of doc.touchpoints) {
    if (draggedSet.has(t.id) || !inCell(t)) continue;
    if (t.order > lo && t.order < hi) return false; // another card sits between them
    if (t.order <= lo && (!before || t.order > before.order)) before = t;
    if (t.order >= hi && (!after || t.order < after.order)) after = t;
  }
  return (before?.id ?? null) === target.prevId && (after?.id ?? null) === target.nextId;
}

function renumber(doc: Workshop, target: DropTarget, dragged: readonly Touchpoint[], draggedSet: ReadonlySet<string>, dept: { departmentId?: string | null }): Move[] {
  const rest = doc.touchpoints.filter((t) => t.phaseId === target.phaseId && !draggedSet.has(t.id)).sort(byOrder);
  let at = target.prevId ? rest.findIndex((t) => t.id === target.prevId) + 1 : target.nextId ? rest.findIndex((t) => t.id === target.nextId) : rest.length;
  if (at < 0) at = rest.length;
  const seq = [...rest.slice(0, at), ...dragged, ...rest.slice(at)];
  return seq.map((t, i) => (draggedSet.has(t.id) ? { id: t.id, phaseId: target.phaseId, ...dept, order: i + 1 } : { id: t.id, phaseId: target.phaseId, order: i + 1 }));
}
