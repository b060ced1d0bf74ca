/**
 * The unfolded cube (the net) for the beamer: six faces with their names and figures
 * below each face. `cross` is the classic net (the row left, front, right, back, with up
 * above and down below the front); `grid` puts the faces in two rows of three in the
 * workshop's face order, which gives bigger faces where space is short (side-by-side
 * comparison).
 */
import type { Cube } from '../metrics/cube';
import { faceShapes } from './face';
import type { FaceCaption } from './format';
import type { Hyphenate } from '../board/textfit';
import { estimateMeasure, wholeBlock, type Measure } from './layoutText';
import { HOME, type Position } from './orientation';
import { paletteOf, type PaletteName } from './palette';
import { rect, type Drawing, type Shape } from './shapes';

export type NetLayout = 'cross' | 'grid';

/** Grid cell (column, row) of each position in the cross. */
export const CROSS_CELLS: Readonly<Record<Position, readonly [number, number]>> = { U: [1, 0], L: [0, 1], F: [1, 1], R: [2, 1], B: [3, 1], D: [1, 2] };

export interface NetOptions {
  width: number;
  height: number;
  palette?: PaletteName;
  layout?: NetLayout;
  /** per face index; default: the face name only */
  captions?: readonly (FaceCaption | null | undefined)[];
  /** colour of titles and figure lines (default near-black) */
  textColor?: string;
  /** base font size in px (default from the height, 14 … 24) */
  fontSize?: number;
  /** text measuring (canvas measureText); default an estimate */
  measure?: Measure;
  margin?: number;
  /** touchpoint id → a mark shown in a badge on its sticker (see FaceStyle.badges) */
  badges?: Readonly<Record<string, string>>;
  /** soft hyphens by the workshop's language, so long face names break at syllables */
  hyphenate?: Hyphenate;
}

export interface NetFaceBox {
  faceIndex: number;
  x: number;
  y: number;
  size: number;
  /** the caption's area: under the face, or (the cross's up and down faces) to its right */
  caption: { x: number; y: number; width: number; height: number };
}

export interface NetDrawing extends Drawing {
  faces: NetFaceBox[];
}

function cellOf(layout: NetLayout, faceIndex: number): readonly [number, number] {
  if (layout === 'grid') return [faceIndex % 3, Math.floor(faceIndex / 3)];
  const pos = (Object.keys(HOME) as Position[]).find((p) => HOME[p] === faceIndex) ?? 'F';
  return CROSS_CELLS[pos];
}

