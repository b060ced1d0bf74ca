/**
 * Zoom and pan of the board canvas: fitting the board or one column into the screen,
 * zooming around a point, revealing a box, and converting between screen and board
 * coordinates. Pure, no DOM; unit-tested directly.
 */
import { FIT_MARGIN, fitScale, type BoardLayout } from '../../../../shared/board';

/** screen = board × scale + (x, y), relative to the canvas */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.15;
export const MAX_SCALE = 3;

export function clampScale(s: number): number {
  return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
}

/** Fit the whole board into the viewport (never above 100 %), centred horizontally. */
export function fitView(layout: BoardLayout, viewport: { width: number; height: number }, margin = FIT_MARGIN): View {
  const scale = clampScale(fitScale(layout, viewport, margin));
  return { scale, x: Math.round((viewport.width - layout.width * scale) / 2), y: margin };
}

/** Zoom so one column fills the viewport's width (at most 200 %), top aligned. */
export function columnView(layout: BoardLayout, phaseId: string, viewport: { width: number; height: number }, margin = 12): View | null {
  const col = layout.columns.find((c) => c.phaseId === phaseId);
  if (!col) return null;
  const scale = clampScale(Math.min(2, (viewport.width - 2 * margin) / col.w));
  return { scale, x: Math.round(viewport.width / 2 - (col.x + col.w / 2) * scale), y: margin };
}

/** Zoom by a factor around a screen point, keeping the board point under it in place. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/** Pan the view so a board box is visible (used when the selection or capture slot moves). */
export function revealBox(view: View, box: { x: number; y: number; w: number; h: number }, viewport: { width: number; height: number }, margin = 24): View {
  let { x, y } = view;
  const left = box.x * view.scale + x;
  const top = box.y * view.scale + y;
  const right = left + box.w * view.scale;
  const bottom = top + box.h * view.scale;
  if (right > viewport.width - margin) x -= right - (viewport.width - margin);
  if (left + (x - view.x) < margin) x += margin - (left + (x - view.x));
  if (bottom > viewport.height - margin) y -= bottom - (viewport.height - margin);
  if (top + (y - view.y) < margin) y += margin - (top + (y - view.y));
  return x === view.x && y === view.y ? view : { scale: view.scale, x, y };
}

export function toBoard(view: View, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - view.x) / view.scale, y: (sy - view.y) / view.scale };
}

export function toScreen(view: View, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  return { x: box.x * view.scale + view.x, y: box.y * view.scale + view.y, w: box.w * view.scale, h: box.h * view.scale };
}
