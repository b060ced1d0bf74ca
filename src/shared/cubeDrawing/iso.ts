/**
 * The 3-D cube in isometric projection: three faces visible (front on the left, right on
 * the right, up on top), each drawn as a parallelogram of stickers. Every face keeps its
 * reading order whatever way it was turned (first touchpoint top left), so a face reads
 * the same as in the net; a real cube would rotate the grid, which only confuses a room.
 */
import type { Cube } from '../metrics/cube';
import { faceShapes, type FaceMap } from './face';
import type { FaceCaption } from './format';
import type { Hyphenate } from '../board/textfit';
import { estimateMeasure, wholeBlock, type Measure } from './layoutText';
import { HOME, type Orientation } from './orientation';
import { paletteOf, type PaletteName } from './palette';
import type { Drawing, Point, Shape, TextShape } from './shapes';

const COS30 = Math.cos(Math.PI / 6);

export interface IsoOptions {
  width: number;
  height: number;
  orientation?: Orientation;
  palette?: PaletteName;
  /** per face index; default: the face name only */
  captions?: readonly (FaceCaption | null | undefined)[];
  textColor?: string;
  fontSize?: number;
  measure?: Measure;
  margin?: number;
  /** soft hyphens by the workshop's language, so long face names break at syllables */
  hyphenate?: Hyphenate;
}

export interface IsoDrawing extends Drawing {
  /** the face index at each visible position */
  visible: { front: number; right: number; top: number };
  /** screen centre of the cube and its edge length in px */
  center: Point;
  edge: number;
}

/** Screen point of cube coordinates x (right-back), y (up), z (left-front), each 0 … 1. */
export function isoProject(center: Point, edge: number, x: number, y: number, z: number): Point {
  return { x: center.x + (x - z) * COS30 * edge, y: center.y + (x + z) * 0.5 * edge - y * edge };
}

/** Maps from a face's reading square (u right, v down) onto the three visible sides. */
export function isoFaceMaps(center: Point, edge: number): { front: FaceMap; right: FaceMap; top: FaceMap } {
  const P = (x: number, y: number, z: number) => isoProject(center, edge, x, y, z);
  return {
    front: (u, v) => P(u, 1 - v, 1),
    right: (u, v) => P(1, 1 - v, 1 - u),
    top: (u, v) => P(u, 1, v),
  };
}

export function isoDrawing(cube: Pick<Cube, 'faces'>, opts: IsoOptions): IsoDrawing {
  const o = opts.orientation ?? HOME;
  const palette = paletteOf(opts.palette);
  const measure = opts.measure ?? estimateMeasure;
  const text = opts.textColor ?? '#111418';
  const W = opts.width;
  const H = opts.height;
  const m = opts.margin ?? Math.round(Math.min(W, H) * 0.03);
  const f = opts.fontSize ?? Math.max(12, Math.min(24, Math.round(H / 44)));
  const lineSize = Math.round(f * 0.86);
  const gap = f;

  const caption = (i: number): FaceCaption => opts.captions?.[i] ?? { title: cube.faces[i]?.name ?? '', lines: [] };
  const maxLines = Math.max(0, ...cube.faces.map((_, i) => caption(i).lines.length));
  const captionH = 2 * f * 1.22 + maxLines * lineSize * 1.22;
  // the top caption sits above the cube, front and right captions beside it (at least 240 px wide)
  const minLabelW = Math.max(120, Math.min(240, W * 0.18));
  const edgeByW = (W - 2 * m - 2 * (minLabelW + gap)) / (2 * COS30);
  const edgeByH = (H - 2 * m - captionH - gap) / 2;
  const edge = Math.max(30, Math.floor(Math.min(edgeByW, edgeByH)));
  // then the side captions take all the room beside the cube
  const labelW = Math.max(minLabelW, Math.min(460, (W - 2 * COS30 * edge) / 2 - gap - m));
  const top = Math.max(m + captionH + gap, (H - 2 * edge - captionH - gap) / 2 + captionH + gap);
  const center = { x: W / 2, y: top + edge };

  const maps = isoFaceMaps(center, edge);
  const shapes: Shape[] = [];
  const visible = { front: o.F, right: o.R, top: o.U };
  const sides = [
    { faceIndex: o.U, map: maps.top, body: palette.body.top },
    { faceIndex: o.F, map: maps.front, body: palette.body.front },
    { faceIndex: o.R, map: maps.right, body: palette.body.right },
  ];
  for (const side of sides) {
    const face = cube.faces[side.faceIndex];
    if (face) shapes.push(...faceShapes(face, side.faceIndex, side.map, { palette, body: side.body }));
  }

  const label = (faceIndex: number, x: number, y: number, align: TextShape['align'], width: number, anchor: 'top' | 'middle' | 'bottom') => {
    const c = caption(faceIndex);
    const block: TextShape[] = [];
    let h = 0;
    // shown whole, never with "…" (wholeBlock): the name shrinks to fit two lines, then takes more
    const t = wholeBlock(c.title, { x, y: 0, align }, { size: f, minSize: lineSize, bold: true, color: text, maxWidth: width, maxLines: 2, role: 'title', faceIndex }, measure, opts.hyphenate);
    block.push(...t.shapes);
    h += t.height;
    for (const line of c.lines) {
      const b = wholeBlock(line, { x, y: h, align }, { size: lineSize, minSize: Math.max(9, Math.round(lineSize * 0.85)), bold: false, color: text, maxWidth: width, maxLines: 2, role: 'caption', faceIndex }, measure);
      block.push(...b.shapes);
      h += b.height;
    }
    const dy = anchor === 'top' ? y : anchor === 'bottom' ? y - h : y - h / 2;
    for (const s of block) shapes.push({ ...s, y: s.y + dy });
  };
  const topCorner = isoProject(center, edge, 0, 1, 0);
  label(o.U, center.x, topCorner.y - gap, 'center', Math.max(labelW, 2 * COS30 * edge), 'bottom');
  const frontMid = isoProject(center, edge, 0.5, 0.5, 1);
  label(o.F, center.x - COS30 * edge - gap, frontMid.y, 'right', labelW, 'middle');
  const rightMid = isoProject(center, edge, 1, 0.5, 0.5);
  label(o.R, center.x + COS30 * edge + gap, rightMid.y, 'left', labelW, 'middle');

  return { width: W, height: H, shapes, visible, center, edge };
}