export function netDrawing(cube: Pick<Cube, 'faces'>, opts: NetOptions): NetDrawing {
  const layout = opts.layout ?? 'cross';
  const palette = paletteOf(opts.palette);
  const measure = opts.measure ?? estimateMeasure;
  const text = opts.textColor ?? '#111418';
  const W = opts.width;
  const H = opts.height;
  const m = opts.margin ?? Math.round(Math.min(W, H) * 0.02);
  const [cols, rows] = layout === 'cross' ? [4, 3] : [3, 2];
  const f = opts.fontSize ?? Math.max(14, Math.min(24, Math.round(H / 44)));
  const lineSize = opts.fontSize === undefined ? Math.max(12, Math.round(f * 0.86)) : Math.round(f * 0.86);
  const gapX = f;
  const gapY = Math.round(f * 0.8);
  const band = Math.max(3, Math.round(f * 0.3));

  const captions = cube.faces.map((face, i): FaceCaption => opts.captions?.[i] ?? { title: face.name, lines: [] });
  // face names and figures are shown whole, never with "…": the name (the workshop's words,
  // hyphenated by its language) shrinks down to the figures' size to fit three lines and takes
  // more below that; a figure line (the app's words, kept together by no-break spaces) shrinks
  // a little to fit two lines
  const titleStyle = (width: number, i: number) => ({ size: f, minSize: lineSize, bold: true, color: text, maxWidth: width, maxLines: 3, role: 'title' as const, faceIndex: i });
  const lineStyle = (width: number, i: number) => ({ size: lineSize, minSize: Math.max(9, Math.round(lineSize * 0.85)), bold: false, color: text, maxWidth: width, maxLines: 2, role: 'caption' as const, faceIndex: i });
  const origin = { x: 0, y: 0, align: 'left' as const };
  /** height of a caption at a width: band, title, figure lines */
  const captionHeight = (c: FaceCaption, width: number, i: number) =>
    band +
    f * 0.3 +
    wholeBlock(c.title, origin, titleStyle(width, i), measure, opts.hyphenate).height +
    c.lines.reduce((h, l) => h + wholeBlock(l, origin, lineStyle(width, i), measure).height, 0) +
    f * 0.3;
  // the cross's single faces (up, down) have free cells to their right: their captions go there
  const captionRows = layout === 'cross' ? [false, true, false] : [true, true];
  const withCaptionBelow = cube.faces.map((_, i) => captionRows[cellOf(layout, i)[1]] === true);

  // captions are measured at the width they get, which depends on the face size: settle in a few rounds
  let capW = (W - 2 * m) / cols - gapX * 0.5;
  let captionH = 0;
  let s = 0;
  let cellW = 0;
  for (let round = 0; round < 4; round++) {
    captionH = Math.max(0, ...captions.map((c, i) => (withCaptionBelow[i] ? captionHeight(c, capW, i) : 0)));
    const sumBelow = captionRows.filter(Boolean).length * captionH;
    const sizeByW = (W - 2 * m - (cols - 1) * gapX) / cols;
    const sizeByH = (H - 2 * m - (rows - 1) * gapY - sumBelow) / rows;
    s = Math.max(24, Math.floor(Math.min(sizeByW, sizeByH)));
    // captions may be wider than the face: spread the columns up to 1.8 face sizes apart
    cellW = Math.max(s + gapX, Math.min((W - 2 * m) / cols, s * 1.8));
    const next = cellW - gapX * 0.5;
    if (Math.abs(next - capW) < 1) break;
    capW = next;
  }
  const below = captionRows.map((has) => (has ? captionH : 0));
  const sumBelow = below.reduce((a, b) => a + b, 0);
  const totalW = cols * cellW;
  const totalH = rows * s + sumBelow + (rows - 1) * gapY;
  const x0 = (W - totalW) / 2;
  const y0 = Math.max(m, (H - totalH) / 2);
  const rowTop: number[] = [];
  for (let r = 0, y = y0; r < rows; r++) {
    rowTop.push(y);
    y += s + (below[r] ?? 0) + gapY;
  }

  const shapes: Shape[] = [];
  const boxes: NetFaceBox[] = [];
  cube.faces.forEach((face, i) => {
    const [c, r] = cellOf(layout, i);
    const x = Math.round(x0 + c * cellW + (cellW - s) / 2);
    const y = Math.round(rowTop[r]!);
    shapes.push(...faceShapes(face, i, (u, v) => ({ x: x + u * s, y: y + v * s }), { palette, body: palette.body.front, ...(opts.badges ? { badges: opts.badges } : {}) }));

    const beside = !withCaptionBelow[i];
    // beside: left-aligned in the free cells to the right, from the top of the face
    const width = beside ? Math.min(2 * cellW, W - m - (x + s + gapX)) : capW;
    const capX = beside ? x + s + gapX : x + s / 2 - width / 2;
    const align = beside ? 'left' : 'center';
    const tx = beside ? capX : x + s / 2;
    const top = beside ? y : y + s;
    let cy = top + f * 0.3;
    shapes.push({ kind: 'polygon', role: 'band', faceIndex: i, fill: face.color, points: rect(beside ? capX : x, cy, beside ? Math.min(s, width) : s, band) });
    cy += band + f * 0.3;
    const caption = captions[i]!;
    // the same blocks captionHeight measured, so they fit the room reserved for the caption
    const title = wholeBlock(caption.title, { x: tx, y: cy, align }, titleStyle(width, i), measure, opts.hyphenate);
    shapes.push(...title.shapes);
    cy += title.height;
    for (const line of caption.lines) {
      const block = wholeBlock(line, { x: tx, y: cy, align }, lineStyle(width, i), measure);
      shapes.push(...block.shapes);
      cy += block.height;
    }
    boxes.push({ faceIndex: i, x, y, size: s, caption: { x: capX, y: top, width, height: beside ? cy - top : captionH } });
  });
  return { width: W, height: H, shapes, faces: boxes };
}
