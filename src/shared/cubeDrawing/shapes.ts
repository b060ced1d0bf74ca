/**
 * The cube as plain shapes (polygons and texts in CSS pixels), so the renderer's canvas and
 * the headless PNG export draw exactly the same picture from the same layout.
 */
import type { Level } from '../model/schema';

export interface Point {
  x: number;
  y: number;
}

export type PolygonRole = 'body' | 'sticker' | 'empty' | 'swatch' | 'band' | 'badge';

export interface PolygonShape {
  kind: 'polygon';
  points: Point[];
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** colour of diagonal hatch lines drawn over the fill (blind spots) */
  hatch?: string;
  role: PolygonRole;
  /** index into cube.faces */
  faceIndex?: number;
  /** stickers only */
  touchpointId?: string;
  /** stickers only: null = blind spot */
  value?: Level | null;
}

export type TextRole = 'symbol' | 'title' | 'caption' | 'legend' | 'badge';

export interface TextShape {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** font size in px */
  size: number;
  bold: boolean;
  color: string;
  align: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom';
  /** wrap at spaces (and cut with “…”) to this width */
  maxWidth?: number;
  /** at most this many lines when wrapping (default 1) */
  maxLines?: number;
  /** line height factor when wrapping (default 1.2) */
  lineHeight?: number;
  role: TextRole;
  faceIndex?: number;
}

export type Shape = PolygonShape | TextShape;

export interface Drawing {
  width: number;
  height: number;
  /** in painting order */
  shapes: Shape[];
}

/** The font stack of the app; the export passes its own registered family if it has one. */
export const FONT_FAMILY = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";

export function rect(x: number, y: number, w: number, h: number): Point[] {
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ];
}

/** A regular polygon approximating a circle. */
export function circle(cx: number, cy: number, r: number, sides = 16): Point[] {
  return Array.from({ length: sides }, (_, i) => ({ x: cx + r * Math.cos((2 * Math.PI * i) / sides), y: cy + r * Math.sin((2 * Math.PI * i) / sides) }));
}

export function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** Area of a simple polygon (absolute value, shoelace formula). */
export function area(points: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    s += a.x * b.y - b.x * a.y;
  }
  return Math.abs(s) / 2;
}

/** Even-odd rule: is the point inside the polygon? */
export function pointInPolygon(p: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** The sticker under a point (topmost first), or null. */
export function hitTest(drawing: Pick<Drawing, 'shapes'>, p: Point): PolygonShape | null {
  for (let i = drawing.shapes.length - 1; i >= 0; i--) {
    const s = drawing.shapes[i]!;
    if (s.kind === 'polygon' && s.role === 'sticker' && s.touchpointId && pointInPolygon(p, s.points)) return s;
  }
  return null;
}

export function stickers(drawing: Pick<Drawing, 'shapes'>): PolygonShape[] {
  return drawing.shapes.filter((s): s is PolygonShape => s.kind === 'polygon' && s.role === 'sticker');
}
