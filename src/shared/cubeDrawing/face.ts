/**
 * One face of the cube as shapes: the body, then one cell per grid position (sticker or
 * empty), then the symbols. The face is drawn through a map from the unit square (u to the
 * right, v down, as the face is read) to the screen, so the flat net and the isometric view
 * share this code: an axis-aligned square there, a parallelogram here.
 */
import type { CubeFace } from '../metrics/cube';
import { stickerStyle, type Palette } from './palette';
import { area, centroid, circle, type Point, type Shape } from './shapes';

export type FaceMap = (u: number, v: number) => Point;

export interface FaceStyle {
  palette: Palette;
  /** body colour of this face (the 3-D view shades its sides) */
  body: string;
  /** stickers smaller than this (px, √area) get no symbol */
  minSymbolCell?: number;
  /** touchpoint id → a short mark in a round badge at the sticker's top right corner (e.g. ▲ ▼ in a comparison) */
  badges?: Readonly<Record<string, string>>;
}

/** Gap between stickers and around the grid, as a share of a cell. */
export const STICKER_GAP = 0.08;

export function faceShapes(face: Pick<CubeFace, 'n' | 'cells'>, faceIndex: number, map: FaceMap, style: FaceStyle): Shape[] {
  const out: Shape[] = [];
  out.push({ kind: 'polygon', role: 'body', faceIndex, fill: style.body, points: [map(0, 0), map(1, 0), map(1, 1), map(0, 1)] });
  const n = face.n;
  const cell = 1 / n;
  const inset = (cell * STICKER_GAP) / 2;
  const symbols: Shape[] = [];
  const minCell = style.minSymbolCell ?? 12;
  face.cells.forEach((sticker, i) => {
    const row = Math.floor(i / n);
    const col = i % n;
    const u0 = col * cell + inset;
    const v0 = row * cell + inset;
    const u1 = (col + 1) * cell - inset;
    const v1 = (row + 1) * cell - inset;
    const points = [map(u0, v0), map(u1, v0), map(u1, v1), map(u0, v1)];
    if (!sticker) {
      out.push({ kind: 'polygon', role: 'empty', faceIndex, fill: style.palette.empty, points });
      return;
    }
    const look = stickerStyle(sticker.value, style.palette);
    out.push({
      kind: 'polygon',
      role: 'sticker',
      faceIndex,
      touchpointId: sticker.touchpointId,
      value: sticker.value,
      fill: look.fill,
      ...(look.hatch ? { hatch: look.hatch } : {}),
      points,
    });
    const side = Math.sqrt(area(points));
    const badge = style.badges && Object.prototype.hasOwnProperty.call(style.badges, sticker.touchpointId) ? style.badges[sticker.touchpointId] : undefined;
    if (badge && side >= minCell) {
      const at = map(u1 - cell * 0.18, v0 + cell * 0.18);
      const r = side * 0.22;
      symbols.push({ kind: 'polygon', role: 'badge', faceIndex, fill: '#ffffff', stroke: '#111418', strokeWidth: Math.max(1, r / 6), points: circle(at.x, at.y, r) });
      symbols.push({ kind: 'text', role: 'badge', faceIndex, x: at.x, y: at.y, text: badge, size: Math.round(r * 1.1), bold: true, color: '#111418', align: 'center', baseline: 'middle' });
    }
    if (side < minCell) return;
    const c = centroid(points);
    const wide = look.symbol.length > 1;
    symbols.push({
      kind: 'text',
      role: 'symbol',
      faceIndex,
      x: c.x,
      y: c.y,
      text: look.symbol,
      size: Math.round(side * (wide ? 0.36 : 0.46)),
      bold: true,
      color: look.ink,
      align: 'center',
      baseline: 'middle',
    });
  });
  return [...out, ...symbols];
}
